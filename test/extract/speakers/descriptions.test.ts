/** A description standing for a person named before: "the 23-year-old", "the Dutchman", "the coroner". */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';
import { senateArticle } from './articles.js';

const cases: SpeakerCase[] = [
  {
    from: 'eval article 28',
    behaviour: 'an age description ("the 23-year-old") is the person named before',
    text: 'Tom Rafferty took five wickets.\n“I barely slept,” the 23-year-old told reporters.',
    speakers: [['barely slept', 'Tom Rafferty']],
  },
  {
    from: 'eval article 40',
    behaviour: 'a nationality description ("The Dutchman") is the person named before',
    text: 'Daan Verhoeven won the race.\nThe Dutchman said he had not expected to win.',
    speakers: [['not expected to win', 'Daan Verhoeven']],
  },
  {
    from: 'eval article 34',
    behaviour: 'a role description ("The coroner") is the person named before with that title',
    text: 'Senior Coroner Rebecca Ashworth-Lyle heard the case.\nThe coroner said she would issue a report to the council.',
    speakers: [['issue a report', 'Rebecca Ashworth-Lyle']],
  },
  {
    from: 'constructed',
    behaviour: '"the senator, speaking to …, said" → the senator named earlier',
    text: senateArticle,
    speakers: [['hurt farmers', 'Jane Doe']],
  },
  {
    from: 'independent-1',
    behaviour: '"the 31-year-old" is the person speaking in turn, not a name in a subordinate clause',
    text: [
      'Mika Lehto won the sprint after a crash took out Marco Ricci in the final corner.',
      '“I had the legs today,” the Italian said, as Lehto, still on his bike, celebrated.',
      'Later, the 31-year-old said he held no grudge against the other riders.',
    ].join('\n'),
    speakers: [['held no grudge', 'Marco Ricci']],
  },
  {
    from: 'independent-1',
    behaviour: 'a description ("the youngster") prefers the sentence subject over a person named later in it',
    text: [
      '"We were poor for twenty minutes," coach Ada Lindqvist said.',
      'Flanker Rhys Penhale had opened the scoring before the break.',
      'Tomos Brannock, 20, only came on after fly-half Jack Corran limped off with a hamstring injury.',
      '"I was shaking a bit, to be honest," the youngster said afterwards.',
    ].join('\n'),
    speakers: [['shaking a bit', 'Tomos Brannock']],
  },
  {
    from: 'independent-2 (article 13)',
    behaviour: '"<Team> boss X, …, was happier. The Dutchman said" → X, not the previous speaker',
    text: [
      'Home manager Graham Thorne said his side were poor. "We were not at it," Thorne said.',
      'Visiting boss Peter Maas, in his first season, was far happier. The Dutchman said he had told his players to "keep the ball".',
    ].join('\n'),
    speakers: [['keep the ball', 'Peter Maas']],
  },
];

describe('speakers: descriptions of a person named before', () => {
  it.each(cases)('$behaviour ($from)', expectSpeakers);
});
