// Bundles the real main/preload.ts for the browser, with `electron` replaced by the shim.
import { resolve } from 'node:path';
import { build } from 'vite';

export const E2E_PRELOAD = resolve('out/e2e/preload.js');

export async function buildE2ePreload(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { electron: resolve('tests/e2e/electron-shim.ts') } },
    build: {
      outDir: resolve('out/e2e'),
      emptyOutDir: true,
      minify: false,
      lib: { entry: resolve('main/preload.ts'), formats: ['iife'], name: 'rekindlePreload', fileName: () => 'preload.js' },
    },
  });
}
