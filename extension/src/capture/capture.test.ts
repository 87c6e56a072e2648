// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipSchema } from '@vertelpunt/stories';
import { settled, within } from './capture-outcome';
import { isInjectableUrl } from './injectable';
import { pickFrame, unreadFrameOrigins } from './pick-frame';
import { readFrame, readSelection, type FrameSelection } from './read-selection';
import { sourceOf } from './source-of';

const selection = (overrides: object = {}) => ({
  text: 'x',
  selectors: [],
  pageTitle: '',
  url: 'http://a.test/',
  container: 'document',
  focused: false,
  ...overrides,
});
const answer = (overrides: object = {}) => ({ origin: 'http://a.test', frames: [], ...overrides });

function select(node: Node): void {
  const range = document.createRange();
  range.selectNodeContents(node);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

afterEach(() => vi.restoreAllMocks());

describe('pickFrame', () => {
  it('prefers the focused frame, then the top frame, and ignores frames without a selection', () => {
    expect(
      pickFrame([
        { frameId: 0, result: answer() },
        { frameId: 4, result: answer({ selection: selection({ text: 'four' }) }) },
      ])?.text,
    ).toBe('four');
    expect(
      pickFrame([
        { frameId: 3, result: answer({ selection: selection({ text: 'three' }) }) },
        { frameId: 0, result: answer({ selection: selection({ text: 'top' }) }) },
      ])?.text,
    ).toBe('top');
    expect(
      pickFrame([
        { frameId: 0, result: answer({ selection: selection({ text: 'top' }) }) },
        { frameId: 7, result: answer({ selection: selection({ text: 'seven', focused: true }) }) },
      ])?.text,
    ).toBe('seven');
    expect(pickFrame([{ frameId: 0, result: answer() }, { frameId: 1 }, { frameId: 2, result: null }])).toBeUndefined();
  });
});

describe('unreadFrameOrigins', () => {
  it('names every listed frame origin that no frame answered for, once each, in the order listed', () => {
    const results = [
      {
        frameId: 0,
        result: answer({
          origin: 'http://localhost:3000',
          frames: ['http://127.0.0.1:4000', 'https://mail.example', 'http://127.0.0.1:4000'],
        }),
      },
      { frameId: 2, result: answer({ origin: 'https://mail.example', frames: ['https://viewer.example'] }) },
      { frameId: 3 }, // a frame the script could not be injected into gives no answer
    ];
    expect(unreadFrameOrigins(results)).toEqual(['http://127.0.0.1:4000', 'https://viewer.example']);
  });

  it('names the origin a sandboxed frame came from while fewer frames answered with the opaque origin than were listed', () => {
    const top = answer({ origin: 'http://localhost:3000', frames: ['https://viewer.example'], sandboxed: ['http://localhost:3000'] });
    expect(unreadFrameOrigins([{ frameId: 0, result: top }])).toEqual(['https://viewer.example', 'http://localhost:3000']);
    // With access to the page's origin the sandboxed frame answers, as "null": nothing is left unread there.
    expect(
      unreadFrameOrigins([
        { frameId: 0, result: top },
        { frameId: 4, result: answer({ origin: 'null' }) },
      ]),
    ).toEqual(['https://viewer.example']);
    const two = answer({ origin: 'http://localhost:3000', sandboxed: ['http://localhost:3000', 'http://localhost:3000'] });
    expect(
      unreadFrameOrigins([
        { frameId: 0, result: two },
        { frameId: 4, result: answer({ origin: 'null' }) },
      ]),
    ).toEqual(['http://localhost:3000']);
  });

  it('ignores answers that are not origins or not answers at all', () => {
    expect(
      unreadFrameOrigins([
        { frameId: 0, result: answer({ frames: ['javascript:alert(1)', 'http://a.test/path', 'not a url'] }) },
        { frameId: 1, result: 'x' },
      ]),
    ).toEqual([]);
    expect(unreadFrameOrigins([{ frameId: 0, result: { origin: 'http://a.test', frames: 'http://b.test' } }])).toEqual([]);
  });
});

describe('isInjectableUrl', () => {
  it('refuses browser pages, web stores and PDFs, and accepts ordinary pages', () => {
    expect(isInjectableUrl('https://registratie.example.nl/dossier/1')).toBe(true);
    expect(isInjectableUrl('http://localhost:3000/')).toBe(true);
    for (const url of [
      'chrome://extensions/',
      'chrome-extension://abc/page.html',
      'https://chromewebstore.google.com/detail/x',
      'https://example.nl/brief.pdf',
      'about:blank',
      undefined,
      'not a url',
    ]) {
      expect(isInjectableUrl(url), String(url)).toBe(false);
    }
  });
});

describe('sourceOf', () => {
  const settings = { systems: {}, author: '', defaultConsent: { status: 'geanonimiseerd' as const, purpose: '' } };
  it('keeps only the origin unless the user opted in for that system', () => {
    expect(sourceOf('https://reg.example.nl/dossier/123?bsn=1', 'Dossier Jansen', settings)).toEqual({ origin: 'https://reg.example.nl' });
    const optedIn = { ...settings, systems: { 'https://reg.example.nl': { keepFullUrl: true } } };
    expect(sourceOf('https://reg.example.nl/dossier/123', 'Dossier Jansen', optedIn)).toEqual({
      origin: 'https://reg.example.nl',
      url: 'https://reg.example.nl/dossier/123',
      pageTitle: 'Dossier Jansen',
    });
  });
});

describe('ClipSchema page title', () => {
  it('shortens a page title of any length instead of refusing the clip', () => {
    const clip = (pageTitle: string) =>
      ClipSchema.parse({ text: 'Een notitie.', selectors: [], pageTitle, url: 'https://reg.example.nl/d/1', container: 'document' });
    const long = clip('Dossier '.repeat(1000));
    expect(long.pageTitle.length).toBe(2000);
    expect(long.pageTitle.endsWith('…')).toBe(true);
    expect(clip('Dossier Jansen').pageTitle).toBe('Dossier Jansen');
    // Never half a surrogate pair at the cut.
    expect(clip(`${'a'.repeat(1998)}😀😀`).pageTitle).toBe(`${'a'.repeat(1998)}…`);
  });
});

describe('readSelection', () => {
  it('reads a selection in the document with quote and position selectors', () => {
    document.body.innerHTML = '<p>Voor de selectie. <span id="s">Het geselecteerde stuk</span> en erna.</p>';
    select(document.getElementById('s')!);
    const result = readSelection(document) as FrameSelection;
    expect(result.text).toBe('Het geselecteerde stuk');
    expect(result.container).toBe('document');
    const [quote, position] = result.selectors as unknown as [
      { exact: string; prefix: string; suffix: string },
      { start: number; end: number },
    ];
    expect(quote).toMatchObject({ exact: 'Het geselecteerde stuk', prefix: 'Voor de selectie. ', suffix: ' en erna.' });
    expect(document.body.textContent!.slice(position.start, position.end)).toBe('Het geselecteerde stuk');
  });

  // The hidden attribute is left to the end-to-end test: happy-dom has no user-agent style for it.
  it('leaves text that is not rendered out of the quote, its prefix and suffix, and the positions', () => {
    document.body.innerHTML =
      '<p>Vooraf. <span style="display:none">Geheim dossiernummer</span></p>' +
      '<p id="p">Zichtbaar begin. <span style="display:none">BSN 123456782</span>' +
      '<span style="visibility:hidden">Dorpsstraat 1</span>Midden. <span aria-hidden="true">Gezien.</span> Einde.</p>' +
      '<div style="display:none"><p>Verborgen na.</p></div><p>Daarna zichtbaar.</p>';
    select(document.getElementById('p')!);
    const [quote, position] = (readSelection(document) as FrameSelection).selectors as unknown as [
      { exact: string; prefix: string; suffix: string },
      { start: number; end: number },
    ];
    expect(quote.exact).toBe('Zichtbaar begin. Midden. Gezien. Einde.');
    expect(quote.prefix).toBe('Vooraf. ');
    expect(quote.suffix).toBe('Daarna zichtbaar.');
    for (const hidden of ['Geheim', '123456782', 'Dorpsstraat', 'Verborgen']) expect(JSON.stringify(quote)).not.toContain(hidden);
    // Positions count in the same rendered text: all of it before the quote is its prefix here.
    expect(position).toMatchObject({ start: quote.prefix.length, end: quote.prefix.length + quote.exact.length });
  });

  it('keeps the text of elements without a box of their own (display: contents) that checkVisibility calls invisible, and so still leaves a closed <details> out', () => {
    // Chromium's checkVisibility: false for an element without a box (display: contents) and for one folded away in a
    // closed <details> (happy-dom's reads styles, which hides the case).
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility')!;
    Object.defineProperty(Element.prototype, 'checkVisibility', {
      configurable: true,
      value(this: Element) {
        return window.getComputedStyle(this).display !== 'contents' && !this.closest('details:not([open]) > :not(summary)');
      },
    });
    document.body.innerHTML =
      // Spaced in the source: happy-dom's text of a selection runs blocks together (no layout).
      '<p>Vooraf.</p><section id="s"><h3>Aanmelding</h3> <div style="display:grid"><div style="display:contents"><span>Melder</span> ' +
      '<span><span style="display:contents"><span style="display:contents">De buurman</span></span> via de wijkagent</span></div> ' +
      '<div style="display:contents"><span>Buurt</span> <span>Oost</span></div></div> ' +
      '<details><summary>Oude notities (2)</summary> <ol><li>Eerste notitie over de trap.</li> <li>Tweede notitie.</li></ol> ' +
      '<span style="display:contents">Los na de lijst.</span></details> <p>Einde.</p></section>';
    select(document.getElementById('s')!);
    const result = readSelection(document) as FrameSelection;
    Object.defineProperty(Element.prototype, 'checkVisibility', own);
    const expected = 'Aanmelding Melder De buurman via de wijkagent Buurt Oost Oude notities (2) Einde.';
    expect(result.text.replace(/\s+/g, ' ').trim()).toBe(expected);
    expect((result.selectors[0] as unknown as { exact: string }).exact.replace(/\s+/g, ' ')).toBe(expected);
  });

  it('drops the characters that show nothing (soft hyphens, zero-width spaces) from the clip and its quote, and keeps emoji joiners', () => {
    document.body.innerHTML =
      '<p id="p">Aanvraag bij de schuld\u00adhulp\u00adverlening van mevrouw Ver\u00adhoe\u00adven, dossier\u200bnummer bekend. Zorg: 👩\u200d⚕️</p>';
    select(document.getElementById('p')!);
    const result = readSelection(document) as FrameSelection;
    const expected = 'Aanvraag bij de schuldhulpverlening van mevrouw Verhoeven, dossiernummer bekend. Zorg: 👩\u200d⚕️';
    expect(result.text).toBe(expected);
    const [quote, position] = result.selectors as unknown as [{ exact: string }, { start: number; end: number }];
    expect(quote.exact).toBe(expected);
    expect(position.end - position.start).toBe(expected.length);

    document.body.innerHTML = '<textarea id="t">Gesprek met Ver\u00adhoe\u00adven gehad.</textarea>';
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(12, 23);
    expect(readSelection(document)).toMatchObject({ text: 'Verhoeven', selectors: [{ exact: 'Verhoeven' }, { start: 12, end: 21 }] });
  });

  it('puts the values of the form fields selected over after their labels: the shown option, the text as typed now, never a password, card data or a field drawn as dots', () => {
    document.body.innerHTML =
      // Spaced in the source: happy-dom's text of a selection runs blocks together (no layout).
      '<form id="f"><p>Melder</p> <label>Naam</label><input value="Piet Vos" readonly> ' +
      '<label>Wachtwoord</label><input type="password" value="geheim123"> <label>Pincode</label><input autocomplete="One-Time-Code" value="4321"> ' +
      '<label>Hulpvraag</label><select><option>Vervoer</option><option selected>Boodschappen</option></select> ' +
      '<label>Akkoord</label><input type="checkbox" checked> <label>Aantal</label><input type="number" value="2"> ' +
      '<label>Vervalt</label><select autocomplete="cc-exp-month"><option selected>07</option></select> ' +
      '<label>BSN</label><input style="-webkit-text-security: disc" value="123456782"> ' +
      '<label>Toelichting</label><textarea>Oude tekst</textarea><p>Einde formulier.</p></form>';
    (document.querySelector('textarea') as HTMLTextAreaElement).value = 'Komt twee keer per week.';
    // happy-dom computes no -webkit-text-security; Chromium gives 'disc' for the masked field, as here.
    const computed = window.getComputedStyle.bind(window);
    const masked = document.querySelector('input[style]')!;
    vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
      const style = computed(element, pseudo);
      if (element !== masked) return style;
      return new Proxy(style, {
        get: (target, key) =>
          key === 'getPropertyValue'
            ? (name: string) => (name === '-webkit-text-security' ? 'disc' : target.getPropertyValue(name))
            : Reflect.get(target, key),
      });
    });
    select(document.getElementById('f')!);
    const result = readSelection(document) as FrameSelection;
    expect(result.text.replace(/\s+/g, ' ').trim()).toBe(
      'Melder Naam Piet Vos Wachtwoord Pincode Hulpvraag Boodschappen Akkoord Aantal 2 Vervalt BSN Toelichting Komt twee keer per week. Einde formulier.',
    );
    // The quote anchors in the page's text, which holds no field values.
    expect(JSON.stringify(result.selectors)).not.toContain('Piet Vos');
  });

  it('reads what the page moves on screen (flex order, reversed, positioned, grid areas) in the order the screen shows it, and leaves ordinary flow, runs sharing a line and grids with a box beside two rows as they are', () => {
    // happy-dom lays nothing out: each element's box is given as data-box="top left width height".
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const [top, left, width, height] = (this.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number);
      return new DOMRect(left, top, width, height);
    });
    // A text node's box: given on its parent as data-text-box.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const text = this.startContainer.nodeType === Node.TEXT_NODE ? this.startContainer.parentElement : null;
      const [top, left, width, height] = (text?.getAttribute('data-text-box') ?? '0 0 0 0').split(' ').map(Number);
      return new DOMRect(left, top, width, height);
    });
    document.body.innerHTML =
      // Spaced in the source: happy-dom's text of a selection runs blocks together (no layout).
      '<div id="v" data-box="0 0 600 900">' +
      '<div style="display:flex;flex-direction:row-reverse" data-box="0 0 600 20"> <b data-box="0 500 20 20">7</b> <b data-box="0 0 80 20">Aanmeldingen</b> </div> ' +
      '<div style="display:flex;flex-direction:column" data-box="20 0 600 60"> <p data-box="40 0 600 20">Gezin Pool</p> <p style="order:-1" data-box="20 0 600 20">Bovenaan gezet</p> </div> ' +
      '<div style="position:relative" data-box="80 0 600 300"> <div style="position:absolute" data-box="300 0 600 40">15:00 Overleg</div> ' +
      '<div style="position:absolute" data-box="100 0 600 40">09:00 Huisbezoek</div> <div style="position:absolute;transform:translateY(120px)" data-box="220 0 600 40">12:00 Lunch</div> </div> ' +
      '<div style="display:flex;flex-direction:row-reverse;direction:rtl" data-box="380 0 600 20"> <b data-box="380 0 50 20">שני</b> <b data-box="380 100 50 20">ראשון</b> </div> ' +
      '<p data-box="400 0 600 20">Gewone <b data-box="400 60 40 20">tekst</b> blijft</p> ' +
      // A text layer in two columns: runs side by side on a line keep the document's order.
      '<div data-box="420 0 600 40"> <span style="position:absolute" data-box="420 0 280 20">links een</span> <span style="position:absolute" data-box="440 0 280 20">links twee</span> ' +
      '<span style="position:absolute" data-box="420 300 280 20">rechts een</span> <span style="position:absolute" data-box="440 300 280 20">rechts twee</span> </div> ' +
      // Cards placed by grid areas read by rows; a grid that places its items in turn (here by columns) is left alone.
      '<div style="display:grid;grid-template-areas:\'kop kop\' \'links rechts\'" data-box="460 0 600 40"> <section style="grid-area:rechts" data-box="480 300 280 20">Cijfers</section> ' +
      '<section style="grid-area:links" data-box="480 0 280 20">Agenda</section> <section style="grid-area:kop" data-box="460 0 600 20">Signalen</section> </div> ' +
      '<div style="display:grid;grid-auto-flow:column;grid-template-rows:1fr 1fr" data-box="500 0 600 40"> <p data-box="500 0 280 20">kolom een</p> ' +
      '<p data-box="520 0 280 20">kolom twee</p> <p data-box="500 300 280 20">kolom drie</p> </div> ' +
      // Text right in a flex row is an item of its own: the time pinned before it by order goes first;
      // where nothing is moved by order, a badge placed above the corner of the text stays after it.
      '<div style="display:flex" data-box="560 0 600 20" data-text-box="560 80 300 20"> Sleutel terugbrengen <b style="order:-1" data-box="560 0 60 20">16:30</b> </div> ' +
      '<div style="display:flex" data-box="580 0 600 30" data-text-box="590 0 100 20"> Berichten <b style="position:absolute" data-box="580 90 16 12">3</b> </div> ' +
      // A box placed beside two rows (two stacked cards beside a tall text, by areas or lines; a note beside a form's
      // rows) leaves no rows to read across: the document's order stays. (The tall boxes are placed by the grid-area
      // shorthand: happy-dom computes grid-area from no other property.)
      '<div style="display:grid;grid-template-areas:\'boven tekst\' \'onder tekst\'" data-box="620 0 600 200"> <section style="grid-area:boven" data-box="620 0 200 60">Dienst</section> ' +
      '<section style="grid-area:onder" data-box="680 0 200 60">Spreekuur</section> <section style="grid-area:tekst" data-box="620 200 400 200">Lange uitleg</section> </div> ' +
      '<div style="display:grid" data-box="840 0 600 80"> <p style="grid-column:1;grid-row:1" data-box="840 0 300 20">eerste regel</p> ' +
      '<p style="grid-column:1;grid-row:2" data-box="860 0 300 20">tweede regel</p> <p style="grid-area:1 / 2 / span 2" data-box="840 300 300 80">kolom ernaast</p> </div> ' +
      '<form style="display:grid" data-box="940 0 600 44"> <label style="grid-column:1" data-box="940 0 120 20">Roepnaam</label> <span style="grid-column:2" data-box="940 124 200 20">Sem Dekker</span> ' +
      '<label style="grid-column:1" data-box="964 0 120 20">Buurt</label> <span style="grid-column:2" data-box="964 124 200 20">Noord</span> ' +
      '<div style="grid-area:1 / 3 / span 2" data-box="940 328 272 44">Opmerking bij de aanvraag</div> </form>' +
      '</div>';
    select(document.getElementById('v')!);
    expect((readSelection(document) as FrameSelection).text.replace(/\s+/g, ' ').trim()).toBe(
      'Aanmeldingen 7 Bovenaan gezet Gezin Pool 09:00 Huisbezoek 12:00 Lunch 15:00 Overleg ראשון שני Gewone tekst blijft links een links twee rechts een rechts twee Signalen Agenda Cijfers kolom een kolom twee kolom drie 16:30 Sleutel terugbrengen Berichten 3 ' +
        'Dienst Spreekuur Lange uitleg eerste regel tweede regel kolom ernaast Roepnaam Sem Dekker Buurt Noord Opmerking bij de aanvraag',
    );
  });

  it("gives what the page assigns to a shadow root's slots where the slot is, and a slot's fallback only where nothing is assigned", () => {
    // Screen-reader-only: a positioned box of a pixel, clipped (happy-dom lays out nothing: every box is off the page).
    const srOnly = 'style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"';
    document.body.innerHTML =
      `<client-card id="card"><span slot="who">Meneer Teun Ruiter <span ${srOnly}>Vertrouwelijk: schuldsanering</span></span>` +
      `<span slot="aside" ${srOnly}>Alleen voor schermlezers: dossier 55-881</span>` +
      '<p>Belt elke week over de buren.</p><details><summary>Meer</summary>Woont tijdelijk bij zijn zus.</details><p>Wil een maatje.</p></client-card>';
    const root = document.getElementById('card')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<section id="s"><h2>Kaart</h2> <p>Wie <slot name="who">Onbekend</slot></p> <p>Telefoon <slot name="phone">Geen nummer</slot></p> ' +
      '<p><slot name="aside"></slot></p> <div><slot>Geen notitie</slot></div> <footer>Bijgewerkt</footer></section>';
    const range = document.createRange();
    range.selectNodeContents(root.getElementById('s')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const result = readSelection(document) as FrameSelection;
    // Slotted text passes the clip's hidden-text rules: screen-reader-only text and folded-away text stay out.
    expect(result.text.replace(/\s+/g, ' ').trim()).toBe(
      'Kaart Wie Meneer Teun Ruiter Telefoon Geen nummer Belt elke week over de buren. Meer Wil een maatje. Bijgewerkt',
    );
  });

  it('reads a selection from the page into a shadow root and one from a shadow root out to the page, each part in its place, and puts the selection back', () => {
    document.body.innerHTML =
      '<main><p id="voor">Inleiding van de overdracht.</p><case-steps id="stappen"><b slot="kop">Stappen gezin Kramer</b></case-steps><p id="na">Daarna belt Ilse.</p></main>';
    const root = document.getElementById('stappen')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<h3><slot name="kop"></slot></h3><ol><li id="een">Eerste huisbezoek</li><li id="twee">Plan met school</li></ol>';
    const selection = document.getSelection()!;
    // What getComposedRanges gives for a selection over the boundary (happy-dom has none of its own).
    const composedFrom = (start: Node, startOffset: number, end: Node, endOffset: number) => {
      const composed = { startContainer: start, startOffset, endContainer: end, endOffset, collapsed: false };
      Object.defineProperty(selection, 'getComposedRanges', { configurable: true, value: () => [composed] });
      selection.removeAllRanges();
      return composed;
    };
    const into = composedFrom(document.getElementById('voor')!.firstChild!, 14, root.getElementById('een')!.firstChild!, 6);
    const read = readSelection(document) as FrameSelection;
    expect(read.text.replace(/\s+/g, ' ')).toBe('de overdracht. Stappen gezin Kramer Eerste');
    // The quote anchors the part in the page's own tree.
    expect((read.selectors[0] as unknown as { exact: string }).exact).toBe('de overdracht.');
    expect(selection.getRangeAt(0)).toMatchObject({ startContainer: into.startContainer, startOffset: 14 });
    composedFrom(root.getElementById('twee')!.firstChild!, 5, document.getElementById('na')!.firstChild!, 6);
    expect((readSelection(document) as FrameSelection).text.replace(/\s+/g, ' ')).toBe('met school Daarna');
    delete (selection as { getComposedRanges?: unknown }).getComposedRanges;
  });

  it("reads a selection over whole web components with each component's own text (labels) around what its slots show, in the component's order: blocks on lines of their own, an inline one in its line", () => {
    // happy-dom computes no display for a custom element (Chromium: inline unless the component says otherwise): set here.
    document.body.innerHTML =
      '<section id="s"><h3>Betrokken <count-chip style="display:inline">2</count-chip></h3> <team-tile id="a" style="display:block"><span slot="mail">k.smit@example.test</span> ' +
      '<span slot="who">Karin Smit</span> <span>Niet getoond: geen slot</span></team-tile> ' +
      '<team-tile id="b" style="display:block"><span slot="who">Ruben Smit</span> <span slot="mail">geen adres</span></team-tile>' +
      '<p>Laatst gezien <seen-date style="display:inline-block">dinsdag</seen-date> door het team.</p></section>';
    for (const id of ['a', 'b']) {
      const root = document.getElementById(id)!.attachShadow({ mode: 'open' });
      // A layout component of slots alone (name-row) has no text of its own: what its slot shows is all of it.
      root.innerHTML =
        '<div><name-row style="display:block"><slot name="who" slot="row"></slot></name-row> <state-pill style="display:block">Bekend</state-pill></div> <p>E-mail <slot name="mail"></slot></p>';
      root.querySelector('name-row')!.attachShadow({ mode: 'open' }).innerHTML = ' <slot name="row"></slot> ';
      root.querySelector('state-pill')!.attachShadow({ mode: 'open' }).innerHTML = '<b>Status:</b> <i><slot></slot></i>';
    }
    document.querySelector('count-chip')!.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
    // An inline component drawing a label of its own: the label stays in the sentence.
    document.querySelector('seen-date')!.attachShadow({ mode: 'open' }).innerHTML = '<span>op</span> <slot></slot>';
    select(document.getElementById('s')!);
    const result = readSelection(document) as FrameSelection;
    expect(result.text.split('\n')).toEqual([
      'Betrokken 2',
      'Karin Smit',
      'Status: Bekend',
      'E-mail k.smit@example.test',
      'Ruben Smit',
      'Status: Bekend',
      'E-mail geen adres',
      'Laatst gezien op dinsdag door het team.',
    ]);
    // The quote is the page's own text of the whole selection (not of its first part alone), in the page's order, as it is found again.
    expect((result.selectors[0] as unknown as { exact: string }).exact.replace(/\s+/g, ' ').trim()).toMatch(
      /^Betrokken 2 k\.smit@example\.test Karin Smit .*Ruben Smit geen adres ?Laatst gezien dinsdag door het team\.$/,
    );
  });

  it('leaves a slot and a field inside screen-reader-only text of the component out, as that text is', () => {
    document.body.innerHTML = '<client-card id="card"><span slot="who">Mevrouw Ans Kuiper</span></client-card>';
    const root = document.getElementById('card')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<section id="s"><p>Kaart van</p> <p style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Naam <slot name="who"></slot> <input value="Kamer 12"></p> <p>Einde kaart</p></section>';
    const range = document.createRange();
    range.selectNodeContents(root.getElementById('s')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect((readSelection(document) as FrameSelection).text.replace(/\s+/g, ' ').trim()).toBe('Kaart van Einde kaart');
  });

  it('leaves out what was not drawn while the user selected: controls and anchors at opacity 0 (shown on hover) and an aria-hidden copy of the text before it; an aria-hidden separator stays', () => {
    document.body.innerHTML =
      '<div id="v"><h2>Afspraken <a href="#afspraken" style="opacity:0">¶</a></h2> <p>Bel de school. <span style="opacity:0"><button>Wijzig</button></span></p> ' +
      '<div><span>Spreekuur vervalt vrijdag.</span> <span aria-hidden="true">Spreekuur vervalt vrijdag.</span></div> ' +
      '<nav><a>Start</a> <span aria-hidden="true">›</span> <a>Dossier</a></nav></div>';
    select(document.getElementById('v')!);
    expect((readSelection(document) as FrameSelection).text.replace(/\s+/g, ' ').trim()).toBe(
      'Afspraken Bel de school. Spreekuur vervalt vrijdag. Start › Dossier',
    );
  });

  it('keeps the drawn copy of text whose twin is for screen readers only (an aria-hidden copy is a duplicate only beside a drawn one)', () => {
    document.body.innerHTML =
      '<div id="v"><p>Volgende afspraak:</p> <p><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Dinsdag 3 maart</span>' +
      '<span aria-hidden="true">Dinsdag 3 maart</span></p> <p>Einde.</p></div>';
    select(document.getElementById('v')!);
    expect((readSelection(document) as FrameSelection).text.replace(/\s+/g, ' ').trim()).toBe('Volgende afspraak: Dinsdag 3 maart Einde.');
  });

  it('gives no selection when all of the selected text is hidden', () => {
    document.body.innerHTML = '<p>Zichtbaar.</p><p id="h" style="display:none">Alleen verborgen tekst.</p>';
    select(document.getElementById('h')!);
    expect(readSelection(document)).toBeUndefined();
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
    select(document.getElementById('p')!);
    expect(readSelection(document)).toBeUndefined();
  });
});

