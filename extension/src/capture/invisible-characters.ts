// Page side (part of the injected script): keep it small and free of imports.

/**
 * Characters that only say where a line may break and show nothing themselves: the soft hyphen
 * (U+00AD, drawn as "-" only where a word breaks at the end of a line), the zero-width space, the
 * word joiner and the zero-width no-break space. Stored text has no lines to break, and each of them
 * splits a word for the de-identifier and the search ("Jan\u00adsen" is not "Jansen"). The joiners
 * that change what is drawn stay: the zero-width joiner of emoji sequences (👩‍⚕️) and the
 * non-joiner of Persian and Indic scripts, as do the marks that set the direction of text.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

export const withoutInvisibles = (text: string): string => text.replace(INVISIBLE, '');
