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
  {
    from: 'constructed',
    behaviour: 'answers after “A:” are the interviewee’s, the subject of the introduction',
    text: 'Mayor Nora Vance sat down with the Gazette’s Leo Marsh this week.\n\nQ: Will the pier close?\n\nA: “Never, as long as I am mayor.”\n\nQ: And the ferry?\n\nA: “It stays too.”',
    speakers: [
      ['Never, as long as I am mayor', 'Nora Vance'],
      ['It stays too', 'Nora Vance'],
    ],
  },
];

describe('transcripts', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
