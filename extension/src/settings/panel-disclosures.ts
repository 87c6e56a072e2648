import { z } from 'zod';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

/** The side panel's parts that open on demand; the common case needs none of them open. */
export const PANEL_DISCLOSURES = ['text', 'deidOptions', 'allTerms', 'notes', 'consent'] as const;
export type PanelDisclosure = (typeof PANEL_DISCLOSURES)[number];

const closed = z.boolean().default(false);
/** Unknown keys are dropped, not refused: a name retired in a later version must not reset the others. */
export const PanelDisclosuresSchema = z.object({
  text: closed,
  deidOptions: closed,
  allTerms: closed,
  notes: closed,
  consent: closed,
} satisfies Record<PanelDisclosure, typeof closed>);
export type PanelDisclosures = z.infer<typeof PanelDisclosuresSchema>;

export const CLOSED: PanelDisclosures = PanelDisclosuresSchema.parse({});

/**
 * Which disclosures the user left open, remembered across panels and restarts. Its own item (not
 * part of the settings): it is a habit of this profile, never something an organisation manages.
 */
let defined: WxtStorageItem<unknown, Record<string, never>> | undefined;
// Defined on first use: defining an item reads storage at once, which importing this module must not do.
const item = () => (defined ??= storage.defineItem<unknown>('local:panelDisclosures', { fallback: {}, version: 1 }));

/** Reads the remembered state; an unreadable value falls back to all closed rather than breaking the panel. */
export async function loadPanelDisclosures(): Promise<PanelDisclosures> {
  const parsed = PanelDisclosuresSchema.safeParse(await item().getValue());
  return parsed.success ? parsed.data : CLOSED;
}

export async function savePanelDisclosures(state: PanelDisclosures): Promise<void> {
  await item().setValue(PanelDisclosuresSchema.parse(state));
}
