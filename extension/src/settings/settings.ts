import { z } from 'zod';
import { OriginSchema, CONSENT_STATUSES } from '@vertelpunt/stories';
import { browser } from 'wxt/browser';

/** Per case system (origin): what the user opted into. Defaults keep the least. */
export const SystemSettingsSchema = z.strictObject({
  /** Keep the full URL (path and query can name a resident) and the page title with stories from this system. */
  keepFullUrl: z.boolean().default(false),
});
export type SystemSettings = z.infer<typeof SystemSettingsSchema>;

export const SettingsSchema = z.strictObject({
  systems: z.record(OriginSchema, SystemSettingsSchema).default({}),
  /** Pseudonymous name or team label put on new stories; empty for none. */
  author: z.string().max(100).default(''),
  defaultConsent: z.enum(CONSENT_STATUSES).default('geanonimiseerd'),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';

/** Reads the settings; anything unreadable falls back to the defaults rather than blocking capture. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(settings) });
}

export async function updateSystemSettings(origin: string, patch: Partial<SystemSettings>): Promise<Settings> {
  const settings = await loadSettings();
  const current = settings.systems[origin] ?? SystemSettingsSchema.parse({});
  const next = { ...settings, systems: { ...settings.systems, [origin]: { ...current, ...patch } } };
  await saveSettings(next);
  return next;
}
