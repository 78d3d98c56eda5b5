// A VTIMEZONE for the user's zone, built from the platform's own time-zone data (Intl), so
// a calendar app places 10:00 in Berlin at 10:00 Berlin time on both sides of a
// daylight-saving change, even if it is read on a machine set to another zone. Each change
// of offset in the years the events cover is written as its own observance with an exact
// onset instead of a recurrence rule: rules change by law, the onsets are what Intl knows.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    // Throws a RangeError for a name the platform does not know.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in seconds (east positive). */
export function offsetSecondsAt(zone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  const whole = instant - (instant % 1000);
  return Math.round((wall - whole) / 1000);
}

/** True when the platform knows the zone by this name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

export interface OffsetChange {
  /** The first instant (UTC ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every change of offset from the start of `fromYear` to the end of `toYear`, found day by day, then to the minute. */
export function offsetChanges(zone: string, fromYear: number, toYear: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const end = Date.UTC(toYear + 1, 0, 1);
  let before = Date.UTC(fromYear, 0, 1);
  let offset = offsetSecondsAt(zone, before);
  while (before < end) {
    const after = before + DAY_MS;
    const next = offsetSecondsAt(zone, after);
    if (next !== offset) {
      // The offset holds at `low` and has changed at `high`; halve until they are a minute apart.
      let low = before;
      let high = after;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetSecondsAt(zone, middle) === offset) low = middle;
        else high = middle;
      }
      changes.push({ at: high, from: offset, to: next });
      offset = next;
    }
    before = after;
  }
  return changes;
}

/** "+0100", "-0430", "+0000": the form TZOFFSETFROM and TZOFFSETTO take. */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const total = Math.abs(seconds);
  const hours = String(Math.floor(total / 3600)).padStart(2, '0');
  const minutes = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const rest = total % 60;
  return `${sign}${hours}${minutes}${rest ? String(rest).padStart(2, '0') : ''}`;
}

/** An instant as the wall clock showed it at that offset: "20270328T020000". */
function wallClock(instant: number, offsetSeconds: number): string {
  return new Date(instant + offsetSeconds * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The VTIMEZONE lines for `zone`, exact for every local time from `fromYear` to `toYear`. */
export function timeZoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const first = offsetSecondsAt(zone, start);
  const changes = offsetChanges(zone, fromYear, toYear);
  // Summer time is whatever runs ahead of the lowest offset seen; a zone without changes is all standard time.
  const lowest = Math.min(first, ...changes.map((change) => change.to));
  const observance = (onset: string, from: number, to: number) => {
    const kind = to > lowest ? 'DAYLIGHT' : 'STANDARD';
    return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${formatOffset(from)}`, `TZOFFSETTO:${formatOffset(to)}`, `END:${kind}`];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(wallClock(start, first), first, first),
    ...changes.flatMap((change) => observance(wallClock(change.at, change.from), change.from, change.to)),
    'END:VTIMEZONE',
  ];
}
