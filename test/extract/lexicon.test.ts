import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/extract/lexicon/index.js';
import { writtenWords } from '../../src/extract/lexicon/words.js';

const { personWords, places, speechVerbs, titles } = lexicon;

/** Every word list the lexicon exports, by "domain.NAME". */
const lists: [string, Set<string>][] = Object.entries(lexicon).flatMap(([domain, mod]) =>
  Object.entries(mod as Record<string, unknown>)
    .filter((e): e is [string, Set<string>] => e[1] instanceof Set)
    .map(([name, s]): [string, Set<string>] => [`${domain}.${name}`, s]),
);

/** Sets computed from other lists (unions, lower-cased keys): their sources are checked instead. */
const DERIVED = new Set([
  'functionWords.MONTH_SET',
  'personWords.GIVEN_NAMES',
  'places.COUNTRY_SET',
  'places.NATIONALITY_SET',
  'places.PLACE_SET',
]);

const overlap = (a: Iterable<string>, b: Set<string>) => [...a].filter((w) => b.has(w));
const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()));

describe('lexicon', () => {
  it('builds every written list with set(), so its words as written can be checked', () => {
    const untracked = lists.filter(([name, s]) => !DERIVED.has(name) && !writtenWords(s)).map(([name]) => name);
    expect(untracked).toEqual([]);
  });

  it.each(lists.filter(([name]) => !DERIVED.has(name)))('%s repeats no word', (_name, s) => {
    const seen = new Set<string>();
    const repeats = (writtenWords(s) ?? []).filter((w) => seen.has(w) || !seen.add(w));
    expect(repeats).toEqual([]);
  });

  it.each([
    ['male and female given names', personWords.MALE_GIVEN_NAMES, personWords.FEMALE_GIVEN_NAMES],
    ['ungendered and male given names', personWords.UNGENDERED_GIVEN_NAMES, personWords.MALE_GIVEN_NAMES],
    ['ungendered and female given names', personWords.UNGENDERED_GIVEN_NAMES, personWords.FEMALE_GIVEN_NAMES],
    ['male and female kinship nouns', personWords.MALE_KIN, personWords.FEMALE_KIN],
    ['male and female titles', titles.MALE_TITLES, titles.FEMALE_TITLES],
    ['verbs with a bare clause and verbs with "that"', speechVerbs.SAY_BARE, speechVerbs.SAY_THAT],
    ['verbs with a bare clause and attribution-only verbs', speechVerbs.SAY_BARE, speechVerbs.ATTRIB_ONLY],
    ['verbs with "that" and attribution-only verbs', speechVerbs.SAY_THAT, speechVerbs.ATTRIB_ONLY],
    [
      'manner verbs and the other speech verbs',
      speechVerbs.MANNER,
      new Set([...speechVerbs.SAY_BARE, ...speechVerbs.SAY_THAT, ...speechVerbs.ATTRIB_ONLY]),
    ],
    ['countries and cities', lower(places.COUNTRIES), lower(places.CITIES)],
    ['countries and capitals', lower(places.COUNTRIES), lower(Object.keys(places.CAPITALS))],
    ['cities and capitals', lower(places.CITIES), lower(Object.keys(places.CAPITALS))],
  ])('%s share no word (one copy of each)', (_what, a, b) => {
    expect(overlap(a, b)).toEqual([]);
  });

  it.each([
    ['honorifics', titles.HONORIFICS, titles.TITLES],
    ['male titles', titles.MALE_TITLES, titles.TITLES],
    ['female titles', titles.FEMALE_TITLES, titles.TITLES],
    ['opinion verbs', speechVerbs.NOT_INDIRECT, speechVerbs.SAY_BARE],
    [
      'gendered names kept out of the given-name evidence',
      personWords.GENDER_ONLY_NAMES,
      new Set([...personWords.MALE_GIVEN_NAMES, ...personWords.FEMALE_GIVEN_NAMES]),
    ],
  ])('%s are a subset of their wider list', (_what, part, whole) => {
    expect([...part].filter((w) => !whole.has(w))).toEqual([]);
  });

  it('counts as given names exactly the ungendered and gendered names, less the gender-only ones', () => {
    const { GIVEN_NAMES, UNGENDERED_GIVEN_NAMES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES, GENDER_ONLY_NAMES } =
      personWords;
    for (const n of [...UNGENDERED_GIVEN_NAMES, ...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES])
      expect(GIVEN_NAMES.has(n), n).toBe(!GENDER_ONLY_NAMES.has(n));
    expect(GIVEN_NAMES.has('siobhán')).toBe(true);
  });
});
