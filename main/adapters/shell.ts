// The Shell port, with Electron's shell. Links the page asks for open only after a user
// gesture in the window (security.ts); files open as they are.
import { shell } from 'electron';
import type { Shell } from '../ports';
import { openAfterUserGesture, type GestureSourceLike } from '../security';

/** The system's link handler as Electron gives it, for the guards on every web contents. */
export const openExternalLink = (url: string): Promise<void> => shell.openExternal(url);

/** Opening and showing files and folders main itself names: no page is asked. */
export const electronFiles: Pick<Shell, 'openPath' | 'showInFolder'> = {
  openPath: async (path) => {
    const failure = await shell.openPath(path);
    if (failure) throw new Error(failure);
  },
  showInFolder: async (path) => shell.showItemInFolder(path),
};

export function electronShell(page: () => GestureSourceLike | null | undefined): Shell {
  return { openExternal: openAfterUserGesture(page, openExternalLink), ...electronFiles };
}
