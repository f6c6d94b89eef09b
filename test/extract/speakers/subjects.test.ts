/**
 * The subject of the speech verb: past possessives, prepositional phrases, introductory phrases, role words and
 * organisation titles; shared by participles and coordinated verbs; not someone named elsewhere in the sentence.
 */
import { describe, expect, it } from 'vitest';
import { type SpeakerCase, expectSpeakers, organisationsOf, peopleOf, speakerFor } from '../helpers.js';
import { senateArticle } from './articles.js';

const subjectCases: SpeakerCase[] = [
  {
    from: 'samples',
    behaviour: 'skips a possessive before the subject',
    text: "President Vladimir Putin's spokesman, Dmitry Peskov, called the claim a lie and a “provocation.”",
    speakers: [['provocation', 'Dmitry Peskov']],
  },
  {
    from: 'eval article 07',
    behaviour: 'skips a prepositional phrase after the subject',
    text: 'Rep. Han Ji-soo of the main opposition Democratic Party said the cut would hurt families.',
    speakers: [['cut would hurt', 'Han Ji-soo']],
  },
  {
    from: 'samples',
    behaviour: 'the outer speaker owns a nested report',
    text: 'Lawmaker Lee Seong-kweun said that the spy agency confirmed that the military “is recruiting interpreters”.',
    speakers: [['recruiting interpreters', 'Lee Seong-kweun']],
  },
  {
    from: 'samples',
    behaviour: 'the Washington Post capturing comments is not the speaker',
    text: 'Speaking to reporters, Austin said, “These are things we need to sort out,” in comments captured by the Washington Post.',
    speakers: [['sort out', 'Austin']],
  },
  {
    from: 'constructed',
    behaviour: '"In a statement, the Department … said that …"',
    text: senateArticle,
    speakers: [['review the bill', 'Department of Agriculture']],
  },
  {
    from: 'constructed',
    behaviour: '"Asked …, Doe said:"',
    text: senateArticle,
    speakers: [['on the table', 'Jane Doe']],
  },
  {
    from: 'independent-1',
    behaviour: '"though she said …" and "but he said that …" keep the named speaker',
    text: 'Minister Clara Jensen defended the budget, though she said some projects would be delayed.\nMinister Tobias Lund backed the plan, but he said that costs would rise.',
    speakers: [
      ['some projects would be delayed', 'Clara Jensen'],
      ['costs would rise', 'Tobias Lund'],
    ],
  },
  {
    from: 'independent-1',
    behaviour:
      'a phrase in marks earlier in the sentence does not hide the verb ("She said the so-called “x” scheme, which …, was “y”")',
    text: [
      'Commissioner Elke Brandt announced the fine.',
      'She said the company\'s so-called "fair-fee" scheme, which charged developers 27 percent, was "compliance in name only".',
    ].join('\n'),
    speakers: [['compliance in name only', 'Elke Brandt']],
  },
  {
    from: 'independent-1',
    behaviour: 'someone named in the rest of the attribution is not the speaker ("“…,” he said, as Smith looked on")',
    text: [
      'Joel Marsh beat Arno Kessler in the final set.',
      '"I never stopped believing," he said, as Marsh lifted the trophy.',
    ].join('\n'),
    speakers: [['never stopped believing', 'Arno Kessler']],
  },
];

