import { CONSENT_STATUSES, type Consent } from '@vertelpunt/stories';
import { t, type MessageKey } from '../i18n';
import { CONSENT_LABELS } from './consent-labels';

interface Props {
  /** Names the radio group and ids on the page (several pickers may share one page). */
  idPrefix: string;
  value: Consent;
  onChange: (consent: Consent) => void;
  legend?: MessageKey;
  /** With the purpose field (the story's use, in the professional's or the organisation's words). */
  withPurpose?: boolean;
  /** Parts the organisation fixed: shown, not changeable, and said so. */
  locked?: { status?: boolean; purpose?: boolean };
}

/** The consent of a story or of new stories: one status of three, and optionally its purpose. */
export function ConsentPicker({ idPrefix, value, onChange, legend = 'fieldConsent', withPurpose = true, locked = {} }: Props) {
  const lockNote = `${idPrefix}-locked`;
  const anyLocked = Boolean(locked.status || (withPurpose && locked.purpose));
  return (
    <fieldset class="consent" id={idPrefix}>
      <legend>{t(legend)}</legend>
      {CONSENT_STATUSES.map((status) => (
        <label key={status} class="radio">
          <input
            type="radio"
            name={`${idPrefix}-status`}
            value={status}
            checked={value.status === status}
            disabled={locked.status}
            aria-describedby={locked.status ? lockNote : undefined}
            onChange={() => onChange({ ...value, status })}
          />
          {t(CONSENT_LABELS[status])}
        </label>
      ))}
      {withPurpose && (
        <>
          <label for={`${idPrefix}-purpose`}>{t('fieldPurpose')}</label>
          <input
            id={`${idPrefix}-purpose`}
            value={value.purpose}
            maxLength={500}
            readOnly={locked.purpose}
            aria-describedby={locked.purpose ? lockNote : undefined}
            onInput={(e) => onChange({ ...value, purpose: e.currentTarget.value })}
          />
        </>
      )}
      {anyLocked && (
        <p id={lockNote} class="hint locked">
          {t('lockedByOrganisation')}
        </p>
      )}
    </fieldset>
  );
}
