/** Given names common in news make a two-word name a person; a place named after a person stays a place. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a short form of a given name after an inverted cue',
    text: 'Headline about the polls\n“The delegate maths is hard,” writes Nate Sulver. “It is clear.”',
    speakers: [
      ['delegate maths', 'Nate Sulver'],
      ['It is clear', 'Nate Sulver'],
    ],
  },
  {
    from: 'constructed',
    behaviour: 'a given name before an unlisted surname and a long relative clause',
    text: 'Headline about the Senate\n“We will come to terms with it,” Trent Lobb, who was Senate majority leader under George W. Bush, told lawmakers on a visit.',
    speakers: [['come to terms', 'Trent Lobb']],
  },
  {
    from: 'constructed',
    behaviour: 'a given name and a surname that is a word, after an organisation’s possessive',
    text: 'Headline about the debate\nAfter that, CNBC’s Becky Quick said the front-runner had called him the “personal senator” of a donor.',
    speakers: [['personal senator', 'Becky Quick']],
  },
];

describe('common given names', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
