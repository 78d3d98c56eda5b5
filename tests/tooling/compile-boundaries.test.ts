// Each process compiles against the runtime it has: a probe that reaches for the wrong one
// must fail `tsc` with that folder's own tsconfig.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileProbe, configIncludes, probeFolder, ROOT, type ProbeFolder } from './probes';

// TypeScript's own codes: a DOM name without the DOM library, a Node name without Node's
// types (two wordings), a module it cannot find.
const NO_DOM = 2584;
const NO_NODE = [2580, 2591];
const NO_MODULE = [2307, 2591];

const CLEAN = 'export const sum = [1, 2, 3].reduce((total, value) => total + value, 0);\n';

describe.each([
  { area: 'shared', config: 'shared/tsconfig.json' },
  { area: 'renderer', config: 'renderer/tsconfig.json' },
  { area: 'main', config: 'main/tsconfig.json' },
])('the $area tsconfig', ({ area, config }) => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder(area, 'tsc');
  });
  afterAll(() => folder.remove());

  it('checks every new file of its folder and compiles plain code', () => {
    const result = compileProbe(config, folder.write('clean.ts', CLEAN));

    expect(result.included).toBe(true);
    expect(result.messages).toEqual([]);
  });

  if (area !== 'renderer') {
    it('refuses the DOM', () => {
      const result = compileProbe(config, folder.write('dom.ts', 'export const title = document.title;\n'));

      expect(result.codes).toContain(NO_DOM);
    });
  }

  if (area !== 'main') {
    it('refuses Node’s globals', () => {
      const result = compileProbe(config, folder.write('node-global.ts', 'export const home = process.env.HOME;\n'));

      expect(result.codes.some((code) => NO_NODE.includes(code))).toBe(true);
    });

    it('refuses Node’s modules', () => {
      const code = "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('x');\n";
      const result = compileProbe(config, folder.write('node-module.ts', code));

      expect(result.codes.some((code) => NO_MODULE.includes(code))).toBe(true);
    });
  }
});

describe('the renderer tsconfig', () => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder('renderer', 'tsc-dom');
  });
  afterAll(() => folder.remove());

  it('has the DOM the page runs in', () => {
    const result = compileProbe('renderer/tsconfig.json', folder.write('dom.ts', 'export const title = (): string => document.title;\n'));

    expect(result.messages).toEqual([]);
  });
});

const PRELOAD = join(ROOT, 'main/preload.ts');

describe('the main tsconfig', () => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder('main', 'tsc-node');
  });
  afterAll(() => folder.remove());

  it('has Node’s types and leaves the preload to its own config', () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const read = (): string => readFileSync(process.cwd(), 'utf8');\n";
    const result = compileProbe('main/tsconfig.json', folder.write('node.ts', code));

    expect(result.messages).toEqual([]);
    expect(configIncludes('main/tsconfig.json', PRELOAD)).toBe(false);
    expect(configIncludes('main/tsconfig.preload.json', PRELOAD)).toBe(true);
  });
});
