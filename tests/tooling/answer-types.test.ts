// The contract's hold on answers, proved on tests/types/answers-exactly.ts: the file as it
// is compiles, and taking away any one `@ts-expect-error` brings back the very error that
// line stands for. A rule that stopped holding would leave its line compiling, and fail here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileProbe, probeFolder, ROOT, type ProbeFolder } from './probes';

const SOURCE = readFileSync(join(ROOT, 'tests/types/answers-exactly.ts'), 'utf8');
const CONFIG = 'tests/tsconfig.json';
const DIRECTIVE = '// @ts-expect-error';

/** What tsc must say once the directive inside each declaration is gone. */
const EXPECTED: Record<string, string[]> = {
  extraField: ['answers fields the contract does not declare', '"request"'],
  nestedExtraField: ['answers fields the contract does not declare', '"internalId"'],
  missingField: ["Property 'id' is missing"],
  fakeWithExtraField: ['answers fields the contract does not declare', '"request"'],
  fakeWithWrongShape: ["Property 'patch' is missing"],
};

/** The file with the directive inside `export const <name>` removed, the others kept. */
function withoutDirective(name: string): string {
  const start = SOURCE.indexOf(`export const ${name} =`);
  const at = SOURCE.indexOf(DIRECTIVE, start);
  if (start < 0 || at < 0 || at > SOURCE.indexOf('\n});', start)) throw new Error(`No directive inside ${name}`);
  return SOURCE.slice(0, at) + '// (directive removed)' + SOURCE.slice(SOURCE.indexOf('\n', at));
}

describe('answers held to the contract', () => {
  let folder: ProbeFolder;

  beforeAll(() => {
    // A folder beside tests/types, so the file's relative imports resolve the same.
    folder = probeFolder('tests', 'answers');
  });
  afterAll(() => folder.remove());

  it('compiles the file as it is: exact answers pass and every expected error is met', () => {
    const result = compileProbe(CONFIG, folder.write('as-is.ts', SOURCE));

    expect(result.included).toBe(true);
    expect(result.messages).toEqual([]);
  });

  it('has a directive for each case it checks, and checks each directive', () => {
    const directives = SOURCE.split('\n').filter((line) => line.trim().startsWith(DIRECTIVE));
    expect(directives).toHaveLength(Object.keys(EXPECTED).length);
  });

  it.each(Object.entries(EXPECTED))('refuses %s once its directive is gone', (name, expected) => {
    const result = compileProbe(CONFIG, folder.write(`${name}.ts`, withoutDirective(name)));

    expect(result.messages).toHaveLength(1);
    for (const part of expected) expect(result.messages[0]).toContain(part);
  });
});
