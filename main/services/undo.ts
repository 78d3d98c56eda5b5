// Deleted records kept in memory for a while so the window can offer Undo.
import type { RemovedRecords } from './records';

const KEPT = 50;

export class UndoShelf {
  private readonly entries = new Map<string, RemovedRecords>();

  constructor(private readonly newToken: () => string) {}

  put(removed: RemovedRecords): string {
    const token = this.newToken();
    this.entries.set(token, removed);
    // Oldest first: Map keeps insertion order.
    while (this.entries.size > KEPT) this.entries.delete(this.entries.keys().next().value as string);
    return token;
  }

  take(token: string): RemovedRecords | null {
    const removed = this.entries.get(token) ?? null;
    this.entries.delete(token);
    return removed;
  }
}
