/** The subject of a speech verb before the quote, across what news puts between the subject and the verb. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a possessive before a cue word makes it a noun: the subject of the verb before it speaks',
    text: 'Headline about the debate\nParty Chairman Ronald Brisk called Hale’s remarks a “new low” on Sunday.',
    speakers: [['new low', 'Ronald Brisk']],
  },
  {
    from: 'constructed',
    behaviour: 'a possessive before a participle used as an adjective',
    text: 'Headline about the debate\nSenator Amy Tollund spoke next. Tollund then interjected, calling Marsh’s proposed credit “a welfare payment.”',
    speakers: [['welfare payment', 'Amy Tollund']],
  },
];

describe('subjects before the verb', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
