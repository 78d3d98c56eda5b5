// The .ics writer, read back with ical.js: wall-clock times stay where the user typed them
// across daylight saving, whatever zone this machine is in; text arrives intact.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderCalendar, type CalendarEvent } from '../../../main/exports/calendar/ics-calendar';
import { escapeText, foldLine } from '../../../main/exports/calendar/ics-text';
import { offsetChanges } from '../../../main/exports/calendar/time-zone';
import { physicalLines, readCalendar } from './read-calendar';

const now = new Date('2027-02-01T12:00:00.000Z');

function interview(date: string, time: string, uid = `interview-${date}@rekindle`): CalendarEvent {
  return { uid, start: { kind: 'timed', date, time, minutes: 60 }, summary: 'Interview', description: '', location: '', busy: true, lastModified: '2027-01-10T08:00:00.000Z' };
}

const render = (events: CalendarEvent[], timeZone = 'Europe/Berlin') => renderCalendar(events, { timeZone, now, name: 'Rekindle' });

// The machine's own zone must not matter: the file carries the user's zone.
let machineZone: string | undefined;
beforeEach(() => {
  machineZone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
});
afterEach(() => {
  process.env.TZ = machineZone;
});

describe('times in an exported calendar', () => {
  it('keeps 10:00 in Berlin at 10:00 on both sides of the March and October changes', () => {
    const dates = ['2027-03-26', '2027-03-29', '2027-10-29', '2027-11-01'];
    const { events, timeZones } = readCalendar(render(dates.map((date) => interview(date, '10:00'))));

    expect(timeZones).toEqual(['Europe/Berlin']);
    expect(events.map((event) => [event.local, event.utc, event.tzid])).toEqual([
      ['2027-03-26 10:00', '2027-03-26T09:00:00.000Z', 'Europe/Berlin'],
      ['2027-03-29 10:00', '2027-03-29T08:00:00.000Z', 'Europe/Berlin'],
      ['2027-10-29 10:00', '2027-10-29T08:00:00.000Z', 'Europe/Berlin'],
      ['2027-11-01 10:00', '2027-11-01T09:00:00.000Z', 'Europe/Berlin'],
    ]);
    expect(events.every((event) => event.minutes === 60 && !event.allDay)).toBe(true);
  });

  it('places times on the day the clocks change itself, before and after the change', () => {
    const { events } = readCalendar(render([interview('2027-03-28', '01:30', 'a'), interview('2027-03-28', '09:00', 'b'), interview('2027-10-31', '01:30', 'c'), interview('2027-10-31', '09:00', 'd')]));

    expect(events.map((event) => event.utc)).toEqual([
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T07:00:00.000Z',
      '2027-10-30T23:30:00.000Z',
      '2027-10-31T08:00:00.000Z',
    ]);
  });

  it('follows other zones’ rules: New York changes on other days, Sydney in the other half of the year, Kolkata never', () => {
    const newYork = readCalendar(render([interview('2027-03-13', '09:00', 'a'), interview('2027-03-15', '09:00', 'b')], 'America/New_York'));
    const sydney = readCalendar(render([interview('2027-01-15', '09:00', 'a'), interview('2027-07-15', '09:00', 'b')], 'Australia/Sydney'));
    const kolkata = readCalendar(render([interview('2027-01-15', '09:00', 'a'), interview('2027-07-15', '09:00', 'b')], 'Asia/Kolkata'));

    expect(newYork.events.map((event) => event.utc)).toEqual(['2027-03-13T14:00:00.000Z', '2027-03-15T13:00:00.000Z']);
    expect(sydney.events.map((event) => event.utc)).toEqual(['2027-01-14T22:00:00.000Z', '2027-07-14T23:00:00.000Z']);
    expect(kolkata.events.map((event) => event.utc)).toEqual(['2027-01-15T03:30:00.000Z', '2027-07-15T03:30:00.000Z']);
  });

  it('finds Berlin’s two changes of 2027 to the minute', () => {
    expect(offsetChanges('Europe/Berlin', 2027, 2027).map((change) => [new Date(change.at).toISOString(), change.from, change.to])).toEqual([
      ['2027-03-28T01:00:00.000Z', 3600, 7200],
      ['2027-10-31T01:00:00.000Z', 7200, 3600],
    ]);
  });

  it('writes a deadline as a whole day that leaves the day free, with no time zone needed', () => {
    const text = render([{ uid: 'check@rekindle', start: { kind: 'day', date: '2027-03-28' }, summary: 'Reference check', description: '', location: '', busy: false, lastModified: '' }]);
    const { events, timeZones } = readCalendar(text);

    expect(events).toMatchObject([{ allDay: true, local: '2027-03-28', minutes: 24 * 60 }]);
    expect(timeZones).toEqual([]);
    expect(text).toContain('TRANSP:TRANSPARENT');
  });
});

describe('text in an exported calendar', () => {
  const tricky = 'Łukasz Żółć; Müller, Jr.\nSecond line with a back\\slash and 王小明';

  it('escapes semicolons, commas, newlines and backslashes', () => {
    expect(escapeText('a;b,c\nd\\e\r\nf')).toBe('a\\;b\\,c\\nd\\\\e\\nf');
  });

  it('arrives in a calendar app exactly as typed, names from any script included', () => {
    const event = { ...interview('2027-03-26', '10:00'), summary: tricky, description: tricky.repeat(4), location: 'Wrocław, Plac Solny 1' };
    const [read] = readCalendar(render([event])).events;

    expect(read).toMatchObject({ summary: tricky, description: tricky.repeat(4), location: 'Wrocław, Plac Solny 1' });
  });

  it('folds long lines at 75 octets without cutting a character in two', () => {
    const text = render([{ ...interview('2027-03-26', '10:00'), description: 'Żółć 王小明 '.repeat(30) }]);
    const lines = physicalLines(text);

    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(Buffer.from(text, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });

  it('ends every line with CRLF', () => {
    const text = render([interview('2027-03-26', '10:00')]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
