// The file operations the store performs, as a port: the real `node:fs` in the app, and in
// tests a file system that runs out of space at a chosen byte or fails a chosen call.
import * as fs from 'node:fs';

export interface FileSystem {
  openSync(path: string, flags: string, mode?: number): number;
  /** May write fewer bytes than asked (a nearly full disk does): callers loop. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  readdirSync(path: string): string[];
  readFileSync(path: string): Buffer;
  mkdirSync(path: string, options: { recursive: true; mode?: number }): void;
  /** Null when nothing is there. */
  sizeOf(path: string): number | null;
  /** Last modification in milliseconds, null when nothing is there; lets a re-read be skipped. */
  modifiedAt?(path: string): number | null;
}

export const nodeFileSystem: FileSystem = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (from, to) => fs.renameSync(from, to),
  unlinkSync: (path) => fs.unlinkSync(path),
  readdirSync: (path) => fs.readdirSync(path),
  readFileSync: (path) => fs.readFileSync(path),
  mkdirSync: (path, options) => {
    fs.mkdirSync(path, options);
  },
  sizeOf: (path) => {
    try {
      return fs.statSync(path).size;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
  },
  modifiedAt: (path) => {
    try {
      return fs.statSync(path).mtimeMs;
    } catch {
      return null;
    }
  },
};
