import { XMLBuilder } from 'fast-xml-parser';

/**
 * Characters XML 1.0 does not allow anywhere, not even escaped (§2.2 Char): C0 controls other than
 * tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. One in a title or note would make the whole
 * file unreadable for a QDA tool.
 */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML 1.0 can carry it: each forbidden character replaced by U+FFFD. */
export const xmlText = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/**
 * The XML builder of every REFI-QDA file (.qdc codebook, .qdpx project): element text and
 * attribute values pass through `xmlText` before they are escaped.
 */
export const xmlBuilder = () =>
  new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    processEntities: true,
    tagValueProcessor: (_name, value) => (typeof value === 'string' ? xmlText(value) : value),
    attributeValueProcessor: (_name, value) => (typeof value === 'string' ? xmlText(value) : value),
  });
