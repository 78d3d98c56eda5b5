// Channel names and push commands as plain constants: the sandboxed preload imports this
// file, so it must stay free of runtime dependencies (no zod here).
import type { DocumentPatch } from '../patch';
import type { ExternalSource } from '../sync/external-changes';

export const INVOKE_CHANNELS = [
  'app:load',
  'settings:update',
  'profile:update',
  'links:open',
  'app:setSpellcheckLanguage',
  'applications:save',
  'applications:delete',
  'applications:setStatus',
  'applications:closeSearch',
  'references:save',
  'references:delete',
  'references:reorder',
  'records:undo',
  'requests:link',
  'requests:unlink',
  'requests:move',
  'requests:setChecklistItem',
  'requests:logContact',
  'requests:markDraftSent',
  'requests:recordReply',
  'requests:complete',
  'requests:snooze',
  'exports:sheetPreview',
  'exports:referenceSheet',
  'exports:prepBrief',
  'exports:notePrompts',
  'exports:csv',
  'exports:calendar',
  'files:open',
  'files:showInFolder',
  'files:openDataFolder',
  'files:revealBackups',
  'dataFolder:get',
  'dataFolder:move',
  'dataFolder:openOther',
  'dataFolder:openOffered',
  'dataFolder:show',
  'dataFolder:removeOldCopy',
  'dataFolder:lookAgain',
  'dataFolder:useDefault',
  'backup:save',
  'backup:open',
  'backup:restore',
  'import:open',
  'import:apply',
  'import:openApplications',
  'import:previewApplications',
  'import:applyApplications',
  'checks:announce',
  'checks:logCall',
  'checks:recordDebrief',
  'checks:markHeadsUpSent',
  'references:confirmDetails',
  'window:viewShown',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** The one channel main uses to push to the renderer (menu commands, backup health). */
export const COMMAND_CHANNEL = 'app:command';

export const VIEWS = ['board', 'applications', 'people', 'today', 'settings'] as const;
export type View = (typeof VIEWS)[number];

export type AppCommand =
  | { type: 'navigate'; view: View }
  | { type: 'create' }
  | { type: 'find' }
  | { type: 'help' }
  /** File → Export calendar…: every interview, reference check and task as an .ics file. */
  | { type: 'exportCalendar' }
  /** Opens one card over Today (a reminder about exactly that card was clicked). */
  | { type: 'openCard'; requestId: string }
  /** Opens the palette that finds any record or action by typing. */
  | { type: 'palette' }
  /** Backups started failing (true) or work again (false); the data is saved either way. */
  | { type: 'backupHealth'; failing: boolean }
  /** Changes made on the user's other computers arrived through the data folder and are merged. */
  | { type: 'externalChanges'; patch: DocumentPatch; from: ExternalSource[] }
  /** The data folder cannot be written (gone offline, read-only) and saving waits (true), or it is back (false). */
  | { type: 'savingPaused'; paused: boolean };
