/** No speaker rather than a wrong one: anonymous sources, groups, joint subjects, people close to a body. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';
import { senateArticle } from './articles.js';

const cases: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: 'anonymous speakers stay unnamed, never the last named person',
    text: [
      'Lucia Ferreira, 54, said the rent had doubled.',
      'Another resident, who did not want to be named, said: “Nobody listens to us.”',
      '“The deal is close,” a person familiar with the talks said.',
      'One official said: “We are ready.”',
    ].join('\n'),
    speakers: [
      ['Nobody listens', null],
      ['deal is close', null],
      ['We are ready', null],
    ],
  },
  {
    from: 'samples',
    behaviour: 'groups and unnamed people get no speaker',
    text: 'Analysts say the Russians will likely offer technology.',
    speakers: [['Russians will likely', null]],
  },
  {
    from: 'samples',
    behaviour: 'an unnamed lawmaker gets no speaker',
    text: 'Another lawmaker said rumours were spreading within the North.',
    speakers: [['rumours were spreading', null]],
  },
  {
    from: 'samples',
    behaviour: 'the media as a group get no speaker',
    text: 'South Korean media reported that the troops had left.',
    speakers: [['troops had left', null]],
  },
  {
    from: 'constructed',
    behaviour: 'a quote with no cue and no previous speaker has no speaker',
    text: 'The building was old.\n“Nobody lives here any more.”',
    speakers: [['Nobody lives', null]],
  },
  {
    from: 'constructed',
    behaviour: 'a quote with its own cue but an unnamed speaker does not inherit the previous speaker',
    text: 'The company’s chief executive, Mary Barra, said demand was strong.\n"We need more time," the official, who spoke on condition of anonymity, said.',
    speakers: [['more time', null]],
  },
  {
    from: 'constructed',
    behaviour: 'a spokesman for a person is not named',
    text: senateArticle,
    speakers: [['No comment', null]],
  },
  {
    from: 'independent-1',
    behaviour: 'a joint subject of two organisations has no speaker',
    text: 'The Harbour Pilots Union and the Coastal Shipping Association announced a deal on Sunday, saying it still needed to be ratified.',
    speakers: [['still needed to be ratified', null]],
  },
  {
    from: 'independent-1',
    behaviour: 'a joint subject of two people has no speaker',
    text: 'Maria Lindgren and Tomas Ek told reporters the merger would go ahead.',
    speakers: [['merger would go ahead', null]],
  },
  {
    from: 'independent-1',
    behaviour: 'a single subject after "and" starting a clause still speaks',
    text: 'The vote was delayed, and the Coastal Shipping Association said it would wait.',
    speakers: [['it would wait', 'Coastal Shipping Association']],
  },
  {
    from: 'independent-1',
    behaviour: '"A person close to the company said" is not the company',
    text: [
      'Brindle said it would appeal.',
      'A person close to the company said executives had expected a smaller fine.',
      'A source familiar with the ministry said talks had stalled.',
    ].join('\n'),
    speakers: [
      ['expected a smaller fine', null],
      ['talks had stalled', null],
    ],
  },
  {
    from: 'eval article 45',
    behaviour: 'he/she right after an unnamed person spoke is that person, not the last named speaker',
    text: [
      '"They had a year to fix this," said Helena Faria, an opposition deputy.',
      'A commuter waiting at the station, who did not want to give her name, said she would work from home.',
      '"I support the workers, but I can\'t lose another day\'s pay," she said.',
    ].join('\n'),
    speakers: [['another day', null]],
  },
  {
    from: 'independent-1',
    behaviour: '"with one man shouting “…”" is the unnamed man, not the subject of the main verb',
    text: 'During the meeting, Cllr Janet Obi was heckled from the gallery, with one man shouting "shame on you, shame on you all" as the vote was taken.',
    speakers: [['shame on you', null]],
  },
];

describe('speakers: no speaker rather than a wrong one', () => {
  it.each(cases)('$behaviour ($from)', expectSpeakers);
  // from: constructed
  it('never a place as a speaker of a quote whose verb has another subject', () => {
    const x = extract('“We will return,” the protesters in Seoul chanted.');
    for (const q of x.quotes) expect(q.speaker?.type === 'person').toBeFalsy();
  });
});
