/** Places, events, groups, units and capitalised phrases without person evidence are never people. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { peopleOf } from '../helpers.js';

const neverPeople = [
  { from: 'samples', text: 'North Korea has sent troops to the Korean Peninsula and the Russian Far East.' },
  { from: 'samples', text: 'North Koreans said nothing, while the Kursk region and Pyongyang stayed quiet.' },
  { from: 'samples', text: 'The elite "Storm Corps" was sent after the Korean War and the Cold War.' },
  { from: 'samples', text: 'The White House and the Washington Post reported on the Indo-Pacific region.' },
  { from: 'samples', text: 'South Korean lawmakers met Ukrainian officials in Seoul on Wednesday in October.' },
  { from: 'eval article 28', text: 'He received his Baggy Green on Thursday at the Perth Test.' },
  {
    from: 'independent-1',
    text: ['Kisumu Water Company said supplies would resume.', 'Addis Ababa said it would respond.'].join('\n'),
  },
  {
    from: 'eval article 45',
    text: [
      'Union leader Sofia Marques spoke in front of Santa Lucia station on Monday.',
      'Parking at the Marine Parade car parks will cost £5.',
    ].join('\n'),
    people: ['Sofia Marques'],
  },
];

describe('mentions: never people', () => {
  it.each(neverPeople)(
    'places, events, groups, organisation head words, place nouns: $text ($from)',
    ({ text, people = [] }) => expect(peopleOf(text)).toEqual(people),
  );
  // from: independent-2/3
  it('a lone "de" inside a place name does not make a person ("Santiago de Compostela")', () => {
    expect(extract('The flight landed in Santiago de Compostela on Monday.').people).toEqual([]);
  });
});
