// The skeleton every change to one request follows: read the clock once, refuse a date from
// the future, find the request (open, if asked), let the use case check and change it,
// then stamp it, add its log line, and tell the person's record about the contact.
import type { IsoDate } from '../../../shared/dates';
import type { Reference } from '../../../shared/schema/person';
import type { LogEntry, LogKind, ReferenceRequest } from '../../../shared/schema/request';
import type { RekindleDocument } from '../../../shared/schema/document';
import type { ServiceContext } from '../context';
import {
  appendLog,
  assertNotFuture,
  assertOpen,
  contactedOn,
  indexOfRequest,
  newLogEntry,
  readClock,
  replaceRequest,
  updateReference,
  type Clock,
} from './document-edits';

interface RequestTarget {
  requestId: string;
  /** The day the change happened; a day after today is refused before anything else. */
  on?: IsoDate;
  /** Refuse a declined (closed) request. */
  open?: boolean;
}

export interface RequestChange {
  /** The request's new version; `updatedAt` is stamped by updateRequest. */
  request: ReferenceRequest;
  log?: { kind: LogKind; on: IsoDate; text: string };
  /** The day the person heard from the user, which moves their "last contacted". */
  contacted?: IsoDate;
  /** Anything else the change means for the person (their consent, say). */
  person?: (person: Reference) => Reference;
}

interface RequestUpdated {
  document: RekindleDocument;
  request: ReferenceRequest;
  /** The log line the change added, if any. */
  entry: LogEntry | null;
}

export function updateRequest(
  doc: RekindleDocument,
  target: RequestTarget,
  ctx: ServiceContext,
  change: (current: ReferenceRequest, clock: Clock) => RequestChange,
): RequestUpdated {
  const clock = readClock(ctx);
  if (target.on !== undefined) assertNotFuture(target.on, clock.today);
  const index = indexOfRequest(doc, target.requestId);
  const current = doc.requests[index] as ReferenceRequest;
  if (target.open) assertOpen(current);

  const planned = change(current, clock);
  let request: ReferenceRequest = { ...planned.request, updatedAt: clock.timestamp };
  let entry: LogEntry | null = null;
  if (planned.log) {
    entry = newLogEntry(ctx, clock, planned.log.kind, planned.log.on, planned.log.text);
    request = appendLog(request, entry);
  }
  let document = replaceRequest(doc, request, index);
  const { person, contacted } = planned;
  if (person || contacted !== undefined) {
    document = updateReference(
      document,
      current.referenceId,
      (before) => {
        const changed = person ? person(before) : before;
        return contacted === undefined ? changed : contactedOn(changed, contacted);
      },
      clock,
    );
  }
  return { document, request, entry };
}
