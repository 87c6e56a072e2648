// Loaded when an export, import or backup is started (later-parts.ts): every format's encoder.
export { exportToFile } from '../../src/exchange/export-to-file';
export { ExportDialog } from './ExportDialog';
export { ImportDialog } from './ImportDialog';
