import { useEffect, useState } from 'preact/hooks';
import { OriginSchema } from '@vertelpunt/stories';
import { grantedSystems, requestSystemAccess, requestSystemsAccess, revokeSystemAccess } from '../../src/browser/host-permissions';
import { onManagedStorageChange } from '../../src/browser/managed-storage';
import { formatLabel, t, uiFormat, uiSay } from '../../src/i18n';
import { ConsentPicker } from '../../src/ui/ConsentPicker';
import { applyPolicy } from '../../src/settings/apply-policy';
import type { ParsedPolicy } from '../../src/settings/managed-policy';
import { policyProblemText } from '../../src/settings/policy-problem-text';
import { loadPolicy, loadUserSettings, saveSettings, updateSystemSettings, type Settings } from '../../src/settings/settings';

/** Settings: who the user is on stories, per case system what may be kept, and granted access; what the organisation fixed, locked. */
export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [parsed, setParsed] = useState<ParsedPolicy>({ policy: {}, problems: [] });
  const [granted, setGranted] = useState<string[]>([]);
  const [newOrigin, setNewOrigin] = useState('');
  const [error, setError] = useState('');

  const refresh = async () => {
    setParsed(await loadPolicy());
    setSettings(await loadUserSettings());
    setGranted(await grantedSystems());
  };
  useEffect(() => {
    void refresh();
    return onManagedStorageChange(() => void refresh());
  }, []);
  if (!settings) return null;

  const { policy, problems } = parsed;
  const effective = applyPolicy(settings, policy);
  const { locked } = effective;
  const systems = [...new Set([...Object.keys(effective.systems), ...granted])].sort();
  const notGranted = locked.systems.filter((origin) => !granted.includes(origin));
  const managed = Object.keys(policy).length > 0 || problems.length > 0;
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
      {managed && (
        <section aria-labelledby="organisation" class="organisation">
          <h2 id="organisation">{t('optionsOrganisationHeading')}</h2>
          {policy.organisationName && <p>{t('optionsManagedBy', policy.organisationName)}</p>}
          {policy.team && <p>{t('optionsTeam', policy.team)}</p>}
          {policy.exportFormats && <p>{t('optionsExportFormats', uiFormat().list(policy.exportFormats.map(formatLabel)))}</p>}
          {policy.minimumGroupSize !== undefined && <p>{t('optionsMinimumGroup', uiFormat().number(policy.minimumGroupSize))}</p>}
          {problems.length > 0 && (
            <div role="alert" class="problems">
              <p>{t('optionsPolicyProblems')}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.key}>
                    <code>{p.key || t('optionsPolicyWhole')}</code>: {policyProblemText(p, uiSay())}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="who">
        <h2 id="who">{t('optionsStoriesHeading')}</h2>
        <label for="author">{t('optionsAuthor')}</label>
        <input
          id="author"
          value={effective.author}
          maxLength={100}
          readOnly={locked.author}
          aria-describedby={locked.author ? 'author-locked' : undefined}
          onChange={(e) => void save({ ...settings, author: e.currentTarget.value })}
        />
        {locked.author && (
          <p id="author-locked" class="hint locked">
            {t('lockedByOrganisation')}
          </p>
        )}
        <ConsentPicker
          idPrefix="consent"
          legend="optionsDefaultConsent"
          value={effective.defaultConsent}
          locked={{ status: locked.consentStatus, purpose: locked.consentPurpose }}
          // Only what the organisation left open is the user's; a fixed part is kept as the user had it.
          onChange={(consent) =>
            void save({
              ...settings,
              defaultConsent: {
                status: locked.consentStatus ? settings.defaultConsent.status : consent.status,
                purpose: locked.consentPurpose ? settings.defaultConsent.purpose : consent.purpose,
              },
            })
          }
        />
      </section>
      <section aria-labelledby="systems">
        <h2 id="systems">{t('optionsSystemsHeading')}</h2>
        <p>{t('optionsSystemsIntro')}</p>
        {systems.length === 0 && <p class="hint">{t('optionsNoSystems')}</p>}
        {notGranted.length > 0 && (
          // The permission prompt needs this click: nothing is awaited before it. One prompt for all.
          <button type="button" onClick={async () => (await requestSystemsAccess(notGranted), refresh())}>
            {t('optionsAllowOrganisationSystems')}
          </button>
        )}
        <ul>
          {systems.map((origin) => (
            <li key={origin} data-origin={origin}>
              <strong>{origin}</strong>
              {locked.systems.includes(origin) && <span class="hint locked">{t('lockedByOrganisation')}</span>}
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
          <input
            id="new-origin"
            placeholder={t('optionsAddSystemExample')}
            value={newOrigin}
            onInput={(e) => setNewOrigin(e.currentTarget.value)}
            aria-describedby="new-origin-error"
          />
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
