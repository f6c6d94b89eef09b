/** Where a reported clause starts and ends: relative and concessive clauses, participles, objects, venue tails. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { speakerFor } from '../helpers.js';
import { indirectTexts as indirect, kindsAndTexts as texts } from './find-quotes.js';

const endings = [
  {
    from: 'constructed',
    paragraph: 'The police said 37 people had been arrested and that the roads had reopened by 4pm.',
    clause: '37 people had been arrested and that the roads had reopened by 4pm',
  },
  {
    from: 'constructed',
    paragraph: 'Natarajan said pay had fallen by a fifth since 2008, a figure the government disputes.',
    clause: 'pay had fallen by a fifth since 2008',
  },
  {
    from: 'constructed',
    paragraph: 'The office said two people were unaccounted for and urged residents not to return.',
    clause: 'two people were unaccounted for',
  },
  {
    from: 'constructed',
    paragraph: 'Castellanos said several distributors had made offers, though she would not name them.',
    clause: 'several distributors had made offers',
  },
  {
    from: 'constructed',
    paragraph: 'Chen said winds were expected to ease, giving crews a chance to build lines.',
    clause: 'winds were expected to ease',
  },
  {
    from: 'constructed',
    paragraph: 'Lindqvist said the team would review its strategy but defended the call.',
    clause: 'the team would review its strategy',
  },
];

describe('quotes: where a reported clause ends', () => {
  it.each(endings)(
    'the reported clause ends before a second clause, apposition, concession or participle: $paragraph ($from)',
    ({ paragraph, clause }) => expect(texts(paragraph)).toEqual([`INDIRECT:${clause}`]),
  );
  // from: independent-1
  it('a relative clause inside the reported subject stays in the quote', () => {
    const t = 'Marta Quell said the new ferry timetable, which starts in May, would cut journeys by twenty minutes.';
    expect(indirect(t)).toEqual(['the new ferry timetable, which starts in May, would cut journeys by twenty minutes']);
  });
  // from: independent-1
  it('a relative clause after a complete reported clause still ends it', () => {
    const t = 'Marta Quell said the ferry would leave at noon, which surprised the crew.';
    expect(indirect(t)).toEqual(['the ferry would leave at noon']);
  });
  // from: independent-1
  it('"C, the automaker said in a filing with the Ministry of Land, Infrastructure and Transport"', () => {
    const t =
      'The recall covers four models made between 2021 and 2023, the automaker said in a filing with the Ministry of Land, Infrastructure and Transport.';
    const x = extract(t);
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['INDIRECT', 'The recall covers four models made between 2021 and 2023'],
    ]);
  });
});

describe('quotes: where a reported clause starts', () => {
  // from: eval article 42
  it('a speech-verb word after a determiner is a noun ("with the recall", "his comment")', () => {
    const x = extract('The cell supplier, Varden Materials, said it was cooperating with the recall.');
    expect(x.quotes.map((q) => q.text)).toEqual(['it was cooperating with the recall']);
  });
  // from: eval article 47
  it('an object noun phrase before "and said" is not a reported clause: "declared a state of emergency … and said …"', () => {
    const x = extract(
      'Gov. Alma Reyes declared a state of emergency for 14 counties and said the National Guard would help with rescues.',
    );
    expect(x.quotes.map((q) => q.text)).toEqual(['the National Guard would help with rescues']);
  });
  // from: independent-4
  it('"their previous estimate" is a noun, not a sentence-final speech verb: the clause starts after the cue', () => {
    const t =
      'Analysts at Goldfinch Securities said in a note the drug could reach sales of $2 billion, roughly double their previous estimate.';
    const q = extract(t).quotes[0];
    expect(q.text.startsWith('the drug could reach')).toBe(true);
    expect(speakerFor(t, 'the drug could reach')).toBe('Goldfinch Securities');
  });
});
