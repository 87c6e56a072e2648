import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The extension for Chrome (MV3) and Firefox (MV2, WXT's default there).
// Least privilege: activeTab + scripting, no host permissions and no content scripts in the
// production manifests; one case-system origin may be granted later as an optional permission.
export default defineConfig({
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // `pnpm run zip`: the store packages, and for Firefox the sources archive its review asks for.
  // The extension is built from workspace packages, so the sources are the workspace, not just
  // extension/; extension/store/SOURCES.md tells the reviewer how to build.
  zip: {
    name: 'vertelpunt',
    sourcesRoot: '..',
    includeSources: [
      'README.md',
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'tsconfig.json',
      'extension/**',
      'packages/**',
      'taxonomy/**',
      'test/package.json',
    ],
    excludeSources: [
      'extension/.output/**',
      'extension/.wxt/**',
      'packages/*/test/**',
      // Evaluation sets and training notes: the build reads none of them (the models they train are committed
      // under src/generated), and they grow with every stop's new sets.
      'packages/*/data/**',
      'packages/*/dist/**',
      'packages/*/docs/**',
      'packages/*/release/**',
      'packages/*/bench/**',
      'extension/store/screenshots/**',
    ],
  },
  vite: () => ({
    plugins: [preact()],
    // Workspace packages resolve to their TypeScript sources, so no package build is needed first.
    resolve: { conditions: ['vertelpunt-source', 'module', 'browser', 'development|production'] },
    // Module workers (both are created with `type: 'module'`), so that a worker can load a part
    // on demand: the database's upgrade steps, with the de-identifier, only when it is behind.
    worker: { format: 'es' as const },
  }),
  hooks: {
    // Only Chrome reads the managed-storage schema (the manifest's storage.managed_schema); the
    // Firefox package leaves it out, so that it carries no file its manifest does not name.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const schema = files.findIndex((file) => file.relativeDest === 'managed-schema.json');
      if (schema >= 0) files.splice(schema, 1);
    },
  },
  manifest: ({ browser, mode }) => {
    const firefox = browser === 'firefox';
    const anyWebOrigin = ['http://*/*', 'https://*/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'nl',
      action: { default_title: '__MSG_actionTitle__' },
      // The oldest engines the code relies on: the injected script calls Element.checkVisibility without a fallback,
      // with the option `visibilityProperty` (Chrome 121, Firefox 122; older engines ignore it and would take
      // visibility: hidden text into the clip); chrome.sidePanel.open needs Chrome 116.
      ...(firefox ? {} : { minimum_chrome_version: '121' }),
      permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', ...(firefox ? [] : ['sidePanel'])],
      ...(firefox ? {} : { optional_host_permissions: anyWebOrigin }),
      ...(firefox ? { optional_permissions: anyWebOrigin } : {}),
      // What an organisation may set by policy (docs/deployment.md). Firefox has no schema key: it
      // reads policies.json's 3rdparty section unchecked, and src/settings/managed-policy.ts checks it.
      ...(firefox ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
      // The end-to-end build may reach the localhost fixture pages without a click, to drive the
      // context-menu and keyboard paths that Playwright cannot. Never in a production build.
      ...(mode === 'e2e' ? { host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'] } : {}),
      commands: {
        [firefox ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+V' },
          description: '__MSG_commandSave__',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'vertelpunt@associatiewijkteams.nl',
                strict_min_version: '122.0',
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
