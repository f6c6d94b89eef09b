import { describe, expect, it } from 'vitest';
import { extract, nameKeys, quoteKey, resolve } from '../../src/extract/index.js';
import { samePerson } from '../../src/extract/index.js';

const shareKey = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));

describe('nameKeys', () => {
  it('normalises case, accents, hyphens and spaces', () => {
    expect(nameKeys('Park Sun-won')).toContain('parksunwon');
    expect(nameKeys('Søren Ølgaard')[0]).toBe(nameKeys('søren ølgaard')[0]);
    expect(nameKeys('')).toEqual([]);
  });
  it.each([
    ['Park Sun-won', 'Park Sunwon'],
    ['Lee Seong-kweun', 'Lee Seong Kweun'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Zelensky', 'Volodymyr Zelenskyy'],
    ['NATO', 'Nato'],
    ['National Intelligence Service', 'NIS'],
    ['Sun-won Park', 'Park Sun-won'],
  ])('%s and %s share a key', (a, b) => expect(shareKey(a, b)).toBe(true));
});

describe('samePerson', () => {
  it.each([
    ['Park Sun-won', 'Park Sunwon', true],
    ['Lee Seong-kweun', 'Lee Seong Kweun', true],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', true],
    ['Zelensky', 'Volodymyr Zelenskyy', true],
    ['Kim Dong-yup', 'Kim Jong Un', false],
    ['Kim Jong Un', 'Kim Yo Jong', false],
    ['John Smith', 'Jane Smith', false],
    ['J. Smith', 'John Smith', true],
  ])('%s / %s → %s', (a, b, same) => expect(samePerson(a, b)).toBe(same));
});

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
  it('never merges two people on a shared surname alone', () => {
    const x = extract(
      '“It would be the highest number,” said Kim Dong-yup, a professor at the University of North Korean Studies.',
    );
    const r = resolve(x, known);
    expect(r.people[0]).toEqual({ id: null, name: 'Kim Dong-yup' });
  });
  it('keeps new entities new', () => {
    const x = extract('“We will see,” said Yang Uk, a military expert at the Asan Institute for Policy Studies.');
    const r = resolve(x, { people: [], organisations: [] });
    expect(r.people).toEqual([{ id: null, name: 'Yang Uk' }]);
    expect(r.organisations.every((o) => o.id === null)).toBe(true);
  });
});

describe('quoteKey', () => {
  it('ignores punctuation, quote style, case and whitespace', () => {
    expect(quoteKey('“It’s a start,  but a start is NOT a home.”')).toBe(
      quoteKey("it's a start but a start is not a home"),
    );
    expect(quoteKey('fake news.')).toBe(quoteKey('"Fake  news"'));
  });
  it('differs for different words', () => {
    expect(quoteKey('we will win')).not.toBe(quoteKey('we will lose'));
  });
});
