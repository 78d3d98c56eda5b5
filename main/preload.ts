// The bridge: one method per IPC channel, nothing else. Bundled with no dependencies
// because a sandboxed preload can only require('electron'); it imports only types and
// constants from shared/.
import { contextBridge, ipcRenderer } from 'electron';
import type { RekindleApi } from '../shared/ipc/api';
import { COMMAND_CHANNEL, type AppCommand, type InvokeChannel } from '../shared/ipc/channels';

function invoke<C extends InvokeChannel>(channel: C) {
  return (payload?: unknown) => ipcRenderer.invoke(channel, payload);
}

const api = {
  app: { load: invoke('app:load') },
  settings: { update: invoke('settings:update') },
  profile: { update: invoke('profile:update') },
  links: { open: invoke('links:open') },
  onCommand(listener: (command: AppCommand) => void) {
    const forward = (_event: unknown, command: AppCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
} satisfies RekindleApi;

contextBridge.exposeInMainWorld('api', api);
