// The board's rules in words (checklists, next steps, the fit sentence), keyed by namespace (= file name).
import { checklist } from './checklist';
import { fit } from './fit';
import { nextStep } from './next-step';

export const RULE_CATALOGUES = { checklist, fit, nextStep } as const;
