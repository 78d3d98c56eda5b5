import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Shell } from '../../../main/ports';
import { dataFolders } from '../../../main/services/data-folders';
import { BACKUPS_FOLDER, BackupRotation } from '../../../main/store/backups';
import { nodeFileSystem } from '../../../main/store/file-system';
import { DATA_FILE_BASE_NAME } from '../../../main/store/open-state';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'rekindle-folders-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function recordingShell() {
  const calls: string[] = [];
  const shell: Pick<Shell, 'openPath' | 'showInFolder'> = {
    openPath: async (path) => {
      calls.push(`open ${path}`);
    },
    showInFolder: async (path) => {
      calls.push(`show ${path}`);
    },
  };
  return { shell, calls };
}

describe('the data folders', () => {
  it('opens the data folder itself', async () => {
    const { shell, calls } = recordingShell();
    await dataFolders(shell, dataDir).openDataFolder();
    expect(calls).toEqual([`open ${dataDir}`]);
  });

  it('shows the newest backup selected in the backups folder', async () => {
    const rotation = new BackupRotation(nodeFileSystem, join(dataDir, BACKUPS_FOLDER), DATA_FILE_BASE_NAME);
    rotation.write(new TextEncoder().encode('{}'), new Date('2026-11-01T09:00:00Z'), { session: false });
    const newest = rotation.write(new TextEncoder().encode('{}'), new Date('2026-12-01T09:00:00Z'), { session: false });
    const { shell, calls } = recordingShell();

    await dataFolders(shell, dataDir).revealBackups();

    expect(calls).toEqual([`show ${newest.path}`]);
    expect(newest.path.startsWith(join(dataDir, BACKUPS_FOLDER))).toBe(true);
  });

  it('opens the data folder while no backup has been written yet', async () => {
    const { shell, calls } = recordingShell();
    await dataFolders(shell, dataDir).revealBackups();
    expect(calls).toEqual([`open ${dataDir}`]);
  });

  it('passes on a folder the system cannot open, for the caller to report', async () => {
    const shell: Pick<Shell, 'openPath' | 'showInFolder'> = {
      openPath: () => Promise.reject(new Error('No application is registered for folders')),
      showInFolder: () => Promise.resolve(),
    };
    await expect(dataFolders(shell, dataDir).openDataFolder()).rejects.toThrow('No application');
  });
});
