import { z } from 'zod';
import { ConsentSchema, OriginSchema } from '@vertelpunt/stories';
import { storage } from 'wxt/utils/storage';
import { readManagedStorage } from '../browser/managed-storage';
import { applyPolicy, type EffectiveSettings } from './apply-policy';
import { parseManagedPolicy, type ParsedPolicy } from './managed-policy';

/** Per case system (origin): what the user opted into. Defaults keep the least. */
export const SystemSettingsSchema = z.strictObject({
  /** Keep the full URL (path and query can name a resident) and the page title with stories from this system. */
  keepFullUrl: z.boolean().default(false),
});
export type SystemSettings = z.infer<typeof SystemSettingsSchema>;

/** The user's own settings (version 2). */
export const SettingsSchema = z.strictObject({
  systems: z.record(OriginSchema, SystemSettingsSchema).default({}),
  /** Pseudonymous name or team label put on new stories; empty for none. */
  author: z.string().max(100).default(''),
  /** The consent new stories start with: status and the wording of its purpose. */
  defaultConsent: ConsentSchema.default({ status: 'geanonimiseerd', purpose: '' }),
});
export type Settings = z.infer<typeof SettingsSchema>;

const DEFAULTS: Settings = SettingsSchema.parse({});

/**
 * Version 1 (before the organisation policy) kept the default consent as a bare status; version
 * 2 keeps it with its purpose, as a story's consent is.
 */
export function migrateSettingsToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const { defaultConsent, ...rest } = old as Record<string, unknown>;
  return typeof defaultConsent === 'string' ? { ...rest, defaultConsent: { status: defaultConsent, purpose: '' } } : old;
}

/** Stored as `settings` in `storage.local` (the key version 1 used), with its version in `settings$`. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: {},
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

/** The user's settings; anything unreadable falls back to the defaults rather than blocking capture. */
export async function loadUserSettings(): Promise<Settings> {
  const parsed = SettingsSchema.safeParse((await settingsItem.getValue()) ?? {});
  return parsed.success ? parsed.data : DEFAULTS;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(SettingsSchema.parse(settings));
}

/** The organisation's policy, parsed: what applies and what was ignored. */
export async function loadPolicy(): Promise<ParsedPolicy> {
  return parseManagedPolicy(await readManagedStorage());
}

/** What applies: the user's settings with whatever the organisation fixed laid over them. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, { policy }] = await Promise.all([loadUserSettings(), loadPolicy()]);
  return applyPolicy(user, policy);
}

/** The settings capture and save work with (the organisation's values applied). */
export const loadSettings = loadEffectiveSettings;

export async function updateSystemSettings(origin: string, patch: Partial<SystemSettings>): Promise<Settings> {
  const settings = await loadUserSettings();
  const current = settings.systems[origin] ?? SystemSettingsSchema.parse({});
  const next = { ...settings, systems: { ...settings.systems, [origin]: { ...current, ...patch } } };
  await saveSettings(next);
  return next;
}
