/** Reporting phrases around a quote that are not a plain speech verb: `As X put it`, `X went on to say`. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: '“As X, an apposition, put it,” before the quote',
    text: 'As Nadia Fenwick, a professor of law at Coastline College, put it, “The harbor bill is a gift to the ferry lobby.”',
    speakers: [['gift to the ferry lobby', 'Nadia Fenwick']],
  },
  {
    from: 'constructed',
    behaviour: 'an infinitive of saying after another verb (“went on to say”)',
    text: '“We are ready,” said the mayor’s opponent, Bo Reyes.\n\nMayor Ada Quill went on to say, “From the bottom of my heart, I thank the fishermen.”',
    speakers: [['bottom of my heart', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'an infinitive of saying after a passive verb (“was prompted to say”)',
    text: '“We will win,” Senator Rita Gale said.\n\nThe debate was so calm that Governor Paul Brandt was prompted to say, “I cannot believe how civil this has been.”',
    speakers: [['how civil this has been', 'Paul Brandt']],
  },
  {
    from: 'constructed',
    behaviour: '“what X called” after a preposition, not the previous speaker',
    text: '“We will win,” Senator Rita Gale said.\n\nThe town sought the festival in the hopes of shedding what Mayor Ada Quill called “a perception problem.”',
    speakers: [['perception problem', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted manner verb after the quote (“reacted X”)',
    text: 'The governor spoke for an hour.\n\n“He said nothing new,” reacted Senator Rita Gale.',
    speakers: [['said nothing new', 'Rita Gale']],
  },
];

describe('reporting phrases', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
