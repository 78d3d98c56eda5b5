// The process the crash test kills: the real store and the real people handler over a data
// folder, saving people as fast as it can. It prints "ACK <id>" only after a save answered
// (stdout to a pipe is synchronous on Linux, so the line is out before the next call).
// Only the record handlers are built, so a start-up does not load the PDF and Word libraries.
import { recordHandlers } from '../../../main/handlers/records';
import { createServiceContext } from '../../../main/services/context';
import { UndoShelf } from '../../../main/services/undo';
import { DataStore } from '../../../main/store/data-store';
import { confEngine } from '../../../main/store/engine';
import { unitOfWork } from '../../../main/store/unit-of-work';
import { contract } from '../../../shared/ipc/contract';
import { referenceFieldsSchema } from '../../../shared/schema/person';
import { makeReference } from '../../fixtures/documents';

const [dataDir = '', prefix = 'child'] = process.argv.slice(2);

async function run(): Promise<void> {
  const now = () => new Date();
  const store = DataStore.open({ dir: dataDir, engine: confEngine, now });
  const context = createServiceContext(now);
  // Built the way openAppCore builds it, with only the handlers this process calls.
  const save = recordHandlers({ work: unitOfWork(store), context, undo: new UndoShelf(context.newId) })['references:save'];
  process.stdout.write('READY\n');
  for (let n = 0; ; n += 1) {
    const fields = referenceFieldsSchema.parse(makeReference({ name: `${prefix} ${n}`, notes: 'x'.repeat(n % 400) }));
    const { id } = await save(contract['references:save'].request.parse({ id: null, fields }));
    process.stdout.write(`ACK ${id}\n`);
    // Fold the journal into the snapshot now and then, so kills land in compactions too.
    if (n % 9 === 8) store.compact();
  }
}

void run();
