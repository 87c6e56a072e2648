// Dependency-free on purpose: the injected capture script imports this, and must stay tiny.

/** W3C Web Annotation TextQuoteSelector: the quote with up to 32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the text content of the capture root. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export const SELECTOR_CONTEXT_LENGTH = 32;

/** The selectors of the range [start, end) of `text` (the text content the selection lives in). */
export function describeTextRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + SELECTOR_CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}
