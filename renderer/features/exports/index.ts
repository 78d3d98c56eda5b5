// What other screens place: the reference sheet dialog, the prep brief button and the
// note prompts dialog.
export { ReferenceSheetDialog } from './ReferenceSheetDialog';
export { PrepBriefButton } from './PrepBriefButton';
export { NotePromptsDialog } from './NotePromptsDialog';
// The runner and button, for other screens that offer an export of their own (closing the search).
export { ExportButton } from './ExportButton';
export { useExportRunner } from './use-export';
