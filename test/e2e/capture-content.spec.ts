// What a capture keeps of the page, in the production build with a real toolbar click: only the
// text the user saw (quote selectors included), and a page title of any length.
import type { Page } from '@playwright/test';
import { openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';

/** The drafts as stored, read from the extension's own database in one of its pages. */
async function storedDrafts(
  page: Page,
): Promise<{ text: string; selectors: { exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('vertelpunt');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return new Promise((resolve) => {
      const req = db.transaction('drafts').objectStore('drafts').getAll();
      req.onsuccess = () => resolve(req.result);
    });
  });
}

test('text hidden on the page is neither in the clip nor in its quote, prefix or suffix', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/hidden-text/dossier-${Date.now()}`);
  await casePage.locator('#note').evaluate((note) => {
    const range = document.createRange();
    range.selectNodeContents(note);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  const text = panel.getByLabel('Tekst', { exact: true });
  await expect(text).toHaveValue(
    /^De buurvrouw kookt twee keer per week mee; meneer eet weer aan tafel\..*De wijkcoach belt over een maand of het zo blijft\.$/s,
  );
  await expect(text).not.toHaveValue(/VERBORGEN/);

  const [draft] = await storedDrafts(panel);
  const [quote, position] = draft!.selectors;
  expect(JSON.stringify(draft)).not.toContain('VERBORGEN');
  expect(quote!.exact).toMatch(/^\s*De buurvrouw kookt.*mee; meneer eet weer aan tafel\..*Meer.*zo blijft\.\s*$/s);
  expect(quote!.prefix).toMatch(/Gespreksverslag van dinsdag\. \s*$/);
  expect(quote!.suffix).toMatch(/^\s*Afgesloten door/);
  // The position selector counts in the same rendered text as the quote.
  expect(position!.end! - position!.start!).toBe(quote!.exact!.length);
  // Before the note, the body's text content less the one hidden span there.
  const renderedBefore = await casePage.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.body, 0);
    range.setEndBefore(document.getElementById('note')!);
    return range.toString().length - document.querySelector('#before .sr-hint')!.textContent!.length;
  });
  expect(position!.start).toBe(renderedBefore);
});

test('a page title over 2,000 characters is shortened, the clip is kept', async ({ context, origin, extensionId, clickToolbarButton }) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/dossier/long-title-${Date.now()}`);
  await casePage.evaluate(() => {
    document.title = `Dossier ${'met een zeer lange titel '.repeat(200)}`;
  });
  await casePage.locator('#note-1').click({ clickCount: 3 });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(/^Keukentafelgesprek met mw\. Jansen\./);
});

