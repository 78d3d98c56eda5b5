// Writes calendar events as an iCalendar file (RFC 5545).
//
// Why not the `ics` package: its 3.12.0 documentation and code offer UTC times or "local"
// times computed through the host's Date, and no TZID or VTIMEZONE. A UTC time is fixed at
// export, so a file written with the wrong zone (or read after a move) shifts every
// interview; a "local" time read through Date turns 02:30 on the night clocks spring
// forward into 03:30. Here an interview keeps the wall-clock time the user typed, tagged
// with their zone, and time-zone.ts writes that zone's exact changes of offset, so every
// calendar app, on any machine, places it right across daylight saving. The rest (escaping,
// folding, a few properties) is small enough to own and test.
import { addDays, type IsoDate } from '../../../shared/dates';
import { escapeText, joinLines } from './ics-text';
import { timeZoneLines } from './time-zone';

export type CalendarStart =
  /** A whole day: a deadline, or an interview without a time. */
  | { kind: 'day'; date: IsoDate }
  /** A wall-clock time in the calendar's zone ("10:30"), lasting `minutes`. */
  | { kind: 'timed'; date: IsoDate; time: string; minutes: number };

export interface CalendarEvent {
  /** Derived from record ids, so importing a later export updates the event instead of adding another. */
  uid: string;
  start: CalendarStart;
  summary: string;
  description: string;
  location: string;
  /** Interviews block time; deadlines are all-day reminders that leave the day free. */
  busy: boolean;
  /** When the record it comes from last changed (an ISO timestamp). */
  lastModified: string;
}

export interface CalendarOptions {
  /** The IANA zone the wall-clock times are in, e.g. "Europe/Berlin". */
  timeZone: string;
  /** When the file is written: DTSTAMP and SEQUENCE. */
  now: Date;
  /** The name a calendar app suggests for the imported calendar. */
  name: string;
}

// SEQUENCE counts seconds since this instant. Nothing about an export is stored, and a
// deadline can move with the passing days alone, so the export time is the one revision
// number that always grows: an app that honours SEQUENCE takes each newer file's version.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

function utcStamp(moment: Date): string {
  return moment.toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

function startLines(start: CalendarStart, timeZone: string): string[] {
  if (start.kind === 'day') {
    return [`DTSTART;VALUE=DATE:${compactDate(start.date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(start.date, 1))}`];
  }
  const hours = Math.floor(start.minutes / 60);
  const minutes = start.minutes % 60;
  const duration = `PT${hours ? `${hours}H` : ''}${minutes || !hours ? `${minutes}M` : ''}`;
  return [`DTSTART;TZID=${timeZone}:${compactDate(start.date)}T${start.time.replace(':', '')}00`, `DURATION:${duration}`];
}

function eventLines(event: CalendarEvent, options: CalendarOptions, sequence: number): string[] {
  const modified = new Date(event.lastModified);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(options.now)}`,
    ...(Number.isNaN(modified.getTime()) ? [] : [`LAST-MODIFIED:${utcStamp(modified)}`]),
    `SEQUENCE:${sequence}`,
    ...startLines(event.start, options.timeZone),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `TRANSP:${event.busy ? 'OPAQUE' : 'TRANSPARENT'}`,
    'END:VEVENT',
  ];
}

/** The calendar file's text: CRLF lines, folded, with a VTIMEZONE when any event has a time. */
export function renderCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const sequence = Math.max(0, Math.floor((options.now.getTime() - SEQUENCE_EPOCH) / 1000));
  // From the year before, so an event early on 1 January east of UTC still falls after the first onset.
  const timedYears = events.flatMap((event) => (event.start.kind === 'timed' ? [Number(event.start.date.slice(0, 4))] : []));
  const zoneLines = timedYears.length > 0 ? timeZoneLines(options.timeZone, Math.min(...timedYears) - 1, Math.max(...timedYears)) : [];
  return joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rekindle//Calendar export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...zoneLines,
    ...events.flatMap((event) => eventLines(event, options, sequence)),
    'END:VCALENDAR',
  ]);
}
