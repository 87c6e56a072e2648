import { useEffect, useState } from 'preact/hooks';
import { onManagedStorageChange } from '../browser/managed-storage';
import type { EffectiveSettings } from './apply-policy';
import { loadEffectiveSettings, settingsItem } from './settings';

/**
 * The settings as they apply (the organisation's values over the user's), kept current when
 * either changes. `undefined` until read: a page that enforces a setting waits for it rather
 * than showing what the policy may forbid.
 */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const [settings, setSettings] = useState<EffectiveSettings | undefined>();
  useEffect(() => {
    let live = true;
    const refresh = () => void loadEffectiveSettings().then((next) => live && setSettings(next));
    refresh();
    const unwatchPolicy = onManagedStorageChange(refresh);
    const unwatchUser = settingsItem.watch(refresh);
    return () => {
      live = false;
      unwatchPolicy();
      unwatchUser();
    };
  }, []);
  return settings;
}
