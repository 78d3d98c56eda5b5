// How much the employer has leaned on each person: calls in the last 30 and 90 days and
// the cards still open for them. Counted on calendar days, so month ends do not matter.
import { addDays, compareIsoDates, type IsoDate } from '../dates';
import { CALL_THRESHOLD_LIMITS } from '../schema/settings';
import type { RekindleDocument } from '../schema/document';

export interface PersonLoad {
  /** Employer calls on one of the last 30 days, today included. */
  callsLast30: number;
  callsLast90: number;
  /** Cards still in play (not declined, not done). */
  openRequests: number;
}

/** True when the call fell on today or one of the `days - 1` days before it. */
function withinLastDays(on: IsoDate, today: IsoDate, days: number): boolean {
  return compareIsoDates(on, addDays(today, -(days - 1))) >= 0 && compareIsoDates(on, today) <= 0;
}

export function personLoad(document: RekindleDocument, referenceId: string, today: IsoDate): PersonLoad {
  const load: PersonLoad = { callsLast30: 0, callsLast90: 0, openRequests: 0 };
  for (const request of document.requests) {
    if (request.referenceId !== referenceId) continue;
    if (request.closed === null && request.stage !== 'done') load.openRequests += 1;
    for (const call of request.calls ?? []) {
      if (withinLastDays(call.on, today, 30)) load.callsLast30 += 1;
      if (withinLastDays(call.on, today, 90)) load.callsLast90 += 1;
    }
  }
  return load;
}

export function callThresholdOf(document: RekindleDocument): number {
  return document.settings.callThreshold ?? CALL_THRESHOLD_LIMITS.default;
}

/** Reached the threshold: the next call would be one too many, so the bench suggests someone rested. */
export function isLeanedOn(load: PersonLoad, threshold: number): boolean {
  return load.callsLast30 >= threshold;
}
