// How long the built main process takes to load its code, and which packages it loads
// before the window exists: `npm run build`, then
// `node scripts/measure-main-startup.mjs [--runs=15] [--out=another/out]`.
// Electron is replaced by a stub whose app never gets ready, so only loading is timed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Number(option('runs', '15'));
// Another build's output, to compare with this one: --out=path/to/out
const outDir = resolve(option('out', join(root, 'out')));
const sandbox = mkdtempSync(join(tmpdir(), 'rekindle-main-startup-'));
// Written out one by one: Node finds a CommonJS module's named exports by reading its source.
const ELECTRON_NAMES = ['BrowserWindow', 'Menu', 'MenuItem', 'Notification', 'dialog', 'ipcMain', 'powerMonitor', 'protocol', 'screen', 'session', 'shell', 'nativeTheme', 'nativeImage', 'clipboard', 'net', 'Tray', 'webContents', 'systemPreferences', 'safeStorage', 'globalShortcut'];
const STUB = `
const nothing = new Proxy(function () {}, { get: (_, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : nothing), apply: () => nothing, construct: () => nothing });
const app = new Proxy({}, { get: (_, key) => key === 'whenReady' ? () => new Promise(() => {}) : key === 'getPath' ? () => process.env.REKINDLE_STARTUP_DATA : key === 'isPackaged' ? false : key === 'requestSingleInstanceLock' ? () => true : nothing });
exports.app = app;
${ELECTRON_NAMES.map((name) => `exports.${name} = nothing;`).join('\n')}
`;
// Every module Node resolves, ES modules included, is noted in a file by a resolve hook.
const HOOK = `
import { appendFileSync } from 'node:fs';
let log;
export function initialize(file) { log = file; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}
`;
const PROBE = `
import { readFileSync } from 'node:fs';
import { register } from 'node:module';
const log = new URL('./resolved.txt', import.meta.url);
// The hook slows loading down: the timed runs go without it.
if (process.env.LIST_MODULES) register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: log.pathname });
const started = performance.now();
await import('./out/main/index.js');
const ms = performance.now() - started;
const { createRequire } = await import('node:module');
const loaded = [...Object.keys(createRequire(import.meta.url).cache), ...(process.env.LIST_MODULES ? readFileSync(log, 'utf8').split('\\n') : [])];
const packages = [...new Set(loaded.map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean))].sort();
console.log(JSON.stringify({ ms, packages }));
process.exit(0);
`;
try {
  cpSync(outDir, join(sandbox, 'out'), { recursive: true });
  cpSync(join(root, 'package.json'), join(sandbox, 'package.json'));
  mkdirSync(join(sandbox, 'node_modules/electron'), { recursive: true });
  writeFileSync(join(sandbox, 'node_modules/electron/index.js'), STUB);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'electron' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(sandbox, 'node_modules', name));
  }
  writeFileSync(join(sandbox, 'probe.mjs'), PROBE);
  mkdirSync(join(sandbox, 'data'));
  const probe = (list) => {
    const env = { ...process.env, REKINDLE_STARTUP_DATA: join(sandbox, 'data'), ...(list ? { LIST_MODULES: '1' } : {}) };
    const out = execFileSync(process.execPath, ['--preserve-symlinks', 'probe.mjs'], { cwd: sandbox, env });
    return JSON.parse(out.toString().trim().split('\n').pop());
  };
  const listed = probe(true);
  const results = Array.from({ length: runs }, () => probe(false));
  const times = results.map((result) => result.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`main loads its code in ${median.toFixed(0)} ms (median of ${runs}; ${times[0].toFixed(0)} to ${times.at(-1).toFixed(0)} ms)`);
  console.log(`Packages loaded before the window: ${listed.packages.join(', ')}`);
} finally {
  rmSync(sandbox, { recursive: true, force: true });
}
