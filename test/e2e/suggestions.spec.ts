import { openPanelPart, openSidePanelAsTab } from '../support/extension-pages.js';
import { expect, test } from './fixtures.js';

// The side panel's suggestions come from suggestTerms() in the built bundle (Snowball stems and
// all): a clear mention shows its term, everyday words show nothing, and both follow each edit.
test('the side panel suggests a term the text is about, and none for everyday words, as the text is edited', async ({
  context,
  origin,
  extensionId,
  clickToolbarButton,
}) => {
  const casePage = await context.newPage();
  await casePage.goto(`${origin}/textarea-note/dossier-${Date.now()}`);
  await casePage.locator('#note-editor').focus();
  await casePage.locator('#note-editor').evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, el.value.indexOf('.') + 1));
  await clickToolbarButton(casePage);

  const panel = await openSidePanelAsTab(context, extensionId);
  const text = panel.getByLabel('Tekst', { exact: true });
  const suggestions = panel.getByRole('group', { name: 'Suggesties uit de tekst' });
  await openPanelPart(panel, 'text');

  await text.fill('Meneer voelt zich erg alleen sinds zijn vrouw overleed; de eenzaamheid en het sociaal isolement wegen zwaar.');
  await expect(suggestions.getByRole('button', { name: 'Eenzaamheid', exact: true })).toBeVisible();

  await text.fill('Het wijkteam had het druk vandaag; ik werk alleen op maandag en we hebben samen koffie gedronken.');
  await expect(suggestions).toHaveCount(0);
});
