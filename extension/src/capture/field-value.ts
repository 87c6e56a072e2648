// Page side (part of the injected script): keep it small and free of imports.

/** Inputs whose value is shown as text in the box (a date as the value, not as the locale draws it). */
const SHOWN_INPUT_TYPES = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
  '',
]);

/** Values no clip may hold, whatever the field is called: passwords, one-time codes, card data. */
const SECRET_AUTOCOMPLETE = /password|one-time-code|cc-/;

/**
 * The value a form field shows, where a selection runs over it: the browser's text of a selection
 * leaves every field out, so "Naam aanvrager [Joke van Dalen]" came out as the label alone. These
 * are the resident's data the user saw and selected around; they pass the de-identifier like any
 * text of the clip. Undefined for fields that show no text (checkboxes, buttons, files) and for
 * secrets, which are never read: password fields and fields the site marks as such.
 */
export function shownValue(field: Element): string | undefined {
  if (field instanceof HTMLSelectElement) {
    // The option shown in the box (every chosen one in a list box), not the whole list.
    return [...field.selectedOptions].map((option) => option.text).join(', ') || undefined;
  }
  const text = field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && SHOWN_INPUT_TYPES.has(field.type));
  if (!text || SECRET_AUTOCOMPLETE.test((field as HTMLInputElement).autocomplete)) return undefined;
  return (field as HTMLInputElement | HTMLTextAreaElement).value || undefined;
}
