/** Quotes with no cue of their own: continuation of the speaker's turn, multi-paragraph quotes, Q&A. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const continuation: SpeakerCase[] = [
  {
    from: 'samples',
    behaviour: 'a continuation paragraph with no cue keeps the previous speaker',
    text: '“The first thing is the money,” said Kim Dong-yup, a professor.\n“The second thing is the timing.”',
    speakers: [['second thing', 'Kim Dong-yup']],
  },
  {
    from: 'samples',
    behaviour: 'a continuation inside a paragraph after "Doo said." keeps the speaker',
    text: 'Doo Jin-ho is a research fellow.\n“Pyongyang will seek technology,” Doo said. “North Korea may also ask Russia for help.”',
    speakers: [['may also ask', 'Doo Jin-ho']],
  },
  {
    from: 'constructed',
    behaviour: 'a quote re-opened in the next paragraph takes the speaker named at its end',
    text: 'Mayor Karen Bass met residents.\n"We lost everything. The house, the car.\n"We have nothing left," said resident Tom Hill.',
    speakers: [['We lost everything', 'Tom Hill']],
  },
];

const interviews: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: "a question in the reporter's voice does not break continuation: “…” Does she miss racing? “…”",
    text: [
      '“I retired at the right time,” said Sofia Lindqvist, the former champion.',
      'Does she miss racing?',
      '“Every single day.”',
    ].join('\n'),
    speakers: [['Every single day', 'Sofia Lindqvist']],
  },
  {
    from: 'independent-1',
    behaviour: '"Asked whether …," with the quote in the same sentence',
    text: [
      '“The budget is tight,” said Gareth Hale, the council leader.',
      'Asked whether the library would close, he said: “Not while I am here.”',
    ].join('\n'),
    speakers: [['Not while I am here', 'Gareth Hale']],
  },
  {
    from: 'independent-1',
    behaviour: 'an uncued answer after "Does she …?" is hers, even when another person spoke last',
    text: [
      'Lena Varga, 41, has written four novels.',
      '"I write in the mornings," she says.',
      'Her editor, Paul Sturm, said the new book was her best.',
      'Does she worry about being called a "regional writer"?',
      '"I used to. Now I think every writer is regional."',
    ].join('\n'),
    speakers: [['every writer is regional', 'Lena Varga']],
  },
  {
    from: 'independent-1',
    behaviour: 'an uncued answer after a question that names the person is theirs',
    text: [
      'Her coach, Mia Lund, said the injury had healed.',
      'Did Tove Berg think she would race again?',
      '"No. Honestly, no. I gave my spikes away."',
    ].join('\n'),
    speakers: [['gave my spikes away', 'Tove Berg']],
  },
];

describe('speakers: continuation', () => {
  it.each(continuation)('$behaviour ($from)', expectSpeakers);
});

describe("speakers: interviews, answers to the reporter's questions", () => {
  it.each(interviews)('$behaviour ($from)', expectSpeakers);
});
