/** Long appositions between the speaker's name and the verb. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'an apposition with an organisation and a relative clause, quote after the verb',
    text: 'Nadia Fenwick, the executive director at Harbor Watch and who also sits on the port board, said: “The numbers do not add up.”',
    speakers: [['numbers do not add up', 'Nadia Fenwick']],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted cue followed by a name “of” an organisation',
    text: '“This is an extreme change in the rules,” said Victor Hale of the National Ferry Operators Association.',
    speakers: [['extreme change', 'Victor Hale']],
  },
  {
    from: 'constructed',
    behaviour: 'the second quote of a speaker introduced with a long apposition',
    text: '“I think it can work,” said Louise Armitage, the planning director at Coastline Books, who has not seen the final plan. “Even so, the ferry is the heart of the town.”',
    speakers: [
      ['I think it can work', 'Louise Armitage'],
      ['the ferry is the heart', 'Louise Armitage'],
    ],
  },

  {
    from: 'constructed',
    behaviour: 'an inverted cue, a place and lower-case role words before the name',
    text: '“The court is the whole election,” said Oregon timber-industry executive Walt Brenner, who backed the governor.',
    speakers: [['court is the whole election', 'Walt Brenner']],
  },
  {
    from: 'constructed',
    behaviour: 'the attribution closing the sentence the quote opens',
    text: '“To see how many cases could change” is sobering, since so many were decided by one vote, said Nadia Fenwick, who teaches law at Coastline College.',
    speakers: [['how many cases could change', 'Nadia Fenwick']],
  },
  {
    from: 'constructed',
    behaviour: 'a closing attribution with the subject before the verb and a clause after it',
    text: '“Very good question, very good question,” Mayor Ada Quill, the front-runner in every poll of the county, said when a reporter asked about the pier.',
    speakers: [['Very good question', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'a city and its state set off by commas inside the apposition',
    text: 'Tom Jenkins, a 55-year-old welder from Dayton, Ohio, says Marsh will “leave here with momentum.”',
    speakers: [['leave here with momentum', 'Tom Jenkins']],
  },
  {
    from: 'constructed',
    behaviour: 'a relative clause with a place in its own commas',
    text: 'Senator Mark Rubin, whose hometown, Miami, is projected to be underwater within decades, argues that the efforts will “destroy our economy.”',
    speakers: [['destroy our economy', 'Mark Rubin']],
  },
  {
    from: 'constructed',
    behaviour: 'an organisation naming the noun that ends the apposition before it',
    text: 'Giovanni Maria Vanti, the editor in chief of the city’s official newspaper, The Harbour Post, said every mayor was “both religious and political.”',
    speakers: [['both religious and political', 'Giovanni Maria Vanti']],
  },
  {
    from: 'constructed',
    behaviour: 'an age, a town, a state and a relative clause between the name and the verb',
    text: '“Both of them scare me,” Harry Bolton, 30, of Raleigh, N.C., who was among those polled, said in an interview.',
    speakers: [['Both of them scare me', 'Harry Bolton']],
  },
];

describe('long appositions', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
