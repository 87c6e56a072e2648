/**
 * Folds text for matching: lower case, no diacritics (é → e, ï → i), one space between words.
 * "Geïntegreerde zorg" and "geintegreerde  ZORG" fold to the same string.
 */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
