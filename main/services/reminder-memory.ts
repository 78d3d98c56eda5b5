// What was already notified, kept in a small file beside the data so a restart on the same
// day does not repeat the day's summary. It is not the user's data: no journal, no backup;
// a torn or missing file only means a reminder may be shown once more.
import { readFileSync, writeFileSync } from 'node:fs';
import { notifiedSchema, type Notified } from '../../shared/reminders/plan';
import type { ReminderMemory } from './reminders';

export function fileReminderMemory(path: string): ReminderMemory {
  return {
    load(): Notified | null {
      try {
        const parsed = notifiedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(notified) {
      try {
        writeFileSync(path, JSON.stringify(notified), { mode: 0o600 });
      } catch {
        // A full or read-only disk must not stop the reminders; at worst one repeats.
      }
    },
  };
}
