// The bench's tasks for Today: a heads-up on the day a reference check is announced, for
// every person on that application's list, and "how did it go?" the day after a call.
import { addDays, compareIsoDates, type IsoDate } from '../dates';
import type { RekindleDocument } from '../schema/document';

export const BENCH_TASK_KINDS = ['heads_up', 'how_did_it_go'] as const;
export type BenchTaskKind = (typeof BENCH_TASK_KINDS)[number];

export interface BenchTask {
  kind: BenchTaskKind;
  dueOn: IsoDate;
  overdue: boolean;
  requestId: string;
  referenceId: string;
  applicationId: string;
  /** The call asked about, for "how did it go?". */
  callId: string | null;
}

export function computeBenchTasks(document: RekindleDocument, today: IsoDate): BenchTask[] {
  const checks = new Map(document.applications.map((application) => [application.id, application.referenceCheck ?? null]));
  const tasks: BenchTask[] = [];
  for (const request of document.requests) {
    if (request.applicationId === null) continue;
    const base = { requestId: request.id, referenceId: request.referenceId, applicationId: request.applicationId };
    const check = checks.get(request.applicationId);
    const open = request.closed === null && request.stage !== 'done';
    // A heads-up sent before this announcement was about an earlier check.
    const headsUpSent = request.headsUpSentOn != null && check != null && compareIsoDates(request.headsUpSentOn, check.announcedOn) >= 0;
    if (open && check && !headsUpSent) {
      tasks.push({ ...base, kind: 'heads_up', dueOn: check.announcedOn, overdue: compareIsoDates(check.announcedOn, today) < 0, callId: null });
    }
    // Asking how a call went still matters on a finished card: the thank-you builds on it.
    if (request.closed !== null) continue;
    for (const call of request.calls ?? []) {
      if (call.debriefedOn !== null) continue;
      const dueOn = addDays(call.on, 1);
      tasks.push({ ...base, kind: 'how_did_it_go', dueOn, overdue: compareIsoDates(dueOn, today) < 0, callId: call.id });
    }
  }
  return tasks.sort((a, b) => compareIsoDates(a.dueOn, b.dueOn) || a.kind.localeCompare(b.kind) || a.requestId.localeCompare(b.requestId));
}
