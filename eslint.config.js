import { dirname, resolve } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noFeatures = { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app shell.' };
const noMocks = { group: ['**/mocks/**', '!**/mocks/browser'], message: 'The app never imports the mock backend (main.tsx alone, behind mock mode).' };

const serverOnly = { group: ['exceljs', '**/server/**'], message: 'Server only: the Excel parser and the server never reach the browser bundle.' };

const noI18n = { group: ['**/lib/i18n', '**/lib/i18n/**'], message: 'domain/ writes no prose: words are lib/i18n\'s, called by the components.' };

/** The feature folder a file lies in (src/features/<name>/…), if any. */
const featureOf = (file) => /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/.exec(file)?.[1];

/** No feature imports another feature: what two pages share lives in domain, lib or components. */
const ownFeatureOnly = {
  meta: { type: 'problem', schema: [], messages: { other: 'features/{{from}} must not import features/{{to}}: move what they share to domain/, lib/ or components/.' } },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = featureOf(`${resolve(dirname(context.filename), spec)}/`);
      if (to && to !== from) context.report({ node: node.source, messageId: 'other', data: { from, to } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** A page path written as a literal ('/rankings', `/metrics/${id}`): lib/route-paths.ts writes them once. */
const PAGE_PATH = '^\\/(overview|metrics|rankings|communities|present)(\\/|$)';
const noPagePaths = [
  'error',
  { selector: `Literal[value=/${PAGE_PATH}/]`, message: 'Page paths are written once, in lib/route-paths.ts (ROUTE_PATHS, metricPath, communityPath).' },
  { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=/${PAGE_PATH}/]`, message: 'Page paths are written once, in lib/route-paths.ts (ROUTE_PATHS, metricPath, communityPath).' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'bench-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [noMocks, serverOnly] }] } },
  {
    files: ['src/domain/**', 'src/lib/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatures, noMocks, serverOnly] }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatures, noMocks, noI18n, serverOnly, { group: ['react', 'react-*', '@tanstack/*'], message: 'domain/ is pure: no React, no fetching.' }] }] },
  },
  { files: ['src/features/**'], plugins: { local: { rules: { 'own-feature-only': ownFeatureOnly } } }, rules: { 'local/own-feature-only': 'error' } },
  // The API's endpoints (/metrics, /communities) share names with pages: lib/api and the endpoint labels are not page paths.
  { files: ['src/**/*.{ts,tsx}'], ignores: ['src/lib/route-paths.ts', 'src/lib/api/**', 'src/lib/i18n/errors.ts'], rules: { 'no-restricted-syntax': noPagePaths } },
  { files: ['mocks/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**', '**/features/**', '**/app/**'], message: 'mocks may use the contract and domain only.' }] }] } },
);
