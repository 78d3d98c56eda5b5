import { describe, expect, it } from 'vitest';
import { addTags, matchingSuggestions, splitTags } from '../../../renderer/components/tags';

describe('tags typed or pasted', () => {
  it('splits a pasted list on commas, semicolons, tabs and new lines, trimming each and dropping empty ones', () => {
    expect(splitTags(' Hiring, stakeholder management\r\nDelivery;;\tbudgets , ', 80)).toEqual(['Hiring', 'stakeholder management', 'Delivery', 'budgets']);
  });

  it('cuts a tag to the length the schema allows', () => {
    expect(splitTags(`${'a'.repeat(70)}, b`, 60)).toEqual(['a'.repeat(60), 'b']);
  });

  it('adds only tags the list does not hold in any case, and stops at the maximum', () => {
    expect(addTags(['delivery'], ['Delivery', 'hiring', 'HIRING', 'budgets'], 3)).toEqual(['delivery', 'hiring', 'budgets']);
    expect(addTags(['a', 'b'], ['c', 'd'], 3)).toEqual(['a', 'b', 'c']);
  });

  it('suggests each known tag once that contains what is typed and is not on the list yet', () => {
    const known = ['delivery', 'Mentoring', 'mentoring', 'hiring', 'Delivery'];
    expect(matchingSuggestions(known, ['hiring'], 'ment')).toEqual(['Mentoring']);
    expect(matchingSuggestions(known, ['hiring'], '')).toEqual(['delivery', 'Mentoring']);
    expect(matchingSuggestions(known, [], 'i', 2)).toEqual(['delivery', 'Mentoring']);
  });
});
