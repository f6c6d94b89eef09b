/** Speech cues beyond "said": present-tense and manner verbs, apologies and thanks, "remembered him as". */
import { describe, expect, it } from 'vitest';
import { type SpeakerCase, expectSpeakers, speakerFor } from '../helpers.js';

const mannerVerbs = [
  'laughs',
  'shrugs',
  'sighs',
  'smiles',
  'jokes',
  'insists',
  'explains',
  'continues',
  'recalls',
  'admits',
  'adds',
].map((verb) => ({ from: 'independent-1', verb }));

const cases: SpeakerCase[] = [
  {
    from: 'independent-1',
    behaviour: 'manner verbs with the name after: “…,” laughs Pablo Ruiz.',
    text: '“I never learned to swim,” laughs Pablo Ruiz, 70.',
    speakers: [['never learned to swim', 'Pablo Ruiz']],
  },
  {
    from: 'independent-1',
    behaviour: 'apologised / thanked attribute a marked phrase to their subject',
    text: [
      'At a briefing in Osaka, Kestrel Foods President Haruto Ishida bowed and apologised for "the worry we have caused".',
      'Coach Dana Reyes thanked fans for "sticking with us through a hard season".',
    ].join('\n'),
    speakers: [
      ['the worry we have caused', 'Haruto Ishida'],
      ['sticking with us', 'Dana Reyes'],
    ],
  },
  {
    from: 'independent-1 (article 24)',
    behaviour: '"remembered him as “…”" attributes the phrase to the subject',
    text: [
      'Marcus Hale, his producer, said Vane never missed a session.',
      'The singer Dolores Wynn, who recorded with him in the 1960s, remembered him as "the funniest man in any studio".',
    ].join('\n'),
    speakers: [['funniest man', 'Dolores Wynn']],
  },
];

describe('speakers: present-tense and manner cue verbs', () => {
  it.each(mannerVerbs)('“…,” she $verb. names the woman introduced before ($from)', ({ verb }) => {
    const t = `Lena Fischer runs a ferry across the lake.\n“It is the best job in the world,” she ${verb}.`;
    expect(speakerFor(t, 'best job in the world')).toBe('Lena Fischer');
  });
  it.each(cases)('$behaviour ($from)', expectSpeakers);
});
