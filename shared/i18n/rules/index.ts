// The board's rules in words (checklists, next steps), keyed by namespace (= file name).
import { checklist } from './checklist';
import { nextStep } from './next-step';

export const RULE_CATALOGUES = { checklist, nextStep } as const;
