// The process the move-crash test kills: the real store on the app folder and the real
// move into `picked`, as Settings → Data folder runs it. It prints "MOVING" just before the
// move starts and "MOVED <ms>" once the pointer is written, then waits to be killed.
import { performance } from 'node:perf_hooks';
import { moveData, planMove } from '../../../main/services/data-location/move-data';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { nodeFolderFileSystem } from '../../../main/store/folder-files';

const [appDir = '', picked = ''] = process.argv.slice(2);
const now = () => new Date('2026-03-02T08:00:00.000Z');
const open = (dir: string) => DataStore.open({ dir, engine: confEngine, now });

const live = open(appDir);
process.stdout.write('MOVING\n');
const started = performance.now();
const target = planMove(nodeFolderFileSystem, appDir, picked, appDir);
live.compact();
moveData({ fs: nodeFolderFileSystem, appDir, openStore: open }, { dir: appDir, document: live.document, previousDir: null, previousFiles: [] }, target);
process.stdout.write(`MOVED ${Math.round(performance.now() - started)}\n`);
setInterval(() => {}, 60_000);
