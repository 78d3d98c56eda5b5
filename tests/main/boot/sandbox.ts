// A folder in which the built main bundle (out/main/index.js) runs in plain Node: the
// bundle beside a node_modules whose `electron` is the recording stub, every other package
// the real one, linked (resolved from the link, not its target, so they see the stub too).
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function makeBootSandbox(root: string): string {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('Build first: npm run build (npm test does).');
  const sandbox = mkdtempSync(join(tmpdir(), 'rekindle-boot-'));
  cpSync(join(root, 'out'), join(sandbox, 'out'), { recursive: true });
  cpSync(join(root, 'package.json'), join(sandbox, 'package.json'));
  mkdirSync(join(sandbox, 'node_modules/electron'), { recursive: true });
  cpSync(join(root, 'tests/main/boot/electron-stub.cjs'), join(sandbox, 'node_modules/electron/index.js'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'electron' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(sandbox, 'node_modules', name));
  }
  mkdirSync(join(sandbox, 'data'));
  return sandbox;
}

/**
 * Starts main in the sandbox and returns the stub's record, printed as it exits. The stub
 * quits the app once it has played the window; the process ends only if main then lets go
 * of all it holds open (the folder watcher, the journal). One that stays alive is killed at
 * the limit and reported as such rather than as a missing record.
 */
export async function bootMain<T>(sandbox: string, env: Record<string, string> = {}, timeoutMs = 30_000): Promise<T> {
  const { stdout } = await run(process.execPath, ['--preserve-symlinks', 'out/main/index.js'], {
    cwd: sandbox,
    env: { ...process.env, REKINDLE_BOOT_DATA: join(sandbox, 'data'), ...env },
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { killed?: boolean; stderr?: string }) => {
    throw new Error(error.killed ? 'main kept running after the app quit' : `main failed to start: ${error.stderr ?? String(error)}`);
  });
  const line = stdout.split('\n').find((text) => text.startsWith('BOOT '));
  return JSON.parse(line?.slice(5) ?? '{}') as T;
}
