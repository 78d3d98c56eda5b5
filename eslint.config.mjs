// The process boundaries, enforced mechanically (docs/ARCHITECTURE.md "Who may import
// what"): renderer/, shared/ and the preload never reach for Node; only main/ reaches for
// Electron; shared/ imports neither main/ nor renderer/; the renderer never imports main/;
// only renderer/api.ts reads window.api; no renderer feature imports another; no import
// cycles. tests/tooling proves each rule fails a probe file.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Node's own list, so a new built-in (or one a hand-kept list forgot, like vm) is covered.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, `node:${name}`]);
const NODE_MESSAGE = 'Node modules belong in main/ (the main process).';

const nodeRestriction = {
  paths: nodeBuiltins.map((name) => ({ name, message: NODE_MESSAGE })),
  // The modules that exist only with the prefix (node:test, node:sqlite), which older
  // Nodes leave out of builtinModules; the listed ones are excluded so each is reported once.
  patterns: [{ group: ['node:*', ...nodeBuiltins.filter((name) => name.startsWith('node:')).map((name) => `!${name}`)], message: NODE_MESSAGE }],
};
const electronRestriction = { name: 'electron', message: 'Only main/ may import electron; use renderer/api.ts.' };

// Each folder in renderer/features is a room of its own: it may use renderer/components,
// renderer/app's hooks, renderer/state and shared/, never another feature. Read from the
// folder itself, so a new feature is covered the day it is created.
const FEATURES = readdirSync(`${import.meta.dirname}/renderer/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((name) => ({
  target: `./renderer/features/${name}`,
  from: './renderer/features',
  except: [`./${name}`],
  message: 'Features never import each other: shared UI goes to renderer/components, pure logic to shared/, or renderer/app composes the two.',
}));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'bench-results/**', 'screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle reads the imported files too: it must know how to parse TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      // Exports and tests strip or probe control characters on purpose (XML and file names).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // no-cycle follows runtime imports only: `import type` edges vanish when compiled.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './renderer', from: './main', message: 'The renderer reaches main only through renderer/api.ts and the IPC contract.' },
            { target: './shared', from: ['./main', './renderer'], message: 'shared/ runs anywhere: it imports only shared/.' },
            { target: './main', from: './renderer', message: 'main/ never imports the renderer; share code through shared/.' },
            {
              target: './main/preload.ts',
              from: './main',
              except: ['./preload.ts'],
              message: 'The sandboxed preload bundles only shared/ types and constants.',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { ...nodeRestriction, paths: [electronRestriction, ...nodeRestriction.paths] }] },
  },
  {
    // The sandboxed preload can require only `electron`.
    files: ['main/preload.ts'],
    rules: { 'no-restricted-imports': ['error', nodeRestriction] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use renderer/api.ts.' }],
    },
  },
  {
    // Electron is reached through main/adapters/ (and the entry point, the window and the
    // preload); everything else in main/ runs in plain Node, so tests reach it without Electron.
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/window.ts', 'main/preload.ts', 'main/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Wrap Electron in main/adapters/ and inject it through a port.' }] },
      ],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/exports/**/*.ts', 'main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services stay testable in Node: inject what you need.' }] }],
    },
  },
  {
    // Node scripts and CommonJS stand-ins for Electron.
    files: ['**/*.{mjs,cjs,js}'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', setImmediate: 'readonly', require: 'readonly', exports: 'writable', module: 'writable', __dirname: 'readonly' },
    },
  },
);
