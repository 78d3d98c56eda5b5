// Which drafts each stage of a card offers, in the order the composer lists them.
import type { Stage } from '../schema/request';
import type { DraftKind } from './types';

export const DRAFT_KINDS = [
  'reconnect_ask',
  'follow_up',
  'prep_brief',
  'thanks_offer',
  'thanks_no',
  'note_prompt',
] as const satisfies readonly DraftKind[];

const KINDS_BY_STAGE: Record<Stage, readonly DraftKind[]> = {
  reconnect: ['reconnect_ask', 'follow_up'],
  prep: ['prep_brief'],
  thanks: ['thanks_offer', 'thanks_no', 'note_prompt'],
  done: [],
};

export function draftKindsForStage(stage: Stage): readonly DraftKind[] {
  return KINDS_BY_STAGE[stage];
}
