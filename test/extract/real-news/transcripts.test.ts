/** Interviews and debate transcripts: `ROE: …` speaker labels and `Q: … A: …`. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'upper-case speaker labels in a debate transcript',
    text: 'Moderator Lena Hart questioned Governor Paul Brandt and Mayor Ruth Alder on the harbor.\n\nHART: Governor, will you fund the pier?\n\nBRANDT: “We will fund it in the first budget, and not a day later.”\n\nALDER: “The governor has promised that three times before.”',
    speakers: [
      ['first budget', 'Paul Brandt'],
      ['promised that three times', 'Ruth Alder'],
    ],
  },
];

describe('transcripts', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
