/** he/she/it: the latest speaker or subject of that gender, never a name inside a quote or an object. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';
import { bakeryFeature } from './articles.js';

const bakery = [
  'Maria Okafor has run the bakery on Dunmore Street for 20 years.',
  '“Business has never been this slow,” she says.',
  'Her neighbour, Tom Bristow, a retired postman, has lived above the shop since 1998.',
  '“I buy bread every morning,” he says. “It keeps me going.”',
  'Okafor shrugs. “We will survive,” she says.',
].join('\n');

const profile = [
  'Judge Helen Whitcombe retires on Friday after 20 years.',
  'Judge Whitcombe, 71, wrote 400 opinions. Whitcombe was known for her dissents.',
  'Colleagues praised her. Tom Reyes, a former clerk, said she read every page.',
  'Tom Reyes said the court would miss her. Reyes now teaches law.',
  'The court will name a successor next month, and the governor has a shortlist.',
  'She said retirement would mean more time for the garden.',
].join('\n\n');

const latestSpeaker: SpeakerCase[] = [
  {
    from: 'samples',
    behaviour: 'he/she goes to the latest speaker',
    text: '“An additional 1,500 troops were deployed,” Park Sun-won told reporters.\n“More will follow by December,” he added.',
    speakers: [['More will follow', 'Park Sun-won']],
  },
  {
    from: 'samples',
    behaviour: '"it" goes to an organisation speaker',
    text: 'The National Intelligence Service (NIS) said in a statement that ships carried the troops.\nIt said more troops are expected to be sent soon.',
    speakers: [['more troops are expected', 'National Intelligence Service']],
  },
  {
    from: 'independent-1',
    behaviour: '"He often said …": an adverb before the verb does not hide the pronoun',
    text: 'Lester Vane was born in 1941. He often said he learned to play by copying records through the wall.',
    speakers: [['learned to play', 'Lester Vane']],
  },
  {
    from: 'independent-1',
    behaviour: 'he/she after a person introduced only through reported speech ("said he hoped") is that person',
    text: 'Budget chief Marek Novak said he hoped lawmakers would pass the plan this week.\n“There is no alternative,” he said.',
    speakers: [['no alternative', 'Marek Novak']],
  },
];

const speakingInTurn: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: '"he says" after a new man is introduced by apposition goes to him, not to the woman quoted before',
    text: bakery,
    speakers: [
      ['I buy bread', 'Tom Bristow'],
      ['keeps me going', 'Tom Bristow'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: '"she says" goes back to the woman when she is the subject again',
    text: bakery,
    speakers: [['We will survive', 'Maria Okafor']],
  },
  {
    from: 'independent-1',
    behaviour: 'a new speaker introduced by full name and description becomes the referent of the next pronoun',
    text: [
      '“The river rose in minutes,” said Pedro Alvarez, a farmer.',
      'Henrik Dahl, a paramedic in Tromsø, has worked nights since the flood.',
      '“People arrived with nothing,” he says.',
    ].join('\n'),
    speakers: [['arrived with nothing', 'Henrik Dahl']],
  },
  {
    from: 'constructed',
    behaviour: 'a person named as a subject after an organisation speaker takes the pronoun',
    text: bakeryFeature,
    speakers: [
      ["We'll see", 'Maria Santos'],
      ['listening to traders', 'Leeds City Council'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: 'a named person after an unnamed one takes he/she again',
    text: [
      'A passenger, who asked not to be named, said the train was late.',
      'Marta Lindqvist, the station manager, apologised for the delay.',
      '"We will do better tomorrow," she said.',
    ].join('\n'),
    speakers: [['do better tomorrow', 'Marta Lindqvist']],
  },
];

const gender: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: 'the gender learnt from reported speech ("said she hoped") picks between two people',
    text: [
      'Dana Whitcombe, who runs the clinic, said she feared the funding would end.',
      'Her colleague Rafael Ortiz disagreed with the board.',
      '“We have been here before,” she says.',
    ].join('\n'),
    speakers: [['been here before', 'Dana Whitcombe']],
  },
  {
    from: 'independent-1',
    behaviour: '"Her son Karim, 35, …" becomes the referent of the next "he says"',
    text: [
      '“The water came so fast,” says Samira Aziz, 67, who has lived in the village for decades.',
      'Her son Karim, 35, works in the capital. He drove back overnight.',
      '“I found her on the roof,” he says.',
    ].join('\n'),
    speakers: [['found her on the roof', 'Karim']],
  },
  {
    from: 'independent-4',
    behaviour:
      'a kinship noun before a name tells its gender: "Her husband, Leonard X," is not the "she" who speaks next',
    text: 'Justice Maren Ochs will retire on Friday. Her husband, Leopold Ochs, a teacher, died in 2019. She said his death had made her think about leaving.',
    speakers: [['his death had made her think', 'Maren Ochs']],
  },
  {
    from: 'independent-4',
    behaviour:
      'a kinship noun before a name tells its gender: "his daughter, Ines Varga," is the "she" who speaks next',
    text: 'Tomas Varga runs the bakery. His daughter, Ines Varga, joined him in 2020. She said the ovens were older than her.',
    speakers: [['the ovens were older', 'Ines Varga']],
  },
  {
    from: 'independent-4',
    behaviour: 'in a profile, "she said" far from any other woman is the dominant woman the article is about',
    text: profile,
    speakers: [['retirement would mean', 'Helen Whitcombe']],
  },
  {
    from: 'independent-4',
    behaviour: 'in a profile with no dominant woman, "she said" far from any woman has no speaker',
    text: 'Ada Whitcombe and Bea Lund met twice.\n\nThe talks ended.\n\nThe court met.\n\nThe court rose.\n\nShe said the deal was fair.',
    speakers: [['the deal was fair', null]],
  },
];

const notAntecedents: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: 'a teammate named inside the quote does not take the next "he said"',
    text: [
      '“Jacko told me at half-time to keep running,” said striker Liam Morley.',
      '“We owed the fans a performance,” he said.',
    ].join('\n'),
    speakers: [['owed the fans', 'Liam Morley']],
  },
  {
    from: 'independent-1',
    behaviour: 'a man mentioned as an object does not displace the speaker',
    text: [
      'Coach Ray Dunmore praised Luke Tanner after the match.',
      '“He was magnificent,” Dunmore said.',
      'The club signed Tanner from Ashford City in June.',
      '“We knew what he could do,” he said.',
    ].join('\n'),
    speakers: [['knew what he could do', 'Ray Dunmore']],
  },
  {
    from: 'independent-1',
    behaviour: 'a player named as the subject inside the coach\'s quote does not take "he said"',
    text: [
      'Coach Ray Dunmore was furious after the defeat.',
      '“Luke Tanner did well. Then Sam Reilly was sent off and we collapsed.”',
      '“He let everyone down,” he said.',
    ].join('\n'),
    speakers: [
      ['Sam Reilly was sent off', 'Ray Dunmore'],
      ['let everyone down', 'Ray Dunmore'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: 'a player named as an object inside the quote does not take "he says"',
    text: 'Ray Dunmore, 58, has coached the side for a decade.\n“I told Sam Reilly he was dropped.”\n“He took it well,” he says.',
    speakers: [['took it well', 'Ray Dunmore']],
  },
  {
    from: 'independent-1',
    behaviour: '"she says" after a man\'s quote naming a woman goes to the woman who is the topic',
    text: 'Lisa Ortiz has run the cafe since 1999.\n“My cousin Anna Berg said she would help,” said Mark Dunn, her landlord.\n“Nobody helped,” she says.',
    speakers: [['Nobody helped', 'Lisa Ortiz']],
  },
  {
    from: 'independent-1',
    behaviour: 'a name after a verb is not a subject ("we met Holt") and does not take "she"',
    text: [
      'Ida Strand said sponsors had called.',
      'On Tuesday we met Maren Holt at the track.',
      '"They want an answer by Friday," she said.',
    ].join('\n'),
    speakers: [['answer by Friday', 'Ida Strand']],
  },
];

describe('speakers: pronouns', () => {
  it.each(latestSpeaker)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: pronouns in features where people speak in turn', () => {
  it.each(speakingInTurn)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: pronouns by gender', () => {
  it.each(gender)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: people named inside quotes or as objects are not antecedents', () => {
  it.each(notAntecedents)('$behaviour ($from)', expectSpeakers);
});
