import { detect, type Span } from '@vertelpunt/deid';

/** Enough for one draft's parts (text, title, notes, each quote) and their last few versions. */
const REMEMBERED = 32;

/**
 * The detector, remembering its answers for the last strings it was asked about. The side panel
 * detects the clip to show its marks, and `deidentifyStory` detects the same strings again at
 * save: with this, the save reuses what the panel found, and only for the very same string (the
 * key is the whole input, so an answer can never belong to other text). `detect` is pure, so a
 * remembered answer is the answer.
 */
export function rememberingDetector(size = REMEMBERED, detect_: (text: string) => Span[] = detect): (text: string) => Span[] {
  const answers = new Map<string, readonly Span[]>();
  return (text) => {
    let spans = answers.get(text);
    if (spans)
      answers.delete(text); // re-inserted below: the Map's order is least recently used first
    else spans = detect_(text);
    answers.set(text, spans);
    if (answers.size > size) answers.delete(answers.keys().next().value!);
    // Copies: a caller that changes what it got cannot change what the next caller gets.
    return spans.map((span) => ({ ...span }));
  };
}

/** The side panel's detector: the marks it shows and the story it saves read the same answers. */
export const panelDetect = rememberingDetector();
