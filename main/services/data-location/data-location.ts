// "Data folder" in Settings: where the data lives, moving it, opening a Rekindle folder made
// on another computer, removing the copy a move left behind, and the way out when the chosen
// folder is missing at launch. The folders come from main's own dialog, never the window.
import { join } from 'node:path';
import type { DataLocation, FolderChoice } from '../../../shared/ipc/data-location';
import type { StartupNotice } from '../../../shared/ipc/responses';
import { DomainError } from '../../errors';
import type { Dialogs, Shell } from '../../ports';
import { BACKUPS_FOLDER } from '../../store/backups';
import { DATA_FILE_BASE_NAME } from '../../store/open-state';
import { readDataPlace, writeDataPointer, type DataPlace } from '../../store/data-location';
import { holdsRekindleData, isUnfinishedCopy, removeFiles, type FolderFileSystem } from '../../store/folder-files';
import { folderFailure, moveData, MOVED_FOLDER_NAME, planMove, type OpenedCopy } from './move-data';

/** The store the app runs on, as far as this service looks at it. */
export interface LiveStore extends OpenedCopy {
  readonly notice: StartupNotice | null;
  /** Folds the journal into the snapshot and backs up; true when all of it is done. */
  compact(): boolean;
}

export interface DataLocationEnvironment<S extends LiveStore> {
  fs: FolderFileSystem;
  /** The app's own folder: the pointer lives here, and the data too until it is moved. */
  appDir: string;
  /** Where this launch found the data (readDataPlace at open). */
  place: DataPlace;
  dialogs: Pick<Dialogs, 'chooseFolder'>;
  shell: Pick<Shell, 'openPath'>;
  /** The dialogs' titles, in the window's language. */
  titles: () => { move: string; open: string };
  /** The store in use now. */
  current: () => S;
  /** Opens the real store on a folder. */
  openStore: (dir: string) => S;
  /** Opens a folder only to look: nothing in it is written. */
  peekStore: (dir: string) => LiveStore;
  /** Puts `store` in use for every later request, and lets go of the one before. */
  switchTo: (store: S, dir: string) => void;
}

export interface DataLocationService {
  location(): DataLocation;
  move(): Promise<FolderChoice>;
  openOther(): Promise<FolderChoice>;
  openOffered(): FolderChoice;
  show(): Promise<void>;
  removeOldCopy(): { left: number; location: DataLocation };
  lookAgain(): FolderChoice;
  useDefault(): FolderChoice;
}

function notRekindle(path: string, cause: 'not_rekindle_folder' | 'folder_incomplete'): DomainError {
  return new DomainError('conflict', 'That folder holds no Rekindle data that can be opened.', [{ path, code: cause }]);
}

