// The documents users hold in their hands. Each writer returns bytes; the caller chooses
// where they go (a save dialog in the main process).
export { defaultResourcesDir, MissingFontError } from './fonts';
export { cleanText } from './clean-text';
export { safeFileName } from './file-name';
export type { PdfExportOptions } from './pdf-document';
export {
  buildReferenceSheetModel,
  defaultSheetPeople,
  relationshipLine,
  type ReferenceSheetInput,
  type ReferenceSheetModel,
  type SheetEntry,
} from './sheet-model';
export { renderReferenceSheetPdf } from './reference-sheet-pdf';
export { renderReferenceSheetDocx, type DocxExportOptions } from './reference-sheet-docx';
export { buildPrepBriefModel, type PrepBriefInput } from './brief-model';
export { renderPrepBriefPdf } from './prep-brief-pdf';
export { renderNotePromptsPdf, type NotePromptsOptions } from './note-prompts-pdf';
export { ADDRESS_PAGES, type AddressPages, type Recipient } from './address-pages';
