// The one flat config for the whole monorepo. Layering rules mirror Excalidraw's
// packages/eslintrc.base.json: lower packages may never reach up into apps or UI/server frameworks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FORBIDDEN_IN_PACKAGES = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'packages/* are framework-free: no React.' },
  { group: ['express', 'express/*'], message: 'packages/* are framework-free: no Express.' },
  {
    group: ['**/apps/**', '@harborview/web', '@harborview/bff', '@harborview/web/*', '@harborview/bff/*'],
    message: 'packages may not import apps.',
  },
];

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
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/src/*', '../../../packages/*', '../../../apps/*'],
              message: 'Import other workspaces by package name, never across a package boundary with ../',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/**/*.{ts,tsx,js,mjs}'],
    ignores: ['packages/eslint-config/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_PACKAGES }] },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
