/** The keys resolve() matches on: name keys for people and organisations, quote keys for quotes. */
import { describe, expect, it } from 'vitest';
import { nameKeys, quoteKey } from '../../../src/extract/index.js';

const shareKey = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));

describe('nameKeys', () => {
  it('normalises case, accents, hyphens and spaces', () => {
    expect(nameKeys('Park Sun-won')).toContain('parksunwon');
    expect(nameKeys('Søren Ølgaard')[0]).toBe(nameKeys('søren ølgaard')[0]);
    expect(nameKeys('')).toEqual([]);
  });
  it.each([
    { from: 'samples', a: 'Park Sun-won', b: 'Park Sunwon' },
    { from: 'samples', a: 'Lee Seong-kweun', b: 'Lee Seong Kweun' },
    { from: 'samples', a: 'Volodymyr Zelensky', b: 'Volodymyr Zelenskyy' },
    { from: 'samples', a: 'Zelensky', b: 'Volodymyr Zelenskyy' },
    { from: 'samples', a: 'NATO', b: 'Nato' },
    { from: 'samples', a: 'National Intelligence Service', b: 'NIS' },
    { from: 'constructed', a: 'Sun-won Park', b: 'Park Sun-won' },
  ])('$a and $b share a key ($from)', ({ a, b }) => expect(shareKey(a, b)).toBe(true));
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
