/** Names with lower-case particles (`de`, `van der`, `dos`, `bin`, `al-`). */
import { describe, it } from 'vitest';
import { type SpeakerCase, expectSpeakers } from '../helpers.js';

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
];

describe('name particles', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));
});
