import { describe, expect, it } from 'vitest';
import {
  locateGold,
  locatePred,
  longestCommonSubstring,
  matchSpans,
  normaliseName,
  overlapRatio,
  paragraphStreamOffsets,
  prf,
  scoreArticle,
  speakerCorrect,
  streamOffset,
  summarise,
  toStream,
  validateGold,
  type GoldArticle,
  type GoldQuote,
  type PredArticle,
  type PredQuote,
} from '../scripts/eval/score.js';

const ARTICLE = [
  '“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday. “Nobody should doubt it.”',
  'The council said the budget was approved. Critics called the plan a “fantasy”.',
  '“First paragraph of a long quote.',
  '“Second paragraph of it,” said Tomás Ortega-Díaz, a planner.',
].join('\n');

const gq = (
  text: string,
  kind: GoldQuote['kind'],
  speaker: string | null,
  speakerType: GoldQuote['speakerType'] = speaker ? 'person' : null,
): GoldQuote => ({
  text,
  kind,
  speaker,
  speakerType,
});
const pq = (
  text: string,
  kind: PredQuote['kind'],
  speaker: string | null,
  speakerType: PredQuote['speakerType'] = speaker ? 'person' : null,
): PredQuote => ({
  text,
  kind,
  speaker,
  speakerType,
});

const GOLD: GoldArticle = {
  file: 't.txt',
  quotes: [
    gq('We will rebuild the bridge by spring,', 'DIRECT', 'Ana Ruiz'),
    gq('Nobody should doubt it.', 'DIRECT', 'Ana Ruiz'),
    gq('the budget was approved', 'INDIRECT', 'City Council', 'organisation'),
    gq('fantasy', 'PARTIAL', null),
    gq('First paragraph of a long quote.\nSecond paragraph of it,', 'DIRECT', 'Tomás Ortega-Díaz'),
  ],
  people: ['Ana Ruiz', 'Tomás Ortega-Díaz'],
  notPeople: ['Monday', 'City Council'],
  aliases: { 'City Council': ['council'] },
};

describe('canonical stream', () => {
  it('drops whitespace and every kind of quotation mark, lower-cases, NFKC', () => {
    expect(toStream('“Hello,” she said…  «Oui»')).toBe('hello,shesaid...oui');
    expect(toStream('It’s')).toBe(toStream("It's"));
    expect(toStream('a\n“b')).toBe('ab');
  });
  it('normalises names for comparison: case, accents, hyphens, spaces', () => {
    expect(normaliseName('Park Sun-won')).toBe(normaliseName('park sunwon'));
    expect(normaliseName('Tomás Ortega-Díaz')).toBe(normaliseName('Tomas Ortega Diaz'));
    expect(normaliseName('Lee Seong-kweun')).toBe(normaliseName('Lee Seong Kweun'));
    expect(normaliseName('Ana Ruiz')).not.toBe(normaliseName('Ana Ruíz Soto'));
  });
});

