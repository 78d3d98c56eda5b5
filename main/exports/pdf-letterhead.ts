// The letterhead that repeats the resume's header, as flow items: apart from pdf-document
// and pdf-flow so that the flow layout can use the shared colours without a cycle.
import { COLORS } from './pdf-document';
import type { FlowItem } from './pdf-flow';
import type { Letterhead } from './sheet-model';

const CONTACT_SEPARATOR = '   ·   ';

/** The candidate's name large, the contact line beneath, then a thin rule. */
export function letterheadItems(header: Letterhead): FlowItem[] {
  const items: FlowItem[] = [];
  if (header.name) items.push({ text: header.name, style: { size: 22, weight: 'bold', color: COLORS.text } });
  if (header.contact.length > 0) {
    items.push({
      text: header.contact.join(CONTACT_SEPARATOR),
      style: { size: 10, color: COLORS.muted },
      spaceBefore: 2,
    });
  }
  if (items.length > 0) items.push({ rule: true, spaceBefore: 12, spaceAfter: 4 });
  return items;
}
