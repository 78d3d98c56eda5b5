// The bridge: one method per IPC channel, nothing else. Bundled with no dependencies
// because a sandboxed preload can only require('electron'); it imports only types and
// constants from shared/.
import { contextBridge, ipcRenderer } from 'electron';
import type { RekindleApi } from '../shared/ipc/api';
import { COMMAND_CHANNEL, INVOKE_CHANNELS, type AppCommand } from '../shared/ipc/channels';

type Bridge = Omit<RekindleApi, 'onCommand'>;
type BridgeMethod = (payload?: unknown) => Promise<unknown>;

/** One method per channel of the list, `feature:verb` as `api.feature.verb`; the list is the one source of names. */
function invokeMethods(): Bridge {
  const methods: Record<string, Record<string, BridgeMethod>> = {};
  for (const channel of INVOKE_CHANNELS) {
    const [feature = '', verb = ''] = channel.split(':');
    (methods[feature] ??= {})[verb] = (payload) => ipcRenderer.invoke(channel, payload);
  }
  // The loop builds exactly the mapped type RekindleApi derives from the same list; the preload test checks every channel.
  return methods as Bridge;
}

const api = {
  ...invokeMethods(),
  onCommand(listener: (command: AppCommand) => void) {
    const forward = (_event: unknown, command: AppCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
} satisfies RekindleApi;

contextBridge.exposeInMainWorld('api', api);
