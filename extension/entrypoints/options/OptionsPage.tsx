import { useEffect, useState } from 'preact/hooks';
import { CONSENT_STATUSES, OriginSchema } from '@vertelpunt/stories';
import { grantedSystems, requestSystemAccess, revokeSystemAccess } from '../../src/browser/host-permissions';
import { t } from '../../src/i18n';
import { CONSENT_LABELS } from '../../src/ui/consent-labels';
import { loadSettings, saveSettings, updateSystemSettings, type Settings } from '../../src/settings/settings';


/** Settings: who the user is on stories, per case system what may be kept, and granted access. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [granted, setGranted] = useState<string[]>([]);
  const [newOrigin, setNewOrigin] = useState('');
  const [error, setError] = useState('');

  const refresh = async () => {
    setSettings(await loadSettings());
    setGranted(await grantedSystems());
  };
  useEffect(() => void refresh(), []);
  if (!settings) return null;

  const systems = [...new Set([...Object.keys(settings.systems), ...granted])].sort();
  const save = async (next: Settings) => {
    await saveSettings(next);
    setSettings(next);
  };

  const addSystem = async (event: Event) => {
    event.preventDefault();
    const candidate = newOrigin.trim().replace(/\/+$/, '');
    if (!OriginSchema.safeParse(candidate).success) {
      setError(t('optionsOriginInvalid'));
      return;
    }
    setError('');
    await updateSystemSettings(candidate, {});
    setNewOrigin('');
    await refresh();
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="who">
        <h2 id="who">{t('optionsStoriesHeading')}</h2>
        <label for="author">{t('optionsAuthor')}</label>
        <input id="author" value={settings.author} maxLength={100} onChange={(e) => void save({ ...settings, author: e.currentTarget.value })} />
        <label for="consent">{t('optionsDefaultConsent')}</label>
        <select id="consent" value={settings.defaultConsent} onChange={(e) => void save({ ...settings, defaultConsent: e.currentTarget.value as Settings['defaultConsent'] })}>
          {CONSENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(CONSENT_LABELS[status])}
            </option>
          ))}
        </select>
      </section>
      <section aria-labelledby="systems">
        <h2 id="systems">{t('optionsSystemsHeading')}</h2>
        <p>{t('optionsSystemsIntro')}</p>
        {systems.length === 0 && <p class="hint">{t('optionsNoSystems')}</p>}
        <ul>
          {systems.map((origin) => (
            <li key={origin} data-origin={origin}>
              <strong>{origin}</strong>
              <label class="radio" style="font-weight:400">
                <input
                  type="checkbox"
                  checked={settings.systems[origin]?.keepFullUrl ?? false}
                  onChange={async (e) => setSettings(await updateSystemSettings(origin, { keepFullUrl: e.currentTarget.checked }))}
                />
                {t('optionsKeepFullUrl')}
              </label>
              {granted.includes(origin) ? (
                <button type="button" onClick={async () => (await revokeSystemAccess(origin), refresh())}>
                  {t('optionsRevoke')}
                </button>
              ) : (
                // The permission prompt needs this click: nothing is awaited before it.
                <button type="button" onClick={async () => (await requestSystemAccess(origin), refresh())}>
                  {t('optionsAllowAlways')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form onSubmit={addSystem}>
          <label for="new-origin">{t('optionsAddSystem')}</label>
          <input id="new-origin" placeholder={t('optionsAddSystemExample')} value={newOrigin} onInput={(e) => setNewOrigin(e.currentTarget.value)} aria-describedby="new-origin-error" />
          {error && (
            <p id="new-origin-error" role="alert" class="problem">
              {error}
            </p>
          )}
          <button type="submit">{t('optionsAdd')}</button>
        </form>
      </section>
    </>
  );
}
