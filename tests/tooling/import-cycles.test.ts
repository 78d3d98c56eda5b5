// No import cycles, type-only ones included. Lint's import-x/no-cycle follows runtime imports
// only (an `import type` vanishes when compiled), yet a type-only cycle still ties two modules
// into one: neither can be understood, moved or tested alone. This walks every relative
// import and re-export, types included, as TypeScript reads them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFolder, ROOT, type ProbeFolder } from './probes';

const FOLDERS = ['main', 'shared', 'renderer'];

/** Other tooling tests write probe folders into the tree while this runs; they are not the app. */
const PROBE = /^__boundary_probe_/;

function sourceFiles(dir: string, probes = false): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (!probes && PROBE.test(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, probes);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function importedFiles(file: string, known: Set<string>): string[] {
  const { importedFiles: imports } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
  return imports
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name))
    .flatMap((base) => [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base].find((path) => known.has(path)) ?? []);
}

/** The strongly connected groups of more than one file (Tarjan), as paths from the root. */
function importCycles(folders: string[], probes = false): string[][] {
  const files = folders.flatMap((folder) => sourceFiles(join(ROOT, folder), probes));
  const known = new Set(files);
  const edges = new Map(files.map((file) => [file, importedFiles(file, known)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
    }
    if (low.get(file) !== index.get(file)) return;
    const group = stack.splice(stack.indexOf(file));
    if (group.length > 1) cycles.push(group.map((path) => relative(ROOT, path).split('\\').join('/')).sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  let folder: ProbeFolder;

  beforeAll(() => {
    folder = probeFolder('main', 'cycles');
  });
  afterAll(() => folder.remove());

  it('finds none in main, shared and the renderer, counting type-only imports', () => {
    expect(importCycles(FOLDERS)).toEqual([]);
  });

  it('finds a cycle made only of type imports', () => {
    folder.write('a.ts', "import type { B } from './b';\nexport interface A { b: B }\n");
    folder.write('b.ts', "import type { A } from './a';\nexport interface B { a?: A }\n");

    expect(importCycles([folder.relativeDir], true)).toEqual([[`${folder.relativeDir}/a.ts`, `${folder.relativeDir}/b.ts`]]);
  });
});
