import type { CONSENT_STATUSES } from '@vertelpunt/stories';
import type { MessageKey } from '../i18n';

/** The UI string for each consent status (shown in the side panel, the library and the options). */
export const CONSENT_LABELS: Record<(typeof CONSENT_STATUSES)[number], MessageKey> = {
  'toestemming-inwoner': 'consentResident',
  geanonimiseerd: 'consentAnonymised',
  'alleen-intern': 'consentInternal',
};
