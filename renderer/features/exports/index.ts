// What other screens place: the reference sheet dialog, the prep brief button and the
// note prompts dialog.
export { ReferenceSheetDialog } from './ReferenceSheetDialog';
export { PrepBriefButton } from './PrepBriefButton';
export { NotePromptsDialog } from './NotePromptsDialog';
