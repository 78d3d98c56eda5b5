// A key that the catalogues do not hold must fail to compile, in the window and in main,
// the way a misspelt import would; the keys that exist must keep compiling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProbe, probeFolder, type ProbeFolder } from './probes';

const RENDERER = (key: string) => `import { useTranslation } from 'react-i18next';

export function useLabel(): string {
  const { t } = useTranslation();
  return t('${key}');
}
`;

const MAIN = (key: string) => `import { translator } from '../../shared/i18n';

export const label = (): string => translator('de')('${key}');
`;

const DYNAMIC = `import { translator } from '../../shared/i18n';
import type { Stage } from '../../shared/schema/request';

export const stageName = (stage: Stage): string => translator('en')(\`records.stage.\${stage}\`);
export const anyName = (code: string): string => translator('en')(\`records.stage.\${code}\`);
`;

describe.each([
  { area: 'renderer', config: 'renderer/tsconfig.json', probe: RENDERER },
  { area: 'main', config: 'main/tsconfig.json', probe: MAIN },
])('t() in $area', ({ area, config, probe }) => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder(area, 'keys');
  });
  afterAll(() => folder.remove());

  it('compiles a key the catalogues hold', () => {
    const result = compileProbe(config, folder.write('known.ts', probe('records.status.rejected')));

    expect(result.messages).toEqual([]);
  });

  it.each(['records.status.refused', 'record.status.rejected', 'records.status'])('refuses the key %s', (key) => {
    const result = compileProbe(config, folder.write('unknown.ts', probe(key)));

    expect(result.messages.join('\n')).toMatch(/not assignable|No overload matches/);
  });
});

describe('a key built from a value', () => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder('main', 'dynamic-keys');
  });
  afterAll(() => folder.remove());

  it('compiles when the value is a union the catalogue covers and fails for any string', () => {
    const result = compileProbe('main/tsconfig.json', folder.write('dynamic.ts', DYNAMIC));
    const lines = result.messages;

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/`records\.stage\.\$\{string\}`/);
  });
});