describe('overlap rule', () => {
  it('is |a∩b| / max(|a|,|b|)', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 15 })).toBe(0.5);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 0, end: 40 })).toBe(0.25);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
    expect(overlapRatio({ start: 0, end: 0 }, { start: 0, end: 0 })).toBe(0);
  });

  it('matches at ≥ 0.3 and not below', () => {
    const loc = (s: number, e: number) => ({ item: null, span: { start: s, end: e }, stream: '' });
    expect(matchSpans([loc(0, 10)], [loc(7, 17)], 0.3)).toEqual([{ gold: 0, pred: 0, overlap: 0.3 }]);
    expect(matchSpans([loc(0, 10)], [loc(8, 18)], 0.3)).toEqual([]);
    // a prediction swallowing 4 gold-length quotes is too long for any of them (10/40 < 0.3)
    expect(matchSpans([loc(0, 10)], [loc(0, 40)], 0.3)).toEqual([]);
  });

  it('is one-to-one and greedy by best overlap', () => {
    const loc = (s: number, e: number) => ({ item: null, span: { start: s, end: e }, stream: '' });
    // pred 0 overlaps gold 0 (0.5) and gold 1 (0.9): it goes to gold 1, gold 0 takes pred 1
    const pairs = matchSpans([loc(0, 10), loc(5, 15)], [loc(6, 15), loc(0, 9)], 0.3);
    expect(pairs.map((p) => [p.gold, p.pred])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('falls back to longest common substring for texts not in the article', () => {
    expect(longestCommonSubstring('abcdef', 'zzcdez')).toBe(3);
    const g = { item: null, span: { start: 0, end: 6 }, stream: 'abcdef' };
    const p = { item: null, span: null, stream: 'abcdxx' };
    expect(matchSpans([g], [p], 0.3)[0].overlap).toBeCloseTo(4 / 6);
  });
});

describe('locating quotes', () => {
  const stream = toStream('He said “yes”. Later he said “yes” again. “No,” she said.');
  it('locates gold quotes in annotation order so repeats resolve to the right occurrence', () => {
    const spans = locateGold(stream, [{ text: 'yes' }, { text: 'yes' }, { text: 'No,' }, { text: 'absent' }]);
    expect(spans[0]!.start).toBeLessThan(spans[1]!.start);
    expect(spans[2]).not.toBeNull();
    expect(spans[3]).toBeNull();
  });
  it('places a prediction at the occurrence nearest to its reported position', () => {
    const second = locateGold(stream, [{ text: 'yes' }, { text: 'yes' }])[1]!;
    expect(locatePred(stream, 'yes', second.start + 2)).toEqual(second);
    expect(locatePred(stream, 'yes')!.start).toBeLessThan(second.start);
  });
  it('maps (paragraph, start) to a stream offset', () => {
    const paras = ['Title line', 'He said “yes”.', 'Later he said “yes” again.'];
    const s = toStream(paras.join('\n\n'));
    const offs = paragraphStreamOffsets(s, paras);
    const at = streamOffset(offs, paras, 2, 'Later he said “'.length);
    expect(s.slice(at!, at! + 3)).toBe('yes');
  });
});

describe('precision / recall / F1 arithmetic', () => {
  it('computes prf and handles empty sets', () => {
    const r = prf(3, 4, 6);
    expect(r.precision).toBe(0.75);
    expect(r.recall).toBe(0.5);
    expect(r.f1).toBeCloseTo(0.6);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
    expect(prf(0, 0, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a perfect prediction as 1 everywhere', () => {
    const pred: PredArticle = {
      quotes: GOLD.quotes.map((g) => ({ ...g })),
      people: ['Ana Ruiz', 'Tomas Ortega Diaz'],
    };
    const s = summarise([scoreArticle(ARTICLE, GOLD, pred)]);
    expect(s.detection).toMatchObject({ precision: 1, recall: 1, f1: 1, tp: 5 });
    expect(s.byKind.DIRECT).toMatchObject({ tp: 3, pred: 3, gold: 3, f1: 1 });
    expect(s.speakerAccuracy).toBe(1);
    expect(s.people).toMatchObject({ precision: 1, recall: 1 });
    expect(s.counts.annotationErrors).toEqual([]);
  });

  it('counts misses, spurious quotes, kind confusions and per-kind scores', () => {
    const pred: PredArticle = {
      quotes: [
        // joined paragraphs, different marks and spacing: still a full match
        pq('First paragraph of a long quote. Second paragraph of it,', 'DIRECT', 'Tomás Ortega-Díaz'),
        // boundary error: whole sentence instead of the clause (20/35 ≥ 0.3, < 0.8)
        pq('The council said the budget was approved.', 'INDIRECT', 'council', 'organisation'),
        // kind confusion: scare-quote-like fragment labelled DIRECT
        pq('fantasy', 'DIRECT', null),
        // spurious
        pq('Mayor Ana Ruiz', 'PARTIAL', 'Ana Ruiz'),
      ],
      people: ['Ana Ruiz', 'Monday'],
    };
    const res = scoreArticle(ARTICLE, GOLD, pred);
    const s = summarise([res]);
    expect(s.counts.matched).toBe(3);
    expect(s.detection.precision).toBeCloseTo(3 / 4);
    expect(s.detection.recall).toBeCloseTo(3 / 5);
    expect(s.detection.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(s.byKind.DIRECT).toMatchObject({ tp: 1, pred: 2, gold: 3 });
    expect(s.byKind.PARTIAL).toMatchObject({ tp: 0, pred: 1, gold: 1 });
    expect(s.byKind.INDIRECT).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.counts.confusion.PARTIAL.DIRECT).toBe(1);
    expect(s.kindAccuracy).toBeCloseTo(2 / 3);
    // boundary error still matched at 0.3 but not at 0.8
    expect(s.strict.tp).toBe(2);
    const cats = res.misses.map((m) => m.category).sort();
    expect(cats).toEqual(
      ['boundary INDIRECT', 'kind PARTIAL→DIRECT', 'missed DIRECT', 'missed DIRECT', 'spurious PARTIAL'].sort(),
    );
    // people: Monday is wrong and a notPeople entry; Tomás missed
    expect(s.people).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(s.notPeoplePeople).toBe(1);
  });
});

describe('speaker accuracy', () => {
  it('compares normalised canonical names, aliases and org acronyms', () => {
    expect(speakerCorrect(gq('x', 'DIRECT', 'Park Sun-won'), pq('x', 'DIRECT', 'park sunwon'))).toBe(true);
    expect(speakerCorrect(gq('x', 'DIRECT', 'Park Sun-won'), pq('x', 'DIRECT', 'Park'))).toBe(false);
    const org = gq('x', 'INDIRECT', 'National Intelligence Service', 'organisation');
    expect(
      speakerCorrect(
        org,
        { ...pq('x', 'INDIRECT', 'South Korean spy agency', 'organisation'), speakerAcronym: 'NIS' },
        {
          'National Intelligence Service': ['NIS'],
        },
      ),
    ).toBe(true);
    expect(
      speakerCorrect(org, pq('x', 'INDIRECT', 'NIS', 'organisation'), { 'National Intelligence Service': ['NIS'] }),
    ).toBe(true);
    expect(speakerCorrect(org, pq('x', 'INDIRECT', 'NIS', 'organisation'))).toBe(false);
  });

  it('treats null == null as correct and null vs name as wrong either way', () => {
    expect(speakerCorrect(gq('x', 'PARTIAL', null), pq('x', 'PARTIAL', null))).toBe(true);
    expect(speakerCorrect(gq('x', 'PARTIAL', null), pq('x', 'PARTIAL', 'Ana Ruiz'))).toBe(false);
    expect(speakerCorrect(gq('x', 'PARTIAL', 'Ana Ruiz'), pq('x', 'PARTIAL', null))).toBe(false);
  });

  it('is computed over matched quotes only, with null and named splits', () => {
    const pred: PredArticle = {
      quotes: [
        pq('We will rebuild the bridge by spring,', 'DIRECT', 'Ana Ruiz'), // right
        pq('Nobody should doubt it.', 'DIRECT', null), // wrong: person→null
        pq('fantasy', 'PARTIAL', 'Ana Ruiz'), // wrong: null→person
        pq('the budget was approved', 'INDIRECT', 'City Council', 'organisation'), // right
        pq('Monday', 'PARTIAL', 'Monday'), // unmatched: not in speaker accuracy, but a notPeople attribution
      ],
      people: [],
    };
    const res = scoreArticle(ARTICLE, GOLD, pred);
    const s = summarise([res]);
    expect(s.counts.matched).toBe(4);
    expect(s.speakerAccuracy).toBe(0.5);
    expect(s.speakerAccuracyNull).toBe(0);
    expect(s.speakerAccuracyNonNull).toBeCloseTo(2 / 3);
    expect(s.endToEnd).toMatchObject({ tp: 2, pred: 5, gold: 5 });
    expect(s.notPeopleQuotes).toBe(1);
    expect(res.misses.map((m) => m.category)).toEqual(
      expect.arrayContaining(['speaker person→null', 'speaker null→person', 'spurious PARTIAL']),
    );
  });
});

describe('ignore spans and validation', () => {
  const text = 'Mayor says bridge will reopen\nThe mayor said the bridge will reopen in May, officials said.';
  const gold: GoldArticle = {
    file: 'i.txt',
    quotes: [gq('the bridge will reopen in May', 'INDIRECT', 'Ana Ruiz')],
    people: ['Ana Ruiz'],
    notPeople: [],
    ignore: ['Mayor says bridge will reopen'],
  };
  it('drops unmatched predictions inside ignored furniture', () => {
    const s = summarise([
      scoreArticle(text, gold, {
        quotes: [
          pq('bridge will reopen', 'INDIRECT', null),
          pq('the bridge will reopen in May', 'INDIRECT', 'Ana Ruiz'),
        ],
        people: [],
      }),
    ]);
    expect(s.counts.ignored).toBe(1);
    expect(s.detection).toMatchObject({ precision: 1, recall: 1 });
  });
  it('reports gold quotes that are not in the article', () => {
    expect(validateGold(text, gold)).toEqual([]);
    const bad = { ...gold, quotes: [gq('the bridge will close', 'INDIRECT', 'Nobody Known')] };
    const errs = validateGold(text, bad);
    expect(errs.some((e) => e.includes('not found'))).toBe(true);
    expect(errs.some((e) => e.includes('not in people'))).toBe(true);
  });
  it('allows a quote to end with a quotation nested in it, not with a stray mark', () => {
    const nested = 'He said: “There is no reason other than ‘we don’t like it’” and left.';
    const article = (quote: string) => ({ ...gold, ignore: [], quotes: [gq(quote, 'DIRECT', 'Ana Ruiz')] });
    expect(validateGold(nested, article('There is no reason other than ‘we don’t like it’'))).toEqual([]);
    const stray = validateGold(nested, article('There is no reason other than ‘we don’t like it’”'));
    expect(stray.some((e) => e.includes('starts/ends with a mark'))).toBe(true);
    expect(
      validateGold(nested, article('“There is no reason')).some((e) => e.includes('starts/ends with a mark')),
    ).toBe(true);
  });
});