const roleCases: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: '"said <Org> chief executive <Name>" is the person',
    text: [
      'The regulator fined Greyvale Water £40m.',
      '"Customers were let down," said Ofcal chief executive Rhiannon Pask. "That has to stop."',
      '"We accept the findings," said Greyvale Water managing director Oskar Lind.',
    ].join('\n'),
    speakers: [
      ['Customers were let down', 'Rhiannon Pask'],
      ['That has to stop', 'Rhiannon Pask'],
      ['We accept the findings', 'Oskar Lind'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: 'role words before the name at the start of the clause ("Labor economist X of Y said")',
    text: [
      'Labor economist Odile Ferrand of Eastbrook University said wages could rise by 4%.',
      'Urban planning expert Prof. Ravi Menon of the Institute of Cities said the line was overdue.',
    ].join('\n'),
    speakers: [
      ['wages could rise', 'Odile Ferrand'],
      ['the line was overdue', 'Ravi Menon'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: '"director of rugby X admitted …": "of" belongs to the title',
    text: 'Harriers director of rugby Owen Talbot admitted his side had "got lucky" in the second half.',
    speakers: [['got lucky', 'Owen Talbot']],
  },
];

const sharedSubjectCases: SpeakerCase[] = [
  {
    from: 'eval article 25',
    behaviour: 'a participle shares the subject of the main verb',
    text: 'Transport Minister Annette Krüger urged both sides to talk, saying the dispute was hurting millions.',
    speakers: [['hurting millions', 'Annette Krüger']],
  },
  {
    from: 'eval article 01',
    behaviour: 'a coordinated verb shares the subject of the main verb',
    text: 'Sen. Thomas Whitfield called the package "a surrender" and said he would keep fighting for cuts.',
    speakers: [['keep fighting', 'Thomas Whitfield']],
  },
  {
    from: 'independent-1',
    behaviour: 'a coordinated verb after an earlier quote in the same sentence keeps the subject',
    text: 'Mervale said it would "study the ruling carefully" and accused the regulator of "changing the rules midway".',
    speakers: [
      ['study the ruling carefully', 'Mervale'],
      ['changing the rules midway', 'Mervale'],
    ],
  },
  {
    from: 'independent-1',
    behaviour:
      'a coordinated verb after a phrase in marks keeps the subject ("insisted … ‘an ambition’ but conceded …")',
    text: 'The Prime Minister, Sir Alan Pryde, insisted the target remained ‘an ambition’ but conceded it would not be met this parliament.',
    speakers: [['would not be met', 'Alan Pryde']],
  },
  {
    from: 'independent-1',
    behaviour: '"X called it “…,” and thanked Y": the subject before the quote',
    text: 'California Gov. Thomas Rees called the agreement "a win for workers, for businesses and for consumers," and thanked the negotiators.',
    speakers: [['a win for workers', 'Thomas Rees']],
  },
  {
    from: 'independent-4',
    behaviour: '"X said A but warned that B": B is X\'s, not a noun\'s inside A',
    text: 'Harlow Water said it was hit. Dr Mensah said the utility was fixing pumps but warned that supplies would be short.',
    speakers: [['supplies would be short', 'Mensah']],
  },
  {
    from: 'independent-4',
    behaviour: '"X said A and added that B": B is X\'s',
    text: 'Redfern Council met on Monday. Jo Vance said the council was reviewing fees and added that parking would be free.',
    speakers: [['parking would be free', 'Jo Vance']],
  },
  {
    from: 'independent-4',
    behaviour: 'a verb with its own subject after "but" keeps that subject',
    text: 'Jo Vance said fees would rise, but Redfern Council warned that parking would stay free.',
    speakers: [['parking would stay free', 'Redfern Council']],
  },
];

describe('speakers: the subject of the speech verb', () => {
  it.each(subjectCases)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: role words and organisation titles before the name', () => {
  it.each(roleCases)('$behaviour ($from)', expectSpeakers);
  // from: independent-2 (article 15)
  it('"Outside court, Chief Inspector X of <County> Constabulary said:" → X; a constabulary is an organisation', () => {
    const t =
      'Dale Pike was jailed for six years.\nOutside court, Chief Inspector Ruth Caffrey of Wessex Constabulary said: "No sentence brings her back."';
    expect(speakerFor(t, 'No sentence brings her back')).toBe('Ruth Caffrey');
    expect(organisationsOf(t)).toContain('Wessex Constabulary');
    expect(peopleOf(t)).not.toContain('Wessex Constabulary');
  });
});

describe('speakers: participles and coordinated verbs share the subject', () => {
  it.each(sharedSubjectCases)('$behaviour ($from)', expectSpeakers);
});
