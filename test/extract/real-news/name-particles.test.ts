/** Names with lower-case particles (`de`, `van der`, `dos`, `bin`, `al-`), and titles that are part of a name. */
import { describe, expect, it } from 'vitest';
import { type SpeakerCase, expectSpeakers, organisationsOf, peopleOf } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a Dutch “de” surname',
    text: '“The dikes will hold,” said Marieke de Vries, the water board’s chief engineer.',
    speakers: [['dikes will hold', 'Marieke de Vries']],
  },
  {
    from: 'constructed',
    behaviour: 'a “van der” surname as the subject before the verb',
    text: 'Pieter van der Linden said the port would “stay open through the winter.”',
    speakers: [['stay open through the winter', 'Pieter van der Linden']],
  },
  {
    from: 'constructed',
    behaviour: 'a Portuguese “dos” surname',
    text: '“We need the bridge,” Joana dos Reis told reporters in the square.',
    speakers: [['need the bridge', 'Joana dos Reis']],
  },
  {
    from: 'constructed',
    behaviour: 'an Arabic “bin” name',
    text: '“The talks were useful,” said Faisal bin Omran, the foreign minister.',
    speakers: [['talks were useful', 'Faisal bin Omran']],
  },
  {
    from: 'constructed',
    behaviour: 'two given names before a “dos” surname',
    text: '“The port will reopen,” said José Manuel dos Santos, the harbour master.',
    speakers: [['port will reopen', 'José Manuel dos Santos']],
  },
  {
    from: 'constructed',
    behaviour: 'four names and a “da” particle',
    text: '“We will rebuild the schools,” Luiz Inácio Lula da Silva told supporters.',
    speakers: [['rebuild the schools', 'Luiz Inácio Lula da Silva']],
  },
  {
    from: 'constructed',
    behaviour: '“el”, “ben”, “du”, “di”, “della” and a lower-case “le”',
    text:
      '“The inspectors found nothing,” said Mohamed el Baradei.\n\n“The vote is close,” said Yosef ben Ami.\n\n' +
      '“The mill stays,” said Pierre du Pont.\n\n“The film is done,” said Leonardo di Caprio.\n\n' +
      '“The fresco is safe,” said Maria della Rovere.\n\n“The party will win,” said Marine le Pen.',
    speakers: [
      ['inspectors found nothing', 'Mohamed el Baradei'],
      ['vote is close', 'Yosef ben Ami'],
      ['mill stays', 'Pierre du Pont'],
      ['film is done', 'Leonardo di Caprio'],
      ['fresco is safe', 'Maria della Rovere'],
      ['party will win', 'Marine le Pen'],
    ],
  },
  {
    from: 'constructed',
    behaviour: '“Sheikh” before a lone name is part of the name, also after a title',
    text:
      '“The election will be held on time,” said Sheikh Hasina.\n\n' +
      'Prime Minister Sheikh Hasina said the floods had passed. “We are ready,” Hasina added.',
    speakers: [
      ['election will be held on time', 'Sheikh Hasina'],
      ['We are ready', 'Sheikh Hasina'],
    ],
  },
];

describe('name particles', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));

  it('keeps every part of a particle name, and makes no organisation of its surname', () => {
    const text =
      '“The port will reopen,” said José Manuel dos Santos.\n\n“We will rebuild,” Luiz Inácio Lula da Silva said.\n\n' +
      '“The dikes hold,” said Charles de Gaulle. Mohammed bin Salman and Ursula von der Leyen met on Monday.';
    expect(peopleOf(text).sort()).toEqual(
      [
        'Charles de Gaulle',
        'José Manuel dos Santos',
        'Luiz Inácio Lula da Silva',
        'Mohammed bin Salman',
        'Ursula von der Leyen',
      ].sort(),
    );
    expect(organisationsOf(text)).toEqual([]);
  });

  it('keeps “Sheikh” as a title before a full name', () => {
    expect(peopleOf('Sheikh Mohammed bin Rashid opened the fair on Monday.')).toEqual(['Mohammed bin Rashid']);
  });
});

describe('a capitalised opener inside a quotation', () => {
  it('is not an organisation, however often it opens a quoted sentence', () => {
    const text =
      'Jane Doe, the mayor, was blunt.\n\n"Fine words. Nothing else. Fine speeches too," she said.\n\n' +
      '"Fine words are not enough," Doe added.';
    expect(organisationsOf(text)).toEqual([]);
    expect(peopleOf(text)).toEqual(['Jane Doe']);
  });
});
