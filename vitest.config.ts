import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One vitest run, four projects: each runs where its code runs. e2e drives the built
// renderer in Chromium, so it runs after `npm run build` and one file at a time (2 cores).
export default defineConfig({
  test: {
    reporters: process.env.CI_JSON_REPORT ? ['default', ['json', { outputFile: process.env.CI_JSON_REPORT }]] : ['default'],
    projects: [
      {
        test: { name: 'shared', environment: 'node', include: ['tests/shared/**/*.test.ts'] },
      },
      {
        test: { name: 'main', environment: 'node', include: ['tests/main/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // The process boundaries: probe files that must fail tsc or lint.
        // `*.built.test.ts` read the build's output: the e2e project runs them, after the build.
        test: {
          name: 'tooling',
          environment: 'node',
          include: ['tests/tooling/**/*.test.ts'],
          exclude: ['tests/tooling/**/*.built.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/tooling/**/*.built.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Not part of `npm test`: `npm run drafts` writes every draft to docs/drafts-review.md.
        test: { name: 'drafts', environment: 'node', include: ['tests/drafts/**/*.review.ts'] },
      },
      {
        // Not part of `npm test`: `npm run screenshots` writes PNGs of every screen for review.
        test: {
          name: 'screenshots',
          environment: 'node',
          include: ['tests/e2e/**/*.shots.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Not part of `npm test`: `npm run bench` times the app at three data sizes and reports.
        test: {
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.perf.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
