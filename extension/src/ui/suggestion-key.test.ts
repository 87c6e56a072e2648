// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { suggestionKeyOf } from './TagPicker';
import { PanelDisclosuresSchema } from '../settings/panel-disclosures';

/** A key press as the browser delivers it, dispatched on `target` so event.target is set. */
function pressOn(target: HTMLElement, code: string, init: KeyboardEventInit = {}): KeyboardEvent {
  let seen: KeyboardEvent | undefined;
  target.addEventListener('keydown', (e) => (seen = e), { once: true });
  target.dispatchEvent(
    new KeyboardEvent('keydown', { code, key: code.replace(/^(Digit|Numpad)/, ''), bubbles: true, cancelable: true, ...init }),
  );
  return seen!;
}

describe('suggestionKeyOf: which suggestion a key chooses', () => {
  const search = Object.assign(document.createElement('input'), { type: 'search' });
  const title = document.createElement('input');
  const notes = document.createElement('textarea');
  const chip = document.createElement('button');
  document.body.append(search, title, notes, chip);

  it('a plain 1–5 on a button or in the empty term search chooses; 6–9 and 0 do not', () => {
    search.value = '';
    expect(suggestionKeyOf(pressOn(chip, 'Digit3'), search)).toBe(3);
    expect(suggestionKeyOf(pressOn(search, 'Digit1'), search)).toBe(1);
    expect(suggestionKeyOf(pressOn(search, 'Numpad5'), search)).toBe(5);
    expect(suggestionKeyOf(pressOn(chip, 'Digit6'), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(chip, 'Digit0'), search)).toBeUndefined();
  });

  it('in a text field, or in the search once it holds text, a digit is typed; Alt+digit still chooses', () => {
    search.value = 'armo';
    expect(suggestionKeyOf(pressOn(search, 'Digit2'), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(title, 'Digit2'), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(notes, 'Digit2'), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(notes, 'Digit2', { altKey: true }), search)).toBe(2);
    expect(suggestionKeyOf(pressOn(search, 'Digit4', { altKey: true }), search)).toBe(4);
  });

  it('leaves Ctrl, Meta and Shift combinations, and keys already handled, to others', () => {
    expect(suggestionKeyOf(pressOn(chip, 'Digit1', { ctrlKey: true }), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(chip, 'Digit1', { metaKey: true }), search)).toBeUndefined();
    expect(suggestionKeyOf(pressOn(chip, 'Digit1', { shiftKey: true }), search)).toBeUndefined();
    const handled = new KeyboardEvent('keydown', { code: 'Digit1', key: '1', cancelable: true });
    handled.preventDefault();
    expect(suggestionKeyOf(handled, search)).toBeUndefined();
  });
});

describe('the remembered disclosures', () => {
  it('fill what is missing as closed and drop names they do not know, so one odd value resets nothing else', () => {
    expect(PanelDisclosuresSchema.parse({ notes: true, retired: true })).toEqual({
      text: false,
      deidOptions: false,
      allTerms: false,
      notes: true,
      consent: false,
    });
  });
  it('refuse a value that is not a yes or no', () => {
    expect(PanelDisclosuresSchema.safeParse({ notes: 'open' }).success).toBe(false);
    expect(PanelDisclosuresSchema.safeParse('notes').success).toBe(false);
  });
});
