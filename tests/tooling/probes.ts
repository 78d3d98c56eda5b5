// Probe files for the boundary tests: small modules written into a folder of the real tree
// (so the real tsconfig and lint config apply to them) and removed afterwards.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve('.');

export interface ProbeFolder {
  /** Writes `code` to `name` inside the folder and returns its absolute path. */
  write(name: string, code: string): string;
  /** The folder relative to the repository root, with forward slashes. */
  readonly relativeDir: string;
  remove(): void;
}

/** A fresh folder under `area` (e.g. 'renderer'), named so no real file can clash with it. */
export function probeFolder(area: string, tag: string): ProbeFolder {
  const dir = join(ROOT, area, `__boundary_probe_${tag}_${process.pid}__`);
  mkdirSync(dir, { recursive: true });
  return {
    relativeDir: relative(ROOT, dir).split('\\').join('/'),
    write(name, code) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, code);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface CompileResult {
  /** Whether the config's own file list takes the probe in, as `npm run typecheck` would. */
  included: boolean;
  /** TypeScript's error codes for the probe file (e.g. 2584: a DOM name without the DOM library). */
  codes: number[];
  messages: string[];
}

function parseConfig(configPath: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`Cannot read ${configPath}`);
  return parsed;
}

/** Whether `config`'s own file list takes `path` in, as `npm run typecheck` would. */
export function configIncludes(config: string, path: string): boolean {
  return parseConfig(join(ROOT, config)).fileNames.some((name) => resolve(name) === path);
}

/**
 * Type-checks one probe file with the compiler options of `config` (and the config's own
 * declaration files), the way `tsc -p` checks every file of that folder.
 */
export function compileProbe(config: string, probePath: string): CompileResult {
  const parsed = parseConfig(join(ROOT, config));
  const included = configIncludes(config, probePath);
  const declarations = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [...declarations, probePath], options: parsed.options });
  const source = program.getSourceFile(probePath);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ];
  return {
    included,
    codes: diagnostics.map((diagnostic) => diagnostic.code),
    messages: diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')),
  };
}