describe('readFrame', () => {
  it("lists the origins of embedded frames of other origins, the page's own and srcdoc frames left out", () => {
    // happy-dom loads no frame pages (it logs a NotSupportedError for each): here that is the point.
    document.body.innerHTML = '<p>Dossier</p><div id="notes"></div><iframe srcdoc="<p>mail</p>"></iframe>';
    // A frame added by script, and one inside a web component, count like any other.
    const added = document.createElement('iframe');
    added.src = 'http://127.0.0.1:4000/frame-note';
    document.getElementById('notes')!.append(added);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<iframe src="https://viewer.example/doc"></iframe><iframe src="${location.origin}/own"></iframe>`;
    document.body.append(host);
    const result = readFrame(document);
    expect(result.origin).toBe(location.origin);
    expect(result.frames).toEqual(['http://127.0.0.1:4000', 'https://viewer.example']);
    expect(result.selection).toBeUndefined();
  });
});

describe('settled', () => {
  it('turns any error of a capture into a failed outcome with its message, so the panel never keeps waiting', async () => {
    expect(await settled(() => Promise.reject(new Error('origin: an origin is scheme://host[:port]')))).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'origin: an origin is scheme://host[:port]',
    });
    expect(await settled(() => Promise.resolve({ ok: false, reason: 'no-selection' }))).toEqual({ ok: false, reason: 'no-selection' });
  });

  it('ends a capture whose page never answers', async () => {
    const never = new Promise<never>(() => {});
    expect(await settled(() => within(never, 20, 'reading the frames'))).toEqual({
      ok: false,
      reason: 'unreadable',
      detail: 'reading the frames took longer than 0.02 s',
    });
  });
});

describe('readSelection with focus in a frame', () => {
  it('leaves the answer to a focused frame this page cannot enter, and still reads its own selection when a frame of its own origin has focus', () => {
    document.body.innerHTML =
      '<p id="p">Oude selectie op de pagina.</p><iframe id="own" srcdoc="<p>bericht</p>"></iframe><iframe id="other" src="http://127.0.0.1:4000/frame-note"></iframe>';
    select(document.getElementById('p')!);
    (document.getElementById('other') as HTMLIFrameElement).focus();
    expect(document.activeElement?.id).toBe('other');
    expect(readSelection(document)).toBeUndefined();
    (document.getElementById('own') as HTMLIFrameElement).focus();
    expect(document.activeElement?.id).toBe('own');
    expect(readSelection(document)?.text).toBe('Oude selectie op de pagina.');
  });
});
