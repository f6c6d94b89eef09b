/**
 * Constructed cases for the sixth round of attribution failure classes (guided by independent set 4).
 * Names and topics are invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { speakerFor } from './helpers.js';

const peopleNames = (t: string) => extract(t).people.map((p) => p.name);

describe('1. honorifics from West African and labour usage are titles, not given names', () => {
  it.each([
    ['The union leader, Comrade Tunde Bakare, said the strike would go ahead.', 'Tunde Bakare', 'strike would go ahead'],
    ['"We will not be moved," said Nana Kwame Boateng, a chief of the town.', 'Kwame Boateng', 'We will not be moved'],
    ['Alhaji Musa Danjuma said the market would reopen on Friday.', 'Musa Danjuma', 'market would reopen'],
  ])('%s', (t, name, quote) => {
    expect(speakerFor(t, quote)).toBe(name);
    expect(peopleNames(t)).toEqual([name]);
  });
});
