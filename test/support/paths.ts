import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = fileURLToPath(new URL('../../extension/.output/chrome-mv3/', import.meta.url));
/** The test-only build: host access to localhost fixtures and the capture handler on globalThis. */
export const E2E_EXTENSION_DIR = fileURLToPath(new URL('../../extension/.output/chrome-mv3-e2e/', import.meta.url));
export const FIXTURE_PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The REFI-QDA codebook schema, copied from the shared notes (see test/refi-qda/README.md). */
export const REFI_QDA_CODEBOOK_XSD = fileURLToPath(new URL('../refi-qda/Codebook.xsd', import.meta.url));
