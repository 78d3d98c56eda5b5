// Reads an exported .ics back with ical.js, an independent parser that calendar web apps
// use, and registers the file's own VTIMEZONE, so every instant below is computed from
// what the file says rather than from this machine's zone.
import ICAL from 'ical.js';

export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  sequence: number;
  allDay: boolean;
  /** The wall-clock start as the file states it: "2027-03-26 10:00", or just the date for an all-day event. */
  local: string;
  /** The instant in UTC ("2027-03-26T09:00:00.000Z"); null for an all-day event. */
  utc: string | null;
  /** Minutes from start to end. */
  minutes: number;
  tzid: string | null;
}

export interface ReadCalendar {
  name: string;
  timeZones: string[];
  events: ReadEvent[];
}

const pad = (value: number) => String(value).padStart(2, '0');

export function readCalendar(text: string): ReadCalendar {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ReadEvent => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const date = `${start.year}-${pad(start.month)}-${pad(start.day)}`;
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? '',
      location: event.location ?? '',
      sequence: event.sequence,
      allDay: start.isDate,
      local: start.isDate ? date : `${date} ${pad(start.hour)}:${pad(start.minute)}`,
      utc: start.isDate ? null : start.toJSDate().toISOString(),
      minutes: Math.round(event.endDate.subtractDate(start).toSeconds() / 60),
      tzid: typeof tzid === 'string' ? tzid : null,
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return {
    name: typeof name === 'string' ? name : '',
    timeZones: zones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}

/** The file's physical lines, as a calendar app reads them before unfolding. */
export const physicalLines = (text: string) => text.split('\r\n').slice(0, -1);
