// The prep brief as a PDF, for the reference to keep beside the phone.
import { buildPrepBriefModel, type PrepBriefInput } from './brief-model';
import { COLORS, createPdf, finishPdf, type PdfExportOptions } from './pdf-document';
import { letterheadItems } from './pdf-letterhead';
import { flowBlocks, type FlowBlock, type FlowItem } from './pdf-flow';

const BODY = { size: 10.5, color: COLORS.text } as const;
const MUTED = { size: 10.5, color: COLORS.muted } as const;
const LINK = { size: 10, color: '#0b5cad' } as const;

export function renderPrepBriefPdf(input: PrepBriefInput, options: PdfExportOptions): Promise<Uint8Array> {
  const model = buildPrepBriefModel(input);
  const doc = createPdf({ ...options, title: model.documentTitle, author: model.author, language: model.language });
  const blocks: FlowBlock[] = [];
  const header = letterheadItems(model.header);
  if (header.length > 0) blocks.push({ items: header, keepTogether: true });
  blocks.push({
    items: [
      { text: model.title, style: { size: 15, weight: 'bold', color: COLORS.text } },
      { text: model.subtitle, style: { size: 10, color: COLORS.muted }, spaceBefore: 2 },
    ],
    keepTogether: true,
    spaceBefore: 18,
  });
  for (const section of model.sections) {
    const [first, ...rest] = section.lines.map(
      (line): FlowItem => ({
        text: line.text,
        style: line.link ? LINK : line.muted ? MUTED : BODY,
        spaceBefore: line.bullet ? 4 : 2,
        ...(line.bullet ? { bullet: '•', indent: 16 } : {}),
        ...(line.link ? { link: line.link } : {}),
      }),
    );
    // A heading never ends a page alone: it travels with the section's first line.
    blocks.push({
      items: [{ text: section.heading, style: { size: 11.5, weight: 'bold', color: COLORS.text } }, ...(first ? [first] : [])],
      keepTogether: true,
      spaceBefore: 20,
    });
    blocks.push(...rest.map((item) => ({ items: [item], keepTogether: true })));
  }
  blocks.push({
    items: [
      { text: model.closing, style: BODY },
      ...(model.signature ? [{ text: model.signature, style: { ...BODY, weight: 'bold' as const }, spaceBefore: 6 }] : []),
    ],
    keepTogether: true,
    spaceBefore: 26,
  });
  flowBlocks(doc, blocks);
  return finishPdf(doc);
}
