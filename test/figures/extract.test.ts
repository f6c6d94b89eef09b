import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { figuresOfExtraction, findFigures, type ExtractedClaim } from '../../src/extract/figures/index.js';

/** Claims of a text run through the whole pipeline, with their sources by name. */
function claimsOf(text: string) {
  const x = extract(text);
  return figuresOfExtraction(x).map((c) => ({
    ...c,
    names: c.sources.map((s) => (s.type === 'person' ? x.people[s.ref].name : x.organisations[s.ref].name)),
  }));
}

/** Claims of bare paragraphs with the given organisations and no people or quotes. */
function bare(paragraphs: string[], organisations: string[] = []): ExtractedClaim[] {
  return findFigures({
    paragraphs,
    people: [],
    organisations: organisations.map((name) => ({ name, acronym: null, aliases: [] })),
    quotes: [],
  });
}

const brief = (c: ExtractedClaim) => [c.value, c.qualifier, c.unit, c.per];

describe('values, qualifiers and units', () => {
  it.each([
    ['North Korea has sent about 3,000 troops to Russia.', [3000, 'ABOUT', 'troops', null]],
    ['The North has 1.2 million soldiers.', [1_200_000, 'EXACT', 'troops', null]],
    ['It earned $540 million last year.', [540_000_000, 'EXACT', 'USD', null]],
    ['Each soldier would receive around $2,000 per month.', [2000, 'ABOUT', 'USD', 'month']],
    ['At least 120 people were killed.', [120, 'AT_LEAST', 'people', null]],
    ['More than 1,200 firefighters were at work.', [1200, 'MORE_THAN', 'firefighters', null]],
    ['The storm brought winds of up to 180 km/h.', [180, 'AT_MOST', 'km/h', null]],
    ['Temperatures reached 46C on Sunday.', [46, 'EXACT', '°C', null]],
    ['Inflation fell to 2.4% in March.', [2.4, 'EXACT', 'percent', null]],
    ['Police seized goods worth 180 million euros.', [180_000_000, 'EXACT', 'EUR', null]],
    ['Petrol rose to 1.89 euros a litre.', [1.89, 'EXACT', 'EUR', 'litre']],
    ['The plan will cost £46 billion.', [46_000_000_000, 'EXACT', 'GBP', null]],
    ['Temperatures will drop to minus 5 degrees Celsius.', [-5, 'EXACT', '°C', null]],
  ])('%s', (sentence, expected) => {
    const claims = bare([sentence]);
    expect(claims.map(brief)).toEqual([expected]);
  });

  it('reads written-out numbers that count something, not those that refer back ("the two countries")', () => {
    const claims = bare([
      'Zelensky said two North Korean brigades were training. Twenty-five buses came. It will power six million homes. The two countries signed a deal. One of the soldiers left.',
    ]);
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [2, 'brigades'],
      [25, 'buses'],
      [6_000_000, 'homes'],
    ]);
  });

  it('reads a range between two numbers, sharing the scale of the second', () => {
    const claims = bare([
      'Between 3,000 and 4,000 migrants crossed. Some 3 to 4 million people voted. A further 20-30 boats left.',
    ]);
    expect(claims.map((c) => [c.low, c.value, c.qualifier, c.unit])).toEqual([
      [3000, 4000, 'RANGE', 'migrants'],
      [3_000_000, 4_000_000, 'RANGE', 'people'],
      [20, 30, 'RANGE', 'boats'],
    ]);
  });

  it('gives a count per item its rate: "two brigades with up to 6,000 personnel each"', () => {
    const claims = bare(['Two North Korean brigades -- with up to 6,000 personnel each -- were training.']);
    expect(claims.map(brief)).toEqual([
      [2, 'EXACT', 'brigades', null],
      [6000, 'AT_MOST', 'troops', 'brigade'],
    ]);
  });

  it('reads numbers in other notations and scripts', () => {
    const claims = bare([
      'Organisers said 1,5 million people came; police put the figure at 450.000. And 3k volunteers helped. It weighed 1.234,5 tonnes. ٣٬٠٠٠ troops and ۵۰۰ soldiers left.',
    ]);
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [1_500_000, 'people'],
      [450_000, 'people'],
      [3000, 'volunteers'],
      [1234.5, 'tonnes'],
      [3000, 'troops'],
      [500, 'troops'],
    ]);
  });

  it('takes the unit from the words before when none follows ("the number of troops in Russia to 3,000", "the death toll rose to 134")', () => {
    const claims = bare([
      "The latest deployment brings the number of Pyongyang's troops in Russia to 3,000. The death toll rose to 134 on Wednesday. A magnitude 6.8 quake struck.",
    ]);
    expect(claims.map((c) => [c.value, c.unit])).toEqual([
      [3000, 'troops'],
      [134, 'people'],
      [6.8, 'magnitude'],
    ]);
  });
});

