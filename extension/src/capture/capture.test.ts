// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isInjectableUrl } from './injectable';
import { pickFrame } from './pick-frame';
import { readSelection, type FrameSelection } from './read-selection';
import { sourceOf } from './source-of';

const selection = (overrides: object = {}) => ({ text: 'x', selectors: [], pageTitle: '', url: 'http://a.test/', container: 'document', focused: false, ...overrides });

describe('pickFrame', () => {
  it('prefers the focused frame, then the top frame, and ignores frames without a selection', () => {
    expect(pickFrame([{ frameId: 0, result: null }, { frameId: 4, result: selection() }])?.frameId).toBe(4);
    expect(pickFrame([{ frameId: 3, result: selection() }, { frameId: 0, result: selection() }])?.frameId).toBe(0);
    expect(pickFrame([{ frameId: 0, result: selection() }, { frameId: 7, result: selection({ focused: true }) }])?.frameId).toBe(7);
    expect(pickFrame([{ frameId: 0, result: null }, { frameId: 1 }])).toBeUndefined();
  });
});

describe('isInjectableUrl', () => {
  it('refuses browser pages, web stores and PDFs, and accepts ordinary pages', () => {
    expect(isInjectableUrl('https://registratie.example.nl/dossier/1')).toBe(true);
    expect(isInjectableUrl('http://localhost:3000/')).toBe(true);
    for (const url of ['chrome://extensions/', 'chrome-extension://abc/page.html', 'https://chromewebstore.google.com/detail/x', 'https://example.nl/brief.pdf', 'about:blank', undefined, 'not a url']) {
      expect(isInjectableUrl(url), String(url)).toBe(false);
    }
  });
});

describe('sourceOf', () => {
  const settings = { systems: {}, author: '', defaultConsent: 'geanonimiseerd' as const };
  it('keeps only the origin unless the user opted in for that system', () => {
    expect(sourceOf('https://reg.example.nl/dossier/123?bsn=1', 'Dossier Jansen', settings)).toEqual({ origin: 'https://reg.example.nl' });
    const optedIn = { ...settings, systems: { 'https://reg.example.nl': { keepFullUrl: true } } };
    expect(sourceOf('https://reg.example.nl/dossier/123', 'Dossier Jansen', optedIn)).toEqual({ origin: 'https://reg.example.nl', url: 'https://reg.example.nl/dossier/123', pageTitle: 'Dossier Jansen' });
  });
});

describe('readSelection', () => {
  it('reads a selection in the document with quote and position selectors', () => {
    document.body.innerHTML = '<p>Voor de selectie. <span id="s">Het geselecteerde stuk</span> en erna.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('s')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const result = readSelection(document) as FrameSelection;
    expect(result.text).toBe('Het geselecteerde stuk');
    expect(result.container).toBe('document');
    const [quote, position] = result.selectors as unknown as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
    expect(quote).toMatchObject({ exact: 'Het geselecteerde stuk', prefix: 'Voor de selectie. ', suffix: ' en erna.' });
    expect(document.body.textContent!.slice(position.start, position.end)).toBe('Het geselecteerde stuk');
  });

  it('reads the selected part of a focused textarea', () => {
    document.body.innerHTML = '<textarea id="t">Eerste zin. Tweede zin.</textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(12, 23);
    expect(readSelection(document)).toMatchObject({ text: 'Tweede zin.', container: 'text-field' });
  });

  it('returns nothing for no selection or only whitespace', () => {
    document.body.innerHTML = '<p id="p">   </p>';
    document.getSelection()!.removeAllRanges();
    expect(readSelection(document)).toBeUndefined();
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    document.getSelection()!.addRange(range);
    expect(readSelection(document)).toBeUndefined();
  });
});
