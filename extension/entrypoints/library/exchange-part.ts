// Loaded when an export, import or backup is started (later-parts.ts): every format's encoder,
// the exchange worker's protocol and the wording of its problems.
export { ExchangeWorker } from '../../src/exchange/exchange-client';
export { exportToFile } from '../../src/exchange/export-to-file';
export { ExportDialog } from './ExportDialog';
export { ImportDialog } from './ImportDialog';
