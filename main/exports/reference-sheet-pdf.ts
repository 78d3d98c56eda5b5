// The reference sheet as a PDF: the resume's header, the title, then one entry per person,
// each kept whole on a page; later pages are headed with the name and the page count.
import { createPdf, COLORS, finishPdf, headContinuationPages, type PdfExportOptions } from './pdf-document';
import { letterheadItems } from './pdf-letterhead';
import { flowBlocks, type FlowBlock, type FlowItem } from './pdf-flow';
import type { ReferenceSheetModel, SheetEntry } from './sheet-model';

const DETAIL = { size: 10.5, color: COLORS.text } as const;

function entryBlock(entry: SheetEntry): FlowBlock {
  const items: FlowItem[] = [{ text: entry.name, style: { size: 12.5, weight: 'bold', color: COLORS.text } }];
  for (const line of [entry.currentTitle, entry.organisation]) {
    if (line) items.push({ text: line, style: DETAIL, spaceBefore: 1 });
  }
  const contact = [entry.phone, entry.email].filter(Boolean).join('   ·   ');
  if (contact) items.push({ text: contact, style: DETAIL, spaceBefore: 1 });
  if (entry.relationship) {
    items.push({ text: entry.relationship, style: { size: 10, color: COLORS.muted }, spaceBefore: 3 });
  }
  return { items, keepTogether: true, spaceBefore: 22 };
}

export function renderReferenceSheetPdf(model: ReferenceSheetModel, options: PdfExportOptions): Promise<Uint8Array> {
  const doc = createPdf({ ...options, title: model.documentTitle, author: model.author, language: model.language });
  const blocks: FlowBlock[] = [];
  const header = letterheadItems(model.header);
  if (header.length > 0) blocks.push({ items: header, keepTogether: true });
  const title: FlowItem[] = [{ text: model.title, style: { size: 15, weight: 'bold', color: COLORS.text } }];
  if (model.asOf) title.push({ text: model.asOf, style: { size: 9.5, color: COLORS.muted }, spaceBefore: 1 });
  blocks.push({ items: title, keepTogether: true, spaceBefore: 18 });
  // The first entry sits closer to the title than entries sit to each other.
  blocks.push(...model.entries.map((entry, index) => ({ ...entryBlock(entry), spaceBefore: index === 0 ? 14 : 22 })));
  flowBlocks(doc, blocks);
  headContinuationPages(doc, model.continuation, model.pageWords);
  return finishPdf(doc);
}