export function dataLocationService<S extends LiveStore>(env: DataLocationEnvironment<S>): DataLocationService {
  const { fs, appDir } = env;
  let dir = env.place.dir;
  let missing = env.place.kind === 'missing';
  let previousDir = env.place.previousDir;
  let previousFiles = env.place.previousFiles;
  /** The Rekindle folder a refused move found: "open it instead" opens this one. */
  let offered: string | null = null;

  const location = (): DataLocation => ({ folder: dir, appFolder: appDir, previousFolder: previousDir, missing });
  const chose = (done: boolean): FolderChoice => ({ done, location: location() });
  const switchTo = (store: S, next: string) => {
    env.switchTo(store, next);
    dir = next;
    missing = false;
    if (previousDir === next) forgetPrevious();
  };
  const forgetPrevious = () => {
    previousDir = null;
    previousFiles = [];
  };
  const pointer = (dataDir: string) => ({ dataDir, previousDir, previousFiles });

  /** Switches to a folder that holds Rekindle data; the folder in use now is left as it is. */
  const openFolder = (folder: string): FolderChoice => {
    if (folder === dir && !missing) return chose(true);
    const peek = env.peekStore(folder);
    peek.close();
    if (peek.notice?.kind === 'started_empty') throw notRekindle(folder, 'not_rekindle_folder');
    const store = env.openStore(folder);
    try {
      writeDataPointer(fs, appDir, previousDir === folder ? { dataDir: folder, previousDir: null } : pointer(folder));
    } catch (error) {
      store.close();
      throw folderFailure(error, appDir);
    }
    switchTo(store, folder);
    offered = null;
    return chose(true);
  };

  const writable = () => {
    if (missing || env.current().readOnly) throw new DomainError('read_only', 'Rekindle cannot save to its data folder right now; nothing was moved.');
  };

  return {
    location,
    async move() {
      writable();
      const picked = (await env.dialogs.chooseFolder?.({ title: env.titles().move })) ?? null;
      if (picked === null) return chose(false);
      // From here to the answer nothing yields: no change can land in the old folder mid-copy.
      writable();
      let target: string;
      try {
        target = planMove(fs, dir, picked, appDir);
      } catch (error) {
        const found = error instanceof DomainError ? error.issues?.find((issue) => issue.code === 'folder_has_rekindle') : undefined;
        offered = found?.path ?? null;
        throw folderFailure(error, picked);
      }
      const live = env.current();
      // Brought up to date first, so letting go of it after the switch writes nothing more there.
      live.compact();
      const moved = moveData({ fs, appDir, openStore: env.openStore }, { dir, document: live.document, previousDir, previousFiles }, target);
      const from = dir;
      switchTo(moved.store, target);
      previousDir = from;
      previousFiles = moved.files;
      return chose(true);
    },
    async openOther() {
      const picked = (await env.dialogs.chooseFolder?.({ title: env.titles().open })) ?? null;
      if (picked === null) return chose(false);
      // The folder itself, or the Rekindle folder a move made inside it.
      const folder = [picked, join(picked, MOVED_FOLDER_NAME)].find((candidate) => holdsRekindleData(fs, candidate));
      if (folder === undefined) throw notRekindle(picked, isUnfinishedCopy(fs, picked) ? 'folder_incomplete' : 'not_rekindle_folder');
      return openFolder(folder);
    },
    openOffered() {
      if (offered === null || !holdsRekindleData(fs, offered)) throw new DomainError('not_found', 'There is no Rekindle folder to open.');
      return openFolder(offered);
    },
    show: () => env.shell.openPath(dir),
    removeOldCopy() {
      const old = previousDir;
      if (old === null) throw new DomainError('not_found', 'There is no old copy to remove.');
      if (old === dir) throw new DomainError('conflict', 'That folder is the one in use.');
      // In the app's own folder the app on this computer keeps files of its own (window
      // state, reminder memory) whichever folder the data is in: only the data goes there.
      const files = old === appDir ? previousFiles.filter((file) => file.startsWith(DATA_FILE_BASE_NAME) || file.startsWith(BACKUPS_FOLDER)) : previousFiles;
      const left = removeFiles(fs, old, files, { removeFolder: old !== appDir });
      try {
        writeDataPointer(fs, appDir, { dataDir: dir, previousDir: null });
      } catch (error) {
        throw folderFailure(error, appDir);
      }
      forgetPrevious();
      return { left: left.length, location: location() };
    },
    lookAgain() {
      if (!missing) return chose(true);
      const place = readDataPlace(fs, appDir);
      if (place.kind === 'missing') return chose(false);
      switchTo(env.openStore(place.dir), place.dir);
      previousDir = place.previousDir;
      previousFiles = place.previousFiles;
      return chose(true);
    },
    useDefault() {
      if (!missing) return chose(true);
      // The missing folder is not touched: if it comes back, it can be opened again.
      const store = env.openStore(appDir);
      try {
        writeDataPointer(fs, appDir, { dataDir: appDir, previousDir: null });
      } catch (error) {
        store.close();
        throw folderFailure(error, appDir);
      }
      switchTo(store, appDir);
      forgetPrevious();
      return chose(true);
    },
  };
}
