// Page side (part of the injected script): keep it small and free of imports.

/** Inputs whose value is shown as text in the box (a date as the value, not as the locale draws it). */
const SHOWN_INPUT_TYPES = /^(text|search|url|tel|email|number|date|time|datetime-local|month|week|)$/;

/** Values no clip may hold, whatever the field is called: passwords, one-time codes, card data. */
const SECRET_AUTOCOMPLETE = /password|one-time-code|cc-/i; // the attribute ignores case

/** A field drawn as dots by CSS (PINs, BSNs in text boxes that browsers must not offer to save): the user saw no text. */
function isMasked(field: Element): boolean {
  const security = field.ownerDocument.defaultView?.getComputedStyle(field).getPropertyValue('-webkit-text-security');
  return !!security && security !== 'none';
}

/**
 * The value a form field shows, where a selection runs over it: the browser's text of a selection
 * leaves every field out, so "Naam aanvrager [Joke van Dalen]" came out as the label alone. These
 * are the resident's data the user saw and selected around; they pass the de-identifier like any
 * text of the clip. Undefined for fields that show no text (checkboxes, buttons, files) and for
 * secrets, which are never read: password fields, fields the site marks as such (a card's expiry
 * month is a select), and fields drawn as dots.
 */
export function shownValue(field: Element): string | undefined {
  const autocomplete = field.getAttribute('autocomplete') ?? '';
  if (SECRET_AUTOCOMPLETE.test(autocomplete) || isMasked(field)) return undefined;
  if (field instanceof HTMLSelectElement) {
    // The option shown in the box (every chosen one in a list box), not the whole list.
    return [...field.selectedOptions].map((option) => option.text).join(', ') || undefined;
  }
  const text = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && SHOWN_INPUT_TYPES.test(field.type));
  return text ? (field as HTMLInputElement | HTMLTextAreaElement).value || undefined : undefined;
}
