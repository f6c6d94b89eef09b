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
  {
    from: 'constructed',
    behaviour: 'a title word as a surname after a given name and an initial',
    text: '“It is not going to be easy,” said Representative Walter T. King, who backs the harbor bill.',
    speakers: [['not going to be easy', 'Walter T. King']],
  },
  {
    from: 'constructed',
    behaviour: 'joined initials before a surname',
    text: '“The ferry company has ramped up its response,” said J.M. Holloway, a fellow at the Coastline Institute.',
    speakers: [['ramped up its response', 'J.M. Holloway']],
  },
];

describe('names that are also words', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
