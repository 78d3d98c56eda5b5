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
  applications: {
    save: invoke('applications:save'),
    delete: invoke('applications:delete'),
    setStatus: invoke('applications:setStatus'),
    closeSearch: invoke('applications:closeSearch'),
  },
  references: {
    save: invoke('references:save'),
    delete: invoke('references:delete'),
    reorder: invoke('references:reorder'),
    confirmDetails: invoke('references:confirmDetails'),
  },
  checks: {
    announce: invoke('checks:announce'),
    logCall: invoke('checks:logCall'),
    recordDebrief: invoke('checks:recordDebrief'),
    markHeadsUpSent: invoke('checks:markHeadsUpSent'),
  },
  records: { undo: invoke('records:undo') },
  requests: {
    link: invoke('requests:link'),
    unlink: invoke('requests:unlink'),
    move: invoke('requests:move'),
    setChecklistItem: invoke('requests:setChecklistItem'),
    logContact: invoke('requests:logContact'),
    markAskSent: invoke('requests:markAskSent'),
    markMessageSent: invoke('requests:markMessageSent'),
    markDraftSent: invoke('requests:markDraftSent'),
    recordReply: invoke('requests:recordReply'),
    complete: invoke('requests:complete'),
    snooze: invoke('requests:snooze'),
  },
  exports: {
    sheetPreview: invoke('exports:sheetPreview'),
    referenceSheet: invoke('exports:referenceSheet'),
    prepBrief: invoke('exports:prepBrief'),
    notePrompts: invoke('exports:notePrompts'),
    csv: invoke('exports:csv'),
  },
  files: {
    open: invoke('files:open'),
    showInFolder: invoke('files:showInFolder'),
  },
  backup: {
    save: invoke('backup:save'),
    open: invoke('backup:open'),
    restore: invoke('backup:restore'),
  },
  import: {
    open: invoke('import:open'),
    apply: invoke('import:apply'),
    openApplications: invoke('import:openApplications'),
    previewApplications: invoke('import:previewApplications'),
    applyApplications: invoke('import:applyApplications'),
  },
  onCommand(listener: (command: AppCommand) => void) {
    const forward = (_event: unknown, command: AppCommand) => listener(command);
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
    };
  },
} satisfies RekindleApi;

contextBridge.exposeInMainWorld('api', api);
