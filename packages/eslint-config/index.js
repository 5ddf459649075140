// The one flat config for the whole monorepo. Layering rules mirror Excalidraw's
// packages/eslintrc.base.json: lower packages may never reach up into apps or UI/server frameworks.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Files are deeper than one folder inside src, so each depth a relative import could climb out of its package is listed.
const ACROSS_PACKAGES = {
  group: [
    '../../*/src/*',
    '../../../*/src/*',
    '../../../../*/src/*',
    '../../../packages/*',
    '../../../apps/*',
    '../../../../packages/*',
    '../../../../apps/*',
  ],
  message: 'Import other workspaces by package name, never across a package boundary with ../',
};

const FORBIDDEN_IN_PACKAGES = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'packages/* are framework-free: no React.' },
  { group: ['express', 'express/*'], message: 'packages/* are framework-free: no Express.' },
  {
    group: ['**/apps/**', '@harborview/web', '@harborview/bff', '@harborview/web/*', '@harborview/bff/*'],
    message: 'packages may not import apps.',
  },
];

// The twin is pure and deterministic (docs/architecture.md): no I/O, so no Node built-ins, and the contracts only as
// types, so it carries no zod at run time. Bare built-in names go in `paths` (exact): as a pattern, `events` would
// also match the twin's own '../tasks/events'.
const NO_IO_IN_TWIN =
  'The twin is pure: no Node built-ins (no I/O). The BFF does the I/O and hands the twin plain values.';
const TWIN_SOURCE_PURITY = {
  paths: builtinModules.map((name) => ({ name, message: NO_IO_IN_TWIN })),
  patterns: [
    { group: ['node:*', ...builtinModules.map((name) => `${name}/*`)], message: NO_IO_IN_TWIN },
    {
      group: ['@harborview/contracts', '@harborview/contracts/*', 'zod', 'zod/*'],
      allowTypeImports: true,
      message: 'The twin imports the contracts as types only (`import type`): it has no runtime dependency on zod.',
    },
  ],
};

export const harborviewConfig = tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Ordered imports, in the groups the code already used: node: built-ins, then packages, then parent
      // folders, then siblings, each group sorted and set apart by a blank line. Autofixed by `eslint --fix`.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^\\.\\.'], ['^\\.']] },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [ACROSS_PACKAGES] }],
    },
  },
  // A later block's options REPLACE an earlier block's for the same rule, so each block lists every pattern it keeps.
  {
    files: ['packages/**/*.{ts,tsx,js,mjs}'],
    ignores: ['packages/eslint-config/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ACROSS_PACKAGES, ...FORBIDDEN_IN_PACKAGES] }] },
  },
  // The twin's shipped source only: its tests may read fixtures or parse views with the contracts' schemas, and its
  // bench scripts (packages/twin/bench, outside src) time and measure with node:perf_hooks.
  {
    files: ['packages/twin/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: TWIN_SOURCE_PURITY.paths,
          patterns: [ACROSS_PACKAGES, ...FORBIDDEN_IN_PACKAGES, ...TWIN_SOURCE_PURITY.patterns],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
