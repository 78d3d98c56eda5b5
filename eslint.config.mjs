// The process boundaries, enforced mechanically: renderer/ and shared/ never reach for
// Electron or Node, and only renderer/api.ts reads window.api.
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'fs/promises', 'http', 'https', 'net',
  'os', 'path', 'process', 'stream', 'tls', 'url', 'util', 'worker_threads', 'zlib',
];

const noElectronOrNode = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message: 'Only main/ may import electron; use renderer/api.ts.' },
        ...nodeBuiltins.map((name) => ({ name, message: 'Node modules belong in main/.' })),
      ],
      patterns: [{ group: ['node:*'], message: 'Node modules belong in main/.' }],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', 'bench-results/**', 'screenshots/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: noElectronOrNode,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'api', message: 'Use renderer/api.ts.' }],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/exports/**/*.ts', 'main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services stay testable in Node: inject what you need.' }] }],
    },
  },
);
