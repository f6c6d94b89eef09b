/** A partial quote inside a sentence whose verb is not a speech verb: the sentence's subject said the words. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'the subject of “blamed” before an introductory phrase',
    text: 'At the council meeting on Tuesday, Mayor Ada Quill blamed the “worst winter in a decade” for the closure.',
    speakers: [['worst winter in a decade', 'Ada Quill']],
  },
  {
    from: 'constructed',
    behaviour: 'the subject of a labelling verb in the progressive',
    text: 'Governor Paul Brandt is labeling the ferry cuts “a betrayal of every island family.”',
    speakers: [['betrayal of every island', 'Paul Brandt']],
  },
  {
    from: 'constructed',
    behaviour: 'the subject of “thanked … for”, not the speaker of the previous quote',
    text: '“We got it done,” said Harbor Commissioner Leo Marsh.\n\nCouncilwoman Irene Pike thanked the commissioner for “finally listening to the fishermen.”',
    speakers: [['finally listening to the fishermen', 'Irene Pike']],
  },
  {
    from: 'constructed',
    behaviour: 'a proclaiming verb with a colon',
    text: 'At the rally, Senator Rita Gale emphatically proclaimed: “No pier will close while I am in office.”',
    speakers: [['No pier will close', 'Rita Gale']],
  },
  {
    from: 'constructed',
    behaviour: 'a manner adverb between the subject and a describing verb',
    text: 'On the campaign trail, Senator Rita Gale routinely characterizes herself as a “ferry warrior” who “saved the harbor.”',
    speakers: [['saved the harbor', 'Rita Gale']],
  },
  {
    from: 'constructed',
    behaviour: 'not the subject of a passive sentence',
    text: '“We will reopen in May,” said Harbor Commissioner Leo Marsh.\n\nThe ferry crews are also being provided with “training on the new docks and the new boats.”',
    speakers: [['training on the new docks', 'Leo Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'a partial quote ending its sentence keeps its own subject, not the next sentence’s',
    text: 'Mayor Ada Quill called the plan a “pathological mistake.” Bo Reyes said the council “must start again.”',
    speakers: [
      ['pathological mistake', 'Ada Quill'],
      ['must start again', 'Bo Reyes'],
    ],
  },
];

describe('subjects of partial quotes', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