describe('numbers that are not claims', () => {
  it.each([
    [
      'years and decades',
      'It has not fought since the 1950-53 Korean War, nor in the 1970s, nor in 2006, nor between 2020 and 2022.',
    ],
    ['dates', 'Ships moved troops from October 8 to October 13, and again from 3 to 5 March, and on Oct 23, 2024.'],
    ['times', 'The quake struck at 4:17 a.m. and again at 16:47 and at 10 pm; the winner ran 2:03:45.'],
    ['ages in appositions', 'Asif Memon, 58, said so. Ana Ruiz, aged 67, agreed. A 45-year-old man was held.'],
    ['ordinals', 'It was the 14th increase and his 20th goal, the third in a row.'],
    ['numbers inside names', 'The G7 and G20 met; F-16 jets and COVID-19 were discussed at Apollo 11 hall.'],
    ['phone numbers', 'Call the line on 900 123 456 or 0800 555 0199, or call 112.'],
    ['scores', 'Denver beat Phoenix 118-109 and Arsenal won 3-1.'],
    ['durations', 'The strike will last 48 hours after 20 weeks of talks and three days of rain.'],
    ['a table of bare numbers', '12 34 56 78\n90 12 34 56'],
  ])('%s', (_label, sentence) => {
    expect(bare([sentence]).map((c) => c.text)).toEqual([]);
  });

  it('drops page furniture such as a comment count', () => {
    expect(bare(['0 Comments', '12 comments'])).toEqual([]);
  });

  it('finds nothing in an article without figures', () => {
    expect(claimsOf('Talks resume\n\nThe minister said talks would resume soon, officials said.')).toEqual([]);
  });
});

describe('sources', () => {
  it('follows the chain "lawmaker Park said the NIS believes …" to both, nearest first', () => {
    const [claim] = claimsOf(
      'Seoul briefing\n\nLawmaker Park Sun-won said the National Intelligence Service (NIS) believes North Korea has sent 3,000 troops to Russia.',
    );
    expect(claim.names).toEqual(['National Intelligence Service', 'Park Sun-won']);
  });

  it('names the body behind "according to a think tank linked to the NIS"', () => {
    const claims = bare(
      ['The nation earned $540 million last year, according to a think tank linked to South Korea’s NIS.'],
      ['NIS'],
    );
    expect(claims.map((c) => c.sources)).toEqual([[{ type: 'organisation', ref: 0 }]]);
  });

  it('names the cited source of "media, citing the NIS, reported"', () => {
    const claims = bare(
      ['South Korean media, citing the NIS, reported that North Korea will send a total of 12,000 troops.'],
      ['NIS'],
    );
    expect(claims.map((c) => [c.value, c.sources])).toEqual([[12000, [{ type: 'organisation', ref: 0 }]]]);
  });

  it("gives the reporter's own statement no source, even with an organisation in the sentence", () => {
    const claims = bare(['North Korea has 1.2 million troops, and the NIS is watching.'], ['NIS']);
    expect(claims.map((c) => c.sources)).toEqual([[]]);
  });

  it("takes a quote's speaker for a figure inside the quote, and says which quote", () => {
    const claims = claimsOf(
      'Deployment\n\n"About 3,000 North Korean soldiers sent to Russia have been split among bases," Rep. Park Sun-won said.',
    );
    expect(claims.map((c) => [c.value, c.qualifier, c.names, c.quote])).toEqual([[3000, 'ABOUT', ['Park Sun-won'], 0]]);
  });

  it('resolves "the commission said" to the commission named before, never to the outlet', () => {
    const sourcesOf = (paragraphs: string[]) =>
      findFigures({
        paragraphs,
        people: [],
        organisations: [
          { name: 'Central Election Commission', acronym: null, aliases: [] },
          { name: 'AFP', acronym: 'AFP', aliases: [] },
        ],
        quotes: [],
        outlet: 1,
      }).map((c) => c.sources);
    expect(
      sourcesOf(['The Central Election Commission published results.', 'Turnout was 71%, the commission said.']),
    ).toEqual([[{ type: 'organisation', ref: 0 }]]);
    expect(
      sourcesOf(['Its chief told AFP on Monday.', 'Some 40,000 people were left homeless, the group said.']),
    ).toEqual([[]]);
  });

  it('does not take the affiliation of a speaker as a source ("Tom Reyes of Halvorsen Capital said")', () => {
    const claims = findFigures({
      paragraphs: ['Tom Reyes of Halvorsen Capital said he raised his target to $310.'],
      people: [{ name: 'Tom Reyes', aliases: [] }],
      organisations: [{ name: 'Halvorsen Capital', acronym: null, aliases: [] }],
      quotes: [],
    });
    expect(claims.map((c) => c.sources)).toEqual([[{ type: 'person', ref: 0 }]]);
  });
});

