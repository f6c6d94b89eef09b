/** Quoted words embedded in the reporter's own sentence are PARTIAL, and only the PARTIAL is kept. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { kindFor } from '../helpers.js';
import { kindsAndTexts as texts } from './find-quotes.js';

const phrases = [
  {
    from: 'samples',
    paragraph: 'Peskov called the claim a lie and a “provocation.”',
    quotes: ['PARTIAL:provocation.'],
  },
  {
    from: 'samples',
    paragraph: 'He said the alliance was not “hiding” its determination.',
    quotes: ['PARTIAL:hiding'],
  },
  {
    from: 'eval article 03',
    paragraph: 'She described the heat as a “historic heatwave” on Monday.',
    quotes: ['PARTIAL:historic heatwave'],
  },
  {
    from: 'constructed',
    paragraph: 'Okafor said the president would sign it "as soon as it hits his desk."',
    quotes: ['PARTIAL:as soon as it hits his desk.'],
  },
];

describe('quotes: partial quotes', () => {
  it.each(phrases)(
    'a phrase inside reported speech is PARTIAL, and reported speech holding it gives only the PARTIAL: $paragraph ($from)',
    ({ paragraph, quotes }) => expect(texts(paragraph)).toEqual(quotes),
  );
  // from: independent-1
  it('a phrase ending with a comma inside the marks, mid-sentence, is PARTIAL: called the agreement “a win for workers,” adding …', () => {
    expect(
      kindFor(
        'Union leader Carla Mendes called the agreement “a win for workers,” adding that more talks were needed.',
        'a win for workers',
      ),
    ).toBe('PARTIAL');
    expect(
      kindFor(
        'The governor described the storm as “the worst in a generation,” and asked for federal aid.',
        'worst in a generation',
      ),
    ).toBe('PARTIAL');
  });
  // from: independent-1
  it('a reported clause whose relative clause holds marked words is left to the partial quote', () => {
    const t =
      'He says the hardest part of the job is not the drunks, who he calls "mostly harmless", but the empty hours.';
    const x = extract(t);
    expect(x.quotes.map((q) => q.kind)).toEqual(['PARTIAL']);
    const t2 = 'Analyst Iris Falk said the cost of the recall, which she put at 9 billion yen, was "manageable".';
    expect(extract(t2).quotes.map((q) => [q.kind, q.text])).toEqual([['PARTIAL', 'manageable']]);
  });
});
