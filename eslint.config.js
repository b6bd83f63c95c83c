// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import globals from 'globals';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronBan = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodeBan = nodeModules.map((name) => ({ name, message: 'This side of the app may not use Node modules.' }));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['bin/**/*.js', 'test/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Import boundaries of DESIGN.md: a forbidden import fails `npm test`.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeBan],
          patterns: [{ group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ is pure: no Node, DOM, electron or UI.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeBan],
          patterns: [{ group: ['**/electron/**'], message: 'The renderer talks to main only through the typed client.' }],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronBan], patterns: [{ group: ['**/renderer/**', '**/electron/main/**'], message: 'Services and CLI run without Electron.' }] },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main never imports UI code.' }] }],
    },
  },
);
