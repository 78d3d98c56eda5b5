// The renderer's feature folders do not import each other (eslint.config.mjs, featureZones):
// a probe in one feature that reaches into another fails lint, a type-only import too, and
// a feature folder created later is covered without touching the config.
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFolder, ROOT, type ProbeFolder } from './probes';

const FEATURE_RULE = 'import-x/no-restricted-paths';

async function messages(eslint: ESLint, path: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintFiles([path]);
  return result?.messages ?? [];
}

/** How many imports the feature rule refused, told apart from the other restricted-path zones by its message. */
function featureHits(found: Linter.LintMessage[]): number {
  return found.filter((message) => message.ruleId === FEATURE_RULE && message.message.includes('Features never import each other')).length;
}

describe('the feature boundaries', () => {
  let insideBoard: ProbeFolder;
  let newFeature: ProbeFolder;
  let eslint: ESLint;

  beforeAll(() => {
    insideBoard = probeFolder('renderer/features/board', 'lint');
    // A folder straight under renderer/features is a feature of its own.
    newFeature = probeFolder('renderer/features', 'lint');
    // Made after the folders, so the config lists the new feature as it would the day it is added.
    eslint = new ESLint({ cwd: ROOT });
  });
  afterAll(() => {
    for (const folder of [insideBoard, newFeature]) folder?.remove();
  });

  it('lets a feature use its own files, renderer/components, renderer/app and shared/', async () => {
    const code = [
      "import { filtersActive } from '../board-model';",
      "import { Avatar } from '../../../components/Avatar';",
      "import { useViewCommand } from '../../../app/commands';",
      "import { isLate } from '../../../../shared/due';",
      'export { Avatar, filtersActive, isLate, useViewCommand };',
      '',
    ].join('\n');

    expect(await messages(eslint, insideBoard.write('clean.ts', code))).toEqual([]);
  });

  it('refuses a feature importing another feature, type-only imports included', async () => {
    const code = [
      "import { todayGroups } from '../../today/today-model';",
      "import type { SheetChoice } from '../../exports/sheet-people';",
      'export type Probe = SheetChoice;',
      'export { todayGroups };',
      '',
    ].join('\n');

    expect(featureHits(await messages(eslint, insideBoard.write('crossing.ts', code)))).toBe(2);
  });

  it('covers a feature folder added after the config was written', async () => {
    const code = "import { filtersActive } from '../board/board-model';\nexport { filtersActive };\n";

    expect(featureHits(await messages(eslint, newFeature.write('crossing.ts', code)))).toBe(1);
  });
});
