// The same reference sheet as a plain HTML page, for the baseline: what Chromium's own
// page.pdf() costs for the same content on the same machine.
import type { ReferenceSheetModel } from '../../main/exports';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function referenceSheetHtml(model: ReferenceSheetModel): string {
  const entries = model.entries
    .map((entry) => {
      const lines = [entry.currentTitle, entry.organisation].filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`);
      const contact = [entry.phone, entry.email].filter(Boolean).map(escapeHtml).join('&nbsp;&nbsp;·&nbsp;&nbsp;');
      return `<section><h2>${escapeHtml(entry.name)}</h2>${lines.join('')}${contact ? `<p>${contact}</p>` : ''}${
        entry.relationship ? `<p class="muted">${escapeHtml(entry.relationship)}</p>` : ''
      }</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${model.language}"><head><meta charset="utf-8"><title>${escapeHtml(model.documentTitle)}</title>
<style>
  @page { size: A4; margin: 20mm 22mm; }
  body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; color: #1f2328; font-size: 10.5pt; }
  header h1 { font-size: 20pt; margin: 0 0 4pt; }
  header p { color: #59636e; margin: 0; }
  h1.title { font-size: 15pt; margin: 18pt 0 0; }
  section { break-inside: avoid; margin-top: 20pt; }
  section h2 { font-size: 12.5pt; margin: 0 0 2pt; }
  section p { margin: 1pt 0; }
  .muted { color: #59636e; font-size: 10pt; margin-top: 3pt; }
</style></head>
<body>
<header><h1>${escapeHtml(model.header.name)}</h1><p>${model.header.contact.map(escapeHtml).join(' · ')}</p></header>
<h1 class="title">${escapeHtml(model.title)}</h1>
${entries}
</body></html>`;
}
