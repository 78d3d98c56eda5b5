// What the import tests share: text as the bytes of an uploaded file, and the typed error
// a refused file must give.
import { DomainError } from '../../../main/services/context';

export function fileBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}