test('a selection over two messages in a shadow root: each message on its own line, without the unselectable headers between them', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/shadow-thread/casus-${Date.now()}`);
  await casePage.locator('#thread').evaluate((host) => {
    const first = host.shadowRoot!.querySelector('#msg-1 .body')!.firstChild!;
    const last = host.shadowRoot!.querySelector('#msg-2 .body')!.firstChild! as Text;
    getSelection()!.setBaseAndExtent(first, 0, last, last.data.length);
  });
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(
    'De buurman heeft de trap weer vrijgemaakt, zodat mevrouw zelf naar buiten kan.\nFijn, morgen ga ik voor het eerst weer zelf boodschappen doen.',
  );

  await test.step("the page's elements a component shows at its slots are in the clip where the slot is, without their hidden text; a fallback only where nothing is assigned", async () => {
    const cardPage = await context.newPage();
    await cardPage.goto(`${origin}/shadow-thread/kaart-${Date.now()}`);
    await cardPage.locator('#card').evaluate((host) => {
      const card = host.shadowRoot!.getElementById('kaart')!;
      getSelection()!.setBaseAndExtent(card, 0, card, card.childNodes.length);
    });
    // The browser's own text leaves the slotted elements out: the case this fixes.
    expect(await cardPage.evaluate(() => getSelection()!.toString())).not.toContain('Fenna');
    // The slotted name's own text keeps its screen-reader-only note: the clip must not.
    expect(await cardPage.locator('#card [slot="name"]').evaluate((name) => (name as HTMLElement).innerText)).toContain('Vertrouwelijk');
    await clickToolbarButton(cardPage);
    const cardPanel = await openSidePanelAsTab(context, extensionId);
    await expect(cardPanel.getByLabel('Tekst', { exact: true })).toHaveValue(
      /^Cliënt\s+Naam: Mevrouw Fenna Bos\s+Telefoon: Niet bekend\s+Vraagt hulp bij de administratie\.\s+Meer\s+Bijgewerkt door de wijkcoach$/,
    );
  });

  await test.step("a selection over whole components: each component's own text around what its slots show, in the component's order; a block on lines of its own, an inline one in its sentence", async () => {
    const networkPage = await context.newPage();
    await networkPage.goto(`${origin}/shadow-thread/netwerk-${Date.now()}`);
    await networkPage.locator('#netwerk').evaluate((section) => getSelection()!.selectAllChildren(section));
    // The browser's own text has the page's elements in the page's order and none of the components' labels.
    expect(await networkPage.evaluate(() => getSelection()!.toString())).not.toContain('Relatie');
    await clickToolbarButton(networkPage);
    const networkPanel = await openSidePanelAsTab(context, extensionId);
    await expect(networkPanel.getByLabel('Tekst', { exact: true })).toHaveValue(
      /^Netwerk\s+Greet Wolters\s+bereikbaar\s+Relatie: Buurvrouw\s+Sander Wolters\s+bereikbaar\s+Relatie: Zoon\nBijgewerkt sinds vorige week door de wijkcoach\.$/,
    );
    // The quote is the page's own text of the whole selection, the element assigned to no slot left out (not drawn).
    const quote = (await storedDrafts(networkPanel)).find(({ text }) => text.startsWith('Netwerk'))!.selectors[0]!;
    expect(quote.exact!.replace(/\s+/g, ' ').trim()).toBe(
      'Netwerk Buurvrouw Greet Wolters Sander Wolters Zoon Bijgewerkt vorige week door de wijkcoach.',
    );
  });
});

test('lines of a document viewer laid out as positioned boxes with nothing between them: each line on its own, apart runs apart', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/print-view/brief-${Date.now()}`);
  await casePage.locator('#brief').evaluate((letter) => getSelection()!.selectAllChildren(letter));
  // The browser's own text glues them ("verhuizingis", "verhuizer,niet"): the case this fixes.
  expect(await casePage.evaluate(() => getSelection()!.toString())).toContain('verhuizer,niet');
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(
    'Het budget voor de verhuizing is € 450,00.\nDat bedrag gaat naar de verhuizer,\nniet naar uw rekening.',
  );

  await test.step('parts a planner moves on screen (a reversed row, appointments placed by time, a task pinned by order, the rows of a sheet placed by their cells, a caption the table layout draws above its table) read as the screen shows them; grids with a box beside two rows in document order', async () => {
    const plannerPage = await context.newPage();
    await plannerPage.goto(`${origin}/print-view/planner-${Date.now()}`);
    await plannerPage.locator('#planner').evaluate((planner) => getSelection()!.selectAllChildren(planner));
    // The browser's own text follows the document: the case this fixes.
    expect(await plannerPage.evaluate(() => getSelection()!.toString())).toMatch(/^3 afspraken\s+Dinsdag\s+14:00/);
    await clickToolbarButton(plannerPage);
    const plannerPanel = await openSidePanelAsTab(context, extensionId);
    await expect(plannerPanel.getByLabel('Tekst', { exact: true })).toHaveValue(
      /^Dinsdag\s+3 afspraken\s+09:00 Huisbezoek mevrouw De Wit\s+11:00 Telefoon huisarts\s+14:00 Overleg met de school\s+Eerst de sleutel ophalen\s+Verslag schrijven\s+Maandag\s+Spreekuur\s+Woensdag\s+Buurtkamer\s+Ochtenddienst Tessa\s+Middagdienst Ruud\s+Deze week geen inloop in het buurthuis\s+Roepnaam\s+Sem\s+Buurt\s+Noord\s+Opmerking bij de aanvraag\s+Afspraken van het overleg\s+Vervoer\s+Vader$/,
    );
  });
});

test('screen-reader-only text inside a selected note (clipped, clip-path, off-screen) is left out of the clip; links set apart by margins only, and a count set apart from its label by a fixed-width label column, stay apart', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/print-view/journaal-${Date.now()}`);
  // The note and the count under it.
  await casePage.evaluate(() => {
    const range = document.createRange();
    range.setStartBefore(document.getElementById('journaal')!);
    range.setEndAfter(document.getElementById('teller')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  // The browser's own text holds the hidden text and glues the count to its label: the cases this fixes.
  expect(await casePage.evaluate(() => getSelection()!.toString())).toMatch(/Vertrouwelijk[^]*Bezoeken deze maand:3\s*$/);
  await clickToolbarButton(casePage);
  const panel = await openSidePanelAsTab(context, extensionId);
  await expect(panel.getByLabel('Tekst', { exact: true })).toHaveValue(
    /^De wijkcoach zag dat de kamer leeg was\. Buurman Karel helpt zaterdag met dragen\. De sleutel ligt bij de huismeester\. Zie Cliënten › Karel\.\s+Bezoeken deze maand: 3$/,
  );
});
