// The Dialogs port, with Electron's native file dialogs.
import { dialog } from 'electron';
import type { Dialogs } from '../ports';

export const electronDialogs: Dialogs = {
  save: async (options) => {
    const result = await dialog.showSaveDialog({ title: options.title, defaultPath: options.defaultName, filters: options.filters });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  open: async (options) => {
    const result = await dialog.showOpenDialog({ title: options.title, filters: options.filters, properties: ['openFile'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  chooseFolder: async (options) => {
    const result = await dialog.showOpenDialog({ title: options.title, properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
