/** Names whose surname is also a word: a nationality (`Mark Cuban`), a title (`Peter King`), initials (`J.M. Roe`). */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a nationality word as a surname, then the surname alone',
    text: 'Billionaire Tom English said on Sunday he might run for mayor.\n\n“I think the town wants an outsider,” English said.',
    speakers: [['town wants an outsider', 'Tom English']],
  },
];

describe('names that are also words', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