describe('grouping keys', () => {
  it("keeps an army's standing strength apart from the troops sent, and sends alike counts to one key", () => {
    const claims = bare([
      'North Korea has sent about 3,000 troops to Russia. North Korea has 1.2 million troops. Seoul said 1,500 North Korean special forces were taken to Russia.',
    ]);
    const [sent, army, special] = claims;
    expect(sent.key).toBe(special.key);
    expect(army.key).not.toBe(sent.key);
    expect(sent.keyLabel).toBe('North Korea: troops');
    expect(army.keyLabel).toBe('North Korea: troops (total strength)');
  });

  it('separates what was killed from other counts of people, and a monthly pay from a total', () => {
    const [killed, homeless, pay, total] = bare([
      'In Turkey, at least 120 people were killed. In Turkey, some 40,000 people were left homeless. Turkey pays $2,000 per month. Turkey paid $540 million.',
    ]);
    expect(killed.key).not.toBe(homeless.key);
    expect(pay.key).not.toBe(total.key);
  });
});

describe('hostile input', () => {
  it('caps the claims of an article with 10,000 figures and keeps their sources', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `The NIS said ${i + 1},000 troops were sent.`).join(' ');
    const claims = bare([text], ['NIS']);
    expect(claims.length).toBe(2000);
    expect(claims.every((c) => c.sources.length === 1)).toBe(true);
    expect(claims.every((c) => c.sentence.length < 1000)).toBe(true);
  });

  it('reads a 1 MB table of numbers without a claim and never throws on odd text', () => {
    const row = Array.from({ length: 10 }, (_, i) => String((i * 7919) % 10000)).join(' ');
    const table = Array.from({ length: 20_000 }, () => row).join('\n');
    expect(table.length).toBeGreaterThan(900_000);
    expect(bare([table])).toEqual([]);
    expect(bare(['1'.repeat(100_000), '1,'.repeat(50_000), '$'.repeat(10_000), '\u0000\uffff'])).toEqual([]);
  });

  it('grows linearly: eight times the figures take well under sixty-four times as long', () => {
    const paragraph = (n: number) =>
      Array.from({ length: n }, (_, i) => `${i} ${i + 1} ${i + 2}, lawmaker Park said on ${i}`).join(' ');
    // The fastest of several runs: neighbours on a shared machine only ever add time.
    const fastest = (n: number) => {
      const text = paragraph(n);
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < 7; r++) {
        const t0 = performance.now();
        bare([text], ['Park']);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    fastest(500);
    const ratio = fastest(8000) / Math.max(fastest(1000), 0.5);
    expect(ratio).toBeLessThan(24);
  });
});
