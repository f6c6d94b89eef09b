/** Quotes introduced by a colon in the previous paragraph, and quotes whose speaker is named after them. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a statement announced with a colon, the quote in the next paragraph',
    text: 'When the pier closed, Governor Paul Brandt released the following statement:\n\n“Our thoughts are with the families who depend on the ferry, and we will rebuild.”',
    speakers: [['thoughts are with the families', 'Paul Brandt']],
  },

  {
    from: 'constructed',
    behaviour: 'a quote whose speaker is named in the next sentence',
    text: 'The council met at noon.\n\n“We are out of money and out of time.” Those were the words of Treasurer Nora Vance, who resigned an hour later.',
    speakers: [['out of money', 'Nora Vance']],
  },
  {
    from: 'constructed',
    behaviour: 'the next sentence names the speaker of a quote it calls “that quote”',
    text: 'The ferry debate is old.\n\n“I would rather lose the pier than lose the harbor.” That quote from Harbor Commissioner Omar Lind appeared on the front page of the Gazette in 1980.',
    speakers: [['rather lose the pier', 'Omar Lind']],
  },
];

describe('colons and next sentences', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
