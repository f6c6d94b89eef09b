import { describe, expect, it } from 'vitest';
import { resolve, type Extraction, type KnownPerson } from '../../src/extract/index.js';
import { BatchKnownEntities } from '../../src/ingest/batch-known.js';

// Many stored people share the surname (a lookup key): full names, initials, a surname alone, a
// near spelling, the reversed order.
const givens = ['Maria', 'Mario', 'John', 'Jon', 'J.', 'Anna', 'Marta', 'Peter', 'Sun-won', 'Sunwon'];
const stored: KnownPerson[] = [
  ...givens.map((given, i) => ({ id: i + 1, name: `${given} Park`, aliases: [`${given} Park`], organisations: [] })),
  { id: 20, name: 'Park', aliases: ['Park'], organisations: [] },
  { id: 21, name: 'Park Sun-won', aliases: ['Park Sun-won', 'Sun-won Park'], organisations: ['NIS'] },
  { id: 22, name: 'Mary Parks', aliases: ['Mary Parks'], organisations: [] },
];

// What articles found (resolve reads the people's names and affiliations, and the organisations).
const found = [
  [{ name: 'Maria Park', aliases: ['Park'] }],
  [{ name: 'Park', aliases: [] }],
  [
    { name: 'Sun-won Park', aliases: [] },
    { name: 'J. Park', aliases: [] },
  ],
  [
    { name: 'Marta Parks', aliases: [] },
    { name: 'Peter Park', aliases: ['Park'] },
  ],
  [{ name: 'Sunwon Park', aliases: ['Park Sunwon'] }],
];
const extractionOf = (people: { name: string; aliases: string[] }[]) =>
  ({
    people: people.map((p) => ({ ...p, affiliations: [], descriptions: [], mentions: 1 })),
    organisations: [],
  }) as unknown as Extraction;

describe('the candidates a batch offers resolution', () => {
  it('resolve decides over them as it does over every stored person sharing a key', () => {
    const sizes: number[] = [];
    for (const people of found) {
      const extraction = extractionOf(people);
      const candidates = new BatchKnownEntities({ people: stored, organisations: [] }).candidatesFor(extraction);
      expect(resolve(extraction, candidates)).toEqual(resolve(extraction, { people: stored, organisations: [] }));
      sizes.push(candidates.people.length);
    }
    // And it is offered fewer of them where names tell them apart ("J. Park" is no Maria Park).
    expect(Math.min(...sizes)).toBeLessThan(stored.length - 1);
  });
});
