// The files main wrote in this run (exports the user saved, prints in the temp folder).
// "Open" and "Show in folder" act only on these: the window cannot name any other path.
import { resolve } from 'node:path';
import { DomainError } from './context';

export class WrittenFiles {
  private readonly paths = new Set<string>();

  remember(path: string): void {
    this.paths.add(resolve(path));
  }

  /** The path as main wrote it; a typed not_found error for anything else. */
  check(path: string): string {
    const resolved = resolve(path);
    if (!this.paths.has(resolved)) throw new DomainError('not_found', 'Rekindle did not write this file, so it will not open it.');
    return resolved;
  }
}
