// Each import rule of eslint.config.mjs bites: a probe that crosses a boundary fails lint
// with the rule that guards it, and the same folder's plain code passes.
import { ESLint } from 'eslint';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFolder, ROOT, type ProbeFolder } from './probes';

const eslint = new ESLint({ cwd: ROOT });

async function ruleHits(path: string, code?: string): Promise<string[]> {
  const [result] = code === undefined ? await eslint.lintFiles([path]) : await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const builtins = builtinModules.filter((name) => !name.startsWith('_'));
/** One import of every Node built-in, bare and with `node:`, plus two that exist only with the prefix. */
const EVERY_BUILTIN = [...builtins.flatMap((name) => [name, `node:${name}`]), 'node:test', 'node:test/reporters']
  .map((name, index) => `import * as builtin${index} from '${name}';\nexport { builtin${index} };\n`)
  .join('');
const BUILTIN_COUNT = builtins.length * 2 + 2;

const count = (hits: string[], rule: string) => hits.filter((hit) => hit === rule).length;

describe('the lint boundaries', () => {
  let renderer: ProbeFolder;
  let shared: ProbeFolder;
  let main: ProbeFolder;

  beforeAll(() => {
    renderer = probeFolder('renderer', 'lint');
    shared = probeFolder('shared', 'lint');
    main = probeFolder('main', 'lint');
  });
  afterAll(() => {
    for (const folder of [renderer, shared, main]) folder?.remove();
  });

  it('passes plain code on each side of the boundaries', async () => {
    const rendererCode = "import { useState } from 'react';\nimport { api } from '../api';\nexport function useCount() {\n  const [n] = useState(0);\n  return [n, api];\n}\n";
    const mainCode = "import { readFileSync } from 'node:fs';\nimport type { App } from 'electron';\nexport const read = (app: App) => [readFileSync('x'), app];\n";

    expect(await ruleHits(renderer.write('clean.tsx', rendererCode))).toEqual([]);
    expect(await ruleHits(shared.write('clean.ts', "import { toIsoDate } from '../dates';\nexport const today = toIsoDate;\n"))).toEqual([]);
    expect(await ruleHits(main.write('clean.ts', mainCode))).toEqual([]);
  });

  it('keeps main/ out of the renderer', async () => {
    const hits = await ruleHits(renderer.write('to-main.ts', "import { dispatch } from '../../main/ipc';\nexport { dispatch };\n"));

    expect(hits).toContain('import-x/no-restricted-paths');
  });

  it('keeps main/ and renderer/ out of shared/', async () => {
    const code = "import { dispatch } from '../../main/ipc';\nimport { api } from '../../renderer/api';\nexport { api, dispatch };\n";

    expect(count(await ruleHits(shared.write('up.ts', code)), 'import-x/no-restricted-paths')).toBe(2);
  });

  it('keeps the renderer out of main/', async () => {
    const hits = await ruleHits(main.write('to-renderer.ts', "import { api } from '../../renderer/api';\nexport { api };\n"));

    expect(hits).toContain('import-x/no-restricted-paths');
  });

  it.each(['renderer', 'shared'] as const)('refuses every Node built-in in %s/, bare and with node:', async (area) => {
    const folder = area === 'renderer' ? renderer : shared;
    const hits = await ruleHits(folder.write('builtins.ts', EVERY_BUILTIN));

    expect(count(hits, 'no-restricted-imports')).toBe(BUILTIN_COUNT);
  });

  it.each(['renderer', 'shared'] as const)('refuses electron in %s/', async (area) => {
    const folder = area === 'renderer' ? renderer : shared;

    expect(await ruleHits(folder.write('electron.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n"))).toContain(
      'no-restricted-imports',
    );
  });

  it('lets the preload require only electron and shared/', async () => {
    const preload = join(ROOT, 'main/preload.ts');
    const allowed = "import { contextBridge } from 'electron';\nimport { COMMAND_CHANNEL } from '../shared/ipc/channels';\nexport { contextBridge, COMMAND_CHANNEL };\n";

    expect(await ruleHits(preload, allowed)).toEqual([]);
    expect(count(await ruleHits(preload, EVERY_BUILTIN), 'no-restricted-imports')).toBe(BUILTIN_COUNT);
    expect(await ruleHits(preload, "import { dispatch } from './ipc';\nexport { dispatch };\n")).toContain('import-x/no-restricted-paths');
  });

  it('keeps electron out of the services', async () => {
    const services = probeFolder('main/services', 'lint');
    try {
      const hits = await ruleHits(services.write('probe.ts', "import { shell } from 'electron';\nexport { shell };\n"));
      expect(hits).toContain('no-restricted-imports');
    } finally {
      services.remove();
    }
  });

  it('lets only the adapters (and the entry point) reach Electron in main/', async () => {
    const code = "import { shell } from 'electron';\nexport { shell };\n";
    const adapters = probeFolder('main/adapters', 'lint');
    try {
      expect(await ruleHits(main.write('electron.ts', code))).toContain('no-restricted-imports');
      expect(await ruleHits(adapters.write('electron.ts', code))).toEqual([]);
    } finally {
      adapters.remove();
    }
  });

  it('lets only renderer/api.ts read window.api', async () => {
    const hits = await ruleHits(renderer.write('bridge.ts', 'export const bridge = () => window.api;\n'));

    expect(hits).toContain('no-restricted-properties');
  });

  it('fails a new import cycle', async () => {
    main.write('cycle/a.ts', "import { b } from './b';\nexport const a = () => b() + 1;\n");
    const b = main.write('cycle/b.ts', "import { a } from './a';\nexport const b = () => (Math.random() > 2 ? a() : 0);\n");

    expect(await ruleHits(b)).toContain('import-x/no-cycle');
  });

  it('applies the rules of hooks in the renderer', async () => {
    const code = "import { useState } from 'react';\nexport function useMaybe(on: boolean) {\n  if (on) useState(0);\n}\n";

    expect(await ruleHits(renderer.write('hooks.ts', code))).toContain('react-hooks/rules-of-hooks');
  });
});
