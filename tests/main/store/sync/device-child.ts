// One computer as its own process, for the sync tests. `add`: saves people through the real
// people handler on a folder it may share with another process, looking at the folder now
// and then, and at the end waits until it sees `expect` people. `random`: random edits of
// whoever it sees, in its own folder, which the test's sync service fills meanwhile.
// Each acknowledged change is printed as `ACK <json>` only after it was saved.
import { recordHandlers } from '../../../../main/handlers/records';
import { createServiceContext } from '../../../../main/services/context';
import { UndoShelf } from '../../../../main/services/undo';
import { DataStore } from '../../../../main/store/data-store';
import { confEngine } from '../../../../main/store/engine';
import { unitOfWork } from '../../../../main/store/unit-of-work';
import { contract } from '../../../../shared/ipc/contract';
import { referenceFieldsSchema } from '../../../../shared/schema/person';
import { makeReference } from '../../../fixtures/documents';
import { seededRandom } from '../../../bench/generate';

const [dir = '', deviceId = 'child', mode = 'add', countText = '300', expectText = '0', seedText = '1'] = process.argv.slice(2);
const count = Number(countText);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function run(): Promise<void> {
  const now = () => new Date();
  const store = DataStore.open({ dir, engine: confEngine, now, deviceId, deviceName: `Computer ${deviceId}` });
  const context = createServiceContext(now);
  const save = recordHandlers({ work: unitOfWork(store), context, undo: new UndoShelf(context.newId) })['references:save'];
  const random = seededRandom(Number(seedText));
  for (let n = 0; n < count; n += 1) {
    const people = store.document.references;
    if (mode === 'add' || people.length === 0 || random() < 0.3) {
      const fields = referenceFieldsSchema.parse(makeReference({ name: `${deviceId} ${n}` }));
      const { id } = await save(contract['references:save'].request.parse({ id: null, fields }));
      process.stdout.write(`ACK ${JSON.stringify({ kind: 'add', id })}\n`);
    } else {
      const target = people[Math.floor(random() * people.length)];
      if (!target) continue;
      const value = `${deviceId} note ${n}`;
      store.update((document) => ({ ...document, references: document.references.map((record) => (record.id === target.id ? { ...record, notes: value } : record)) }));
      process.stdout.write(`ACK ${JSON.stringify({ kind: 'edit', id: target.id, field: 'notes', value, replaced: target.notes })}\n`);
    }
    if (n % 7 === 0) store.absorbExternal();
    if (mode === 'random') await sleep(Math.floor(random() * 4));
  }
  const until = Date.now() + 40_000;
  while (store.document.references.length < Number(expectText) && Date.now() < until) {
    await sleep(50);
    store.absorbExternal();
  }
  store.close();
  process.stdout.write(`TOTAL ${store.document.references.length}\n`);
}

void run();
