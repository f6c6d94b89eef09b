/** A person a feature introduces as its topic (not as a speaker) is who speaks the next he/she or uncued quote. */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: '"Jane Roe, 52, has worked …" then “…,” she says',
    text: [
      '“Rents have doubled,” said Omar Haddad, a landlord.',
      'Ines Carvalho, 52, has worked nights at the hospital for 20 years.',
      '“I have never seen it this bad,” she says.',
      '“Some nights there is one nurse for thirty beds.”',
    ].join('\n'),
    speakers: [
      ['never seen it this bad', 'Ines Carvalho'],
      ['one nurse for thirty beds', 'Ines Carvalho'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: 'a topic person of the same gender displaces the previous speaker',
    text: [
      '“We lost the harvest,” said Tomasz Wolny, a farmer.',
      'Felix Brandt, 34, has driven a taxi in the city since 2015.',
      '“Nobody takes cabs any more,” he says.',
    ].join('\n'),
    speakers: [['Nobody takes cabs', 'Felix Brandt']],
  },
  {
    from: 'independent-1',
    behaviour: '"For Jane Roe, the job is …" followed by an uncued quote',
    text: [
      '“The station will close,” said Alan Pryce, a union official.',
      'For Grace Mbeki, the job is a lifeline.',
      '“Without it I would have nothing.”',
    ].join('\n'),
    speakers: [['Without it I would have nothing', 'Grace Mbeki']],
  },
  {
    from: 'independent-1',
    behaviour: 'topic and quotes in one paragraph; the uncued quote after "she says" stays hers',
    text: 'Ines Carvalho, 52, has worked nights at the hospital since 2004. “It is harder every year,” she says. “Nobody listens.”',
    speakers: [
      ['harder every year', 'Ines Carvalho'],
      ['Nobody listens', 'Ines Carvalho'],
    ],
  },
  {
    from: 'independent-1',
    behaviour: '"Asked whether …, X, 61, shook her head." makes X the speaker of the next uncued quote',
    text: [
      '“The fares are too high,” said Maria Lopez, a commuter.',
      'Asked whether she would move, Paula Brennan, 61, shook her head.',
      '“Never. This is home.”',
    ].join('\n'),
    speakers: [['This is home', 'Paula Brennan']],
  },
  {
    from: 'independent-1',
    behaviour: 'a person introduced after an introductory phrase and a role noun takes the next "he says"',
    text: [
      'Dr. Ilse Marten, one of the authors, said the data were clear.',
      '"Night work is a health risk," Marten said.',
      'On the last tram of the night, conductor Piet Aalders has a rule: nobody is left behind.',
      '"If you miss this one, you walk," he says.',
    ].join('\n'),
    speakers: [['you walk', 'Piet Aalders']],
  },
  {
    from: 'independent-1',
    behaviour: 'after a time phrase ("Two years ago Roe, now 29, …") the person is the topic',
    text: [
      'Agnes Mulder, her physiotherapist, said the recovery had been slow.',
      'Two years ago Halvard Brun, now 29, was not skiing at all. He went home to Tromsø.',
      '"I thought it was over," he says.',
    ].join('\n'),
    speakers: [['it was over', 'Halvard Brun']],
  },
  {
    from: 'independent-1',
    behaviour: 'the person the reporter asks answers, not the last speaker',
    text: [
      'Her manager, Ida Strand, said sponsors had called since the race.',
      'I ask Maren Holt whether she misses the old team.',
      '"Sometimes. Not the bus journeys," she says.',
    ].join('\n'),
    speakers: [['Not the bus journeys', 'Maren Holt']],
  },
  {
    from: 'independent-3 (article 05)',
    behaviour: '"<Place> resident X, 71, left …" then "she said" → X, not the earlier speaker',
    text: [
      'Fire chief Mara Quill said the front had moved 12 kilometres. She said no deaths had been reported.',
      'Ashby Creek resident Nola Varden, 71, left with her husband when the fire crested the ridge.',
      '"We had about ten minutes," she said.',
    ].join('\n'),
    speakers: [['about ten minutes', 'Nola Varden']],
  },
  {
    from: 'independent-2/3',
    behaviour: '"On the quay, the youngest crew member, 24-year-old deckhand X, was …" then "he said" → X',
    text: [
      "The harbour master, Owen Treloar, said the port paid a fifth of the town's taxes. He has tried to find a buyer.",
      'Few boats go out now.',
      'On the quay, the youngest crew member on the boats, 24-year-old deckhand Jory Penrose, was coiling a rope.',
      '"I\'m lucky. I can go," he said.',
    ].join('\n'),
    speakers: [["I'm lucky", 'Jory Penrose']],
  },
  {
    from: 'independent-2 (article 13)',
    behaviour:
      'a possessor opening a sentence is the topic: "X\'s penalty was delayed …" then "“…,” he told reporters" → X',
    text: [
      'Striker Jules Obi scored twice for the visitors.',
      'Manager Graham Thorne said his side were poor. "We were not at it," Thorne said.',
      "Obi's penalty was delayed after a coin struck him on the shoulder.",
      '"It hit me on the shoulder," he told reporters.',
    ].join('\n'),
    speakers: [['It hit me on the shoulder', 'Jules Obi']],
  },
  {
    from: 'independent-2 (article 13)',
    behaviour: 'a possessor inside a sentence does not take over',
    text: [
      'Manager Graham Thorne said his side were poor.',
      'The crowd booed Jules Obi\'s late miss. "We go again," he said.',
    ].join('\n'),
    speakers: [['We go again', 'Graham Thorne']],
  },
];

describe('speakers: topic people in features', () => {
  it.each(cases)('$behaviour ($from)', expectSpeakers);
});
