import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noFeatures = { group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app shell.' };
const noMocks = { group: ['**/mocks/**', '!**/mocks/browser'], message: 'The app never imports the mock backend (main.tsx alone, behind mock mode).' };

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
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [noMocks] }] } },
  {
    files: ['src/domain/**', 'src/lib/**', 'src/components/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatures, noMocks] }] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noFeatures, noMocks, { group: ['react', 'react-*', '@tanstack/*'], message: 'domain/ is pure: no React, no fetching.' }] }] },
  },
  { files: ['mocks/**'], rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/components/**', '**/features/**', '**/app/**'], message: 'mocks may use the contract and domain only.' }] }] } },
);
