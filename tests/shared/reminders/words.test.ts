// What a reminder says, in the user's language.
import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../../shared/due';
import { translator } from '../../../shared/i18n';
import { reminderWords } from '../../../shared/reminders/words';

const lookups = {
  people: new Map([['anna', { name: 'Anna Berg' }], ['ben', { name: 'Ben Ode' }]]),
  applications: new Map([['acme', { company: 'ACME' }]]),
};
const followUp: DueItem = { kind: 'follow_up', dueOn: '2026-11-28', overdue: false, requestId: 'c1', referenceId: 'anna', applicationId: 'acme' };
const lateThanks: DueItem = { kind: 'send_thanks', dueOn: '2026-11-20', overdue: true, requestId: 'c2', referenceId: 'ben', applicationId: null };
const today = { kind: 'today' } as const;

describe('the words of a reminder', () => {
  it('names the one task due today, in English and German', () => {
    const summary = { kind: 'summary', items: [followUp], late: 0, opens: today } as const;
    expect(reminderWords(summary, lookups, translator('en')).body).toBe('Due today: Follow up with Anna about ACME.');
    expect(reminderWords(summary, lookups, translator('de')).body).toBe('Heute fällig: Bei Anna wegen ACME nachhaken.');
  });

  it('says how many tasks are overdue when all of them are', () => {
    const summary = { kind: 'summary', items: [lateThanks, { ...lateThanks, requestId: 'c3' }], late: 2, opens: today } as const;
    expect(reminderWords(summary, lookups, translator('en')).body).toMatch(/^2 reference tasks are overdue/);
    expect(reminderWords(summary, lookups, translator('de')).body).toMatch(/^2 Aufgaben .* sind überfällig/);
  });

  it('counts what is due and what of it is overdue', () => {
    const summary = { kind: 'summary', items: [followUp, lateThanks], late: 1, opens: today } as const;
    expect(reminderWords(summary, lookups, translator('en')).body).toBe('2 reference tasks are waiting for you today, 1 of them overdue.');
    expect(reminderWords(summary, lookups, translator('de')).body).toBe('Heute warten 2 Aufgaben rund um deine Referenzen auf dich, 1 davon überfällig.');
  });

  it('counts tasks due today when none is overdue', () => {
    const summary = { kind: 'summary', items: [followUp, { ...followUp, requestId: 'c4' }], late: 0, opens: today } as const;
    expect(reminderWords(summary, lookups, translator('en')).body).toBe('2 reference tasks are due today.');
  });

  it('names the task that just turned overdue', () => {
    const late = { kind: 'late', item: lateThanks, opens: { kind: 'card', requestId: 'c2' } } as const;
    expect(reminderWords(late, lookups, translator('en'))).toEqual({ title: 'Rekindle', body: 'Now overdue: Thank Ben.' });
    expect(reminderWords(late, lookups, translator('de')).body).toMatch(/^Jetzt überfällig: /);
  });
});
