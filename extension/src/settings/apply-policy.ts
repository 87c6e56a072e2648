import type { ExportFormatName } from '@vertelpunt/exchange';
import { POLICY_EXPORT_FORMATS, type ManagedPolicy } from './managed-policy';
import type { Settings } from './settings';

/** Settings as they apply, with what only an organisation sets. */
export interface EffectiveSettings extends Settings {
  organisation: { name?: string; team?: string };
  /** Export formats offered; all but the backup unless the organisation chose. */
  exportFormats: readonly ExportFormatName[];
  /** The organisation's smallest group for the overview (the user may raise it, never lower it); unset: the user's choice. */
  minimumGroupSize?: number;
  /** Which user settings the organisation fixed (shown locked, "set by your organisation"). */
  locked: LockedSettings;
}

export interface LockedSettings {
  author: boolean;
  consentStatus: boolean;
  consentPurpose: boolean;
  /** Case systems the organisation listed: always offered, cannot be left out. */
  systems: readonly string[];
}

/**
 * Lays the organisation's values over the user's. A value the policy sets wins whatever the user
 * stored (also when stored by hand around the options page); what it leaves out stays the user's.
 */
export function applyPolicy(user: Settings, policy: ManagedPolicy): EffectiveSettings {
  const systems = { ...user.systems };
  for (const origin of policy.caseSystems ?? []) systems[origin] ??= { keepFullUrl: false };
  return {
    systems,
    author: policy.professionalId ?? user.author,
    defaultConsent: {
      status: policy.defaultConsent ?? user.defaultConsent.status,
      purpose: policy.consentPurpose ?? user.defaultConsent.purpose,
    },
    organisation: { name: policy.organisationName, team: policy.team },
    exportFormats: policy.exportFormats ?? POLICY_EXPORT_FORMATS,
    ...(policy.minimumGroupSize === undefined ? {} : { minimumGroupSize: policy.minimumGroupSize }),
    locked: {
      author: policy.professionalId !== undefined,
      consentStatus: policy.defaultConsent !== undefined,
      consentPurpose: policy.consentPurpose !== undefined,
      systems: policy.caseSystems ?? [],
    },
  };
}
