// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/.output/', '**/.wxt/', '**/dist/', 'out/', '.tools/', 'test/refi-qda/', 'test/unseen-pages/*/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // Playwright fixtures destructure an empty object by design.
      'no-empty-pattern': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // Dropping a field by destructuring its rest is how we omit one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Pure packages run in Node, the extension and tests alike: no browser extension API in them.
    files: ['packages/**/src/**/*.ts'],
    ignores: ['packages/**/src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'packages/ stay free of browser APIs' },
        { name: 'browser', message: 'packages/ stay free of browser APIs' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt', 'wxt/*', 'webextension-polyfill', 'node:*'],
              message: 'packages/*/src is pure: no browser or Node API outside src/cli',
            },
          ],
        },
      ],
    },
  },
  {
    // A charCodeAt call that once reads past either end of its string is compiled from then on as a call of the
    // builtin, three to eight times slower for every character it reads (packages/deid/README.md, "Speed and size"):
    // the de-identifier's rules read characters through codeAt (scan.ts), which checks the index first.
    files: ['packages/deid/src/detectors/**/*.ts', 'packages/deid/src/statistical/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='charCodeAt']",
          message: 'read characters through codeAt(text, index) from scan.ts: a charCodeAt past the end slows this call site for good',
        },
      ],
    },
  },
  {
    // One entrypoint never imports another's files: what two pages share lives in extension/src
    // (e.g. src/ui/FilterPanel.tsx). extension/src/entrypoint-boundaries.test.ts proves this bites.
    files: ['extension/entrypoints/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.?/|src/)[^/]+/',
              message: 'an entrypoint may not import from another entrypoint folder: move what both use to extension/src',
            },
            {
              regex: '^(@|~|@@|~~)/entrypoints/',
              message: 'an entrypoint may not import from another entrypoint folder: move what both use to extension/src',
            },
          ],
        },
      ],
    },
  },
);
