import { useMemo, useRef, useState } from 'preact/hooks';
import { LABEL_INFO, LABELS, type Label, type Span } from '@vertelpunt/deid';
import { isSwitchedOff, type DeidReview } from '../deid/review-state';
import { t, termLanguage, uiFormat } from '../i18n';
import { Disclosure } from './Disclosure';

interface Props {
  text: string;
  /** Undefined while the detector has not run yet (the side panel's first frame): the clip shows unmarked. */
  detections: readonly Span[] | undefined;
  review: DeidReview;
  onChange: (review: DeidReview) => void;
  /** Prefix of the ids inside, where several panels share a page (one per field in the library's editor). */
  idPrefix?: string;
  /** Whether to offer keeping the original and the date and age options (the side panel's whole-story choices). */
  storyOptions?: boolean;
  /** When given, the help, marking tools and story options open on demand below the clip (the side panel). */
  tools?: { open: boolean; onToggle: (open: boolean) => void };
}

/**
 * The clip with every detection marked by its label. Each mark is a toggle: pressed means it
 * will be removed. Select text in the clip and press "Markeer" to remove something the detector missed.
 */
export function DeidReviewPanel({ text, detections, review, onChange, idPrefix = 'deid', storyOptions = true, tools }: Props) {
  const lang = termLanguage();
  const container = useRef<HTMLDivElement>(null);
  const [label, setLabel] = useState<Label>('PERSON');
  const [hint, setHint] = useState('');
  const marks = useMemo(
    () =>
      [
        ...(detections ?? []).map((d) => ({ span: d, added: false })),
        ...(review.added as Span[]).map((a) => ({ span: a, added: true })),
      ].sort((a, b) => a.span.start - b.span.start),
    [detections, review.added],
  );

  const toggle = (span: Span, added: boolean) => {
    if (added) onChange({ ...review, added: review.added.filter((a) => !(a.start === span.start && a.end === span.end)) });
    else if (isSwitchedOff(review, span))
      onChange({ ...review, off: review.off.filter((o) => !(o.start === span.start && o.end === span.end && o.label === span.label)) });
    else onChange({ ...review, off: [...review.off, { start: span.start, end: span.end, label: span.label }] });
  };

  /** Offset of a DOM point inside the rendered clip, in characters of the text. */
  const offsetOf = (node: Node, offset: number): number | undefined => {
    const root = container.current;
    if (!root || !root.contains(node)) return undefined;
    const range = document.createRange();
    range.selectNodeContents(root);
    range.setEnd(node, offset);
    return range.toString().length;
  };

  const markSelection = () => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      setHint(t('deidSelectFirst'));
      return;
    }
    const range = selection.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start === undefined || end === undefined || end <= start) {
      setHint(t('deidSelectFirst'));
      return;
    }
    setHint('');
    onChange({ ...review, added: [...review.added, { start, end, label, source: 'user' }] });
    selection.removeAllRanges();
  };

  const pieces = [];
  let at = 0;
  for (const { span, added } of marks) {
    if (span.start < at) continue;
    pieces.push(text.slice(at, span.start));
    const removed = added || !isSwitchedOff(review, span);
    pieces.push(
      <button
        type="button"
        key={`${span.start}-${span.end}-${span.label}`}
        class={`deid-mark deid-${span.label.toLowerCase()}${removed ? '' : ' deid-kept'}`}
        aria-pressed={removed}
        title={`${LABEL_INFO[span.label][lang]}${added ? ` (${t('deidAddedByYou')})` : ''}`}
        data-label={span.label}
        onClick={() => toggle(span, added)}
      >
        {text.slice(span.start, span.end)}
        <span class="deid-label" aria-hidden="true">
          {LABEL_INFO[span.label][lang]}
        </span>
      </button>,
    );
    at = span.end;
  }
  pieces.push(text.slice(at));
  const removedCount = marks.filter((m) => m.added || !isSwitchedOff(review, m.span)).length;

  const options = (
    <>
      <div class="deid-actions">
        <button type="button" onClick={() => onChange({ ...review, off: [] })}>
          {t('deidAcceptAll')}
        </button>
        <label for={`${idPrefix}-label`} class="inline-label">
          {t('deidLabel')}
        </label>
        <select id={`${idPrefix}-label`} value={label} onChange={(e) => setLabel(e.currentTarget.value as Label)}>
          {LABELS.map((l) => (
            <option key={l} value={l}>
              {LABEL_INFO[l][lang]}
            </option>
          ))}
        </select>
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={markSelection}>
          {t('deidMarkSelection')}
        </button>
      </div>
      {hint && (
        <p role="alert" class="problem">
          {hint}
        </p>
      )}
      {storyOptions && (
        <>
          <label class="radio">
            <input
              type="checkbox"
              checked={review.keepOriginal}
              onChange={(e) => onChange({ ...review, keepOriginal: e.currentTarget.checked })}
            />
            {t('deidKeepOriginal')}
          </label>
          <label class="radio">
            <input
              type="checkbox"
              checked={review.dates === 'year'}
              onChange={(e) => onChange({ ...review, dates: e.currentTarget.checked ? 'year' : 'remove' })}
            />
            {t('deidDatesYear')}
          </label>
          <label class="radio">
            <input
              type="checkbox"
              checked={review.ages === 'band'}
              onChange={(e) => onChange({ ...review, ages: e.currentTarget.checked ? 'band' : 'remove' })}
            />
            {t('deidAgesBand')}
          </label>
        </>
      )}
    </>
  );

  if (tools) {
    // The clip and its marks stay in view; how to mark more and the story options open on demand.
    return (
      <div class="deid-review">
        <p class="deid-summary" aria-live="polite">
          {detections ? t('deidSummary', [uiFormat().number(removedCount), uiFormat().number(marks.length)]) : t('deidSearching')}
        </p>
        <div class="deid-text" ref={container}>
          {pieces}
        </div>
        <Disclosure name="deidOptions" summary={t('deidOptions')} open={tools.open} onToggle={tools.onToggle}>
          <p class="keys-hint">{t('deidHelp')}</p>
          {options}
        </Disclosure>
      </div>
    );
  }

  return (
    <div class="deid-review">
      <p class="deid-summary" aria-live="polite">
        {t('deidSummary', [uiFormat().number(removedCount), uiFormat().number(marks.length)])}
      </p>
      <p class="keys-hint">{t('deidHelp')}</p>
      <div class="deid-text" ref={container}>
        {pieces}
      </div>
      {options}
    </div>
  );
}
