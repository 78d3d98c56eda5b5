// `npm run bench [-- --only=drag,exports] [-- --sizes=S,M]`: runs the bench project of
// vitest with the figures and sizes asked for. Without either it is a full run, the only
// kind that updates docs/bench-latest.json.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';

const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const unknown = process.argv.slice(2).filter((arg) => !/^--(only|sizes)=/.test(arg));
if (unknown.length > 0) {
  console.error(`bench: unknown argument ${unknown.join(' ')}; use --only=figure,… and --sizes=S,M,L`);
  process.exit(2);
}
const env = { ...process.env };
if (option('only')) env.BENCH_ONLY = option('only');
if (option('sizes')) env.BENCH_SIZES = option('sizes');
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'bench'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
