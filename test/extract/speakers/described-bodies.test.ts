/** A public body described in lower case ("the state health department") is an organisation, found again by its head noun. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const describedBodies: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: 'an unnamed definite body with modifiers becomes an organisation',
    text: 'The county health department said in a statement that the water was safe to drink.',
    speakers: [['safe to drink', 'County Health Department']],
  },
  {
    from: 'independent-1',
    behaviour: '"According to the department" after "The state health department has sent …"',
    text: 'The state health department has sent nurses to the town. According to the department, 300 people may have been exposed.',
    speakers: [['300 people may have been exposed', 'State Health Department']],
  },
  {
    from: 'independent-1',
    behaviour: 'a body described in lower case, then "the ministry said" in the next paragraph',
    text: [
      'The regional transport ministry announced the closure of two bridges.',
      'The ministry said repairs would take at least six months.',
    ].join('\n'),
    speakers: [['repairs would take at least six months', 'Regional Transport Ministry']],
  },
  {
    from: 'independent-1',
    behaviour: 'the nearer described body wins over an organisation named further back',
    text: [
      'The county health department said nine people had fallen ill.',
      'Doctors were on alert. The state health department has sent a team. The department said it would test every school.',
    ].join('\n'),
    speakers: [
      ['test every school', 'State Health Department'],
      ['nine people had fallen ill', 'County Health Department'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: 'a described body is not invented from generic modifiers only',
    text: 'The new department opened in May. The department said it had hired 40 people.',
    speakers: [['hired 40 people', null]],
  },
  {
    from: 'independent-1',
    behaviour: 'a plural possessive modifier: "The growers\' association said"',
    text: [
      'The Northern Fruit Growers Association met on Monday.',
      'The growers\' association said the harvest would be "the smallest in a decade".',
    ].join('\n'),
    speakers: [['smallest in a decade', 'Northern Fruit Growers Association']],
  },
];

describe('speakers: a body described in lower case, then named by its head noun', () => {
  it.each(describedBodies)('$behaviour ($from)', expectSpeakers);
});
