/** resolve(): an article's people and organisations matched to known ones, or kept new. */
import { describe, expect, it } from 'vitest';
import { extract, resolve } from '../../../src/extract/index.js';

describe('resolve', () => {
  const known = {
    people: [
      { id: 1, name: 'Park Sun-won', aliases: [], organisations: ['National Assembly'] },
      { id: 2, name: 'Volodymyr Zelensky', aliases: [], organisations: [] },
      { id: 3, name: 'Kim Jong Un', aliases: [], organisations: [] },
      { id: 4, name: 'Lee Seong-kweun', aliases: [], organisations: [] },
    ],
    organisations: [
      { id: 10, name: 'NATO', acronym: 'NATO', aliases: [] },
      { id: 11, name: 'National Intelligence Service', acronym: 'NIS', aliases: [] },
    ],
  };
  // from: sample 002
  it('merges transliteration variants and acronyms', () => {
    const x = extract(
      'According to lawmaker Park Sunwon, the NIS believes more troops will come. Ukrainian President Volodymyr Zelenskyy also claimed his government had intelligence. Lawmaker Lee Seong Kweun noted that instructors praised the troops. Nato said nothing.',
    );
    const r = resolve(x, known);
    const byName = (n: string) => r.people[x.people.findIndex((p) => p.name === n)];
    expect(byName('Park Sunwon')).toEqual({ id: 1, name: 'Park Sun-won' });
    expect(byName('Volodymyr Zelenskyy').id).toBe(2);
    expect(byName('Lee Seong Kweun').id).toBe(4);
    const orgId = (n: string) => r.organisations[x.organisations.findIndex((o) => o.name === n || o.acronym === n)]?.id;
    expect(orgId('NIS')).toBe(11);
    expect(orgId('NATO')).toBe(10);
  });
  // from: sample 001
  it('never merges two people on a shared surname alone', () => {
    const x = extract(
      '“It would be the highest number,” said Kim Dong-yup, a professor at the University of North Korean Studies.',
    );
    const r = resolve(x, known);
    expect(r.people[0]).toEqual({ id: null, name: 'Kim Dong-yup' });
  });
  // from: sample 001
  it('keeps new entities new', () => {
    const x = extract('“We will see,” said Yang Uk, a military expert at the Asan Institute for Policy Studies.');
    const r = resolve(x, { people: [], organisations: [] });
    expect(r.people).toEqual([{ id: null, name: 'Yang Uk' }]);
    expect(r.organisations.every((o) => o.id === null)).toBe(true);
  });
});
