import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { pageContentSecurityPolicy } from './main/security';
import { oneLanguageCatalogues } from './scripts/one-language-catalogues';

const CSP_PLACEHOLDER = '%REKINDLE_CONTENT_SECURITY_POLICY%';

/**
 * Writes the one Content Security Policy (main/security.ts) into index.html's meta tag:
 * the strict one into the build, the dev server's relaxed one for `npm run dev`. A page
 * without the placeholder fails the build rather than ship without a policy.
 */
function contentSecurityPolicy(): Plugin {
  let mode: 'build' | 'serve' = 'build';
  return {
    name: 'rekindle-content-security-policy',
    configResolved: (config) => {
      mode = config.command;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes(CSP_PLACEHOLDER)) throw new Error(`index.html has no ${CSP_PLACEHOLDER} to write the policy into`);
        return html.replace(CSP_PLACEHOLDER, pageContentSecurityPolicy(mode));
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('main/preload.ts') },
        // A sandboxed preload can only require('electron'): everything else is bundled in.
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), contentSecurityPolicy(), oneLanguageCatalogues(resolve('.'))],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the page unminified; React alone is then close to half a megabyte.
      // REKINDLE_NO_MINIFY=1 keeps the functions' names, for reading a profile of the window.
      minify: process.env.REKINDLE_NO_MINIFY ? false : true,
      // Read by tests/e2e/initial-javascript.test.ts: what launch loads, chunk by chunk.
      manifest: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
