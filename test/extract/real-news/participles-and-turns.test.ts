/**
 * Which clause a quote belongs to: a participle (", saying …", ", calling …") takes the main clause's subject, not the
 * noun before its comma; a verb after its object ("thanked Obama for …") never takes that object as its speaker; a
 * speaking turn after a quote that no verb of saying reports ("Roe shot back") names its own speaker rather than
 * continuing the previous one.
 */
import { describe, expect, it } from 'vitest';
import { type SpeakerCase, expectSpeakers, speakerFor } from '../helpers.js';

const cases: SpeakerCase[] = [
  {
    from: 'constructed',
    behaviour: 'a participle after an object takes the main subject',
    text: 'Senator Rita Gale also attacked Governor Paul Brandt, with whom she clashed at the harbor debate over the ferry, calling him a “harbor wrecker.”',
    speakers: [['harbor wrecker', 'Rita Gale']],
  },
  {
    from: 'constructed',
    behaviour: 'a participle after an apposition naming someone else takes the main subject',
    text: 'Senator Rita Gale visited the radio station to discuss her remarks about her rival, Mayor Ada Quill, saying “on her worst day” she would be a better mayor.',
    speakers: [['on her worst day', 'Rita Gale']],
  },
  {
    from: 'constructed',
    behaviour: 'an organisation releasing a statement, saying',
    text: 'The Harbor Workers Union released a statement on Monday, saying Marsh’s comments are “another example of his divisive style.”',
    speakers: [['another example of his divisive style', 'Harbor Workers Union']],
  },
  {
    from: 'constructed',
    behaviour: 'a participle after “X said,” keeps the reporting clause’s subject',
    text: 'Mayor Ada Quill will visit the docks this month, Leo Marsh said, adding that she would also meet the “night crews.”',
    speakers: [['night crews', 'Leo Marsh']],
  },
  {
    from: 'constructed',
    behaviour: 'an unnamed subject of a participle is nobody',
    text: 'Leo Marsh spoke at noon.\n\nOne aide inside City Hall tried to play the speech down, saying it was “not a big deal.”',
    speakers: [['not a big deal', null]],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb’s form after a possessive is a noun, not the cue',
    text: 'Party Chairman Reince Okafor called Quill’s remarks on the ferry a “new low.”',
    speakers: [['new low', 'Reince Okafor']],
  },
  {
    from: 'constructed',
    behaviour: 'a speech verb whose subject nobody can name stops the previous speaker',
    text: '“We will reopen,” said Leo Marsh.\n\nProponents of the new plan, however, say it would keep the harbor safe by making the council an “umpire.”',
    speakers: [['umpire', null]],
  },
  {
    from: 'constructed',
    behaviour: 'a person opening the sentence of that verb is its speaker',
    text: '“We will reopen,” said Leo Marsh.\n\nCounsel to the inquiry, Fiona Abara KC, suggested the crew had “all known the ship was not right.”',
    speakers: [['all known the ship', 'Fiona Abara']],
  },
  {
    from: 'constructed',
    behaviour: 'a turn after a quote with a particle verb, not the previous speaker',
    text: '“He will never build it,” Ada Quill said.\n\n“She wants to be a tough mayor tonight,” Leo Marsh shot back. “Let me talk.”',
    speakers: [
      ['He will never build it', 'Ada Quill'],
      ['tough mayor tonight', 'Leo Marsh'],
      ['Let me talk', 'Leo Marsh'],
    ],
  },
  {
    from: 'constructed',
    behaviour: 'an inverted turn verb with an age and a town',
    text: '“We lost the pier,” said Dana Holt, 41, of Millbrook.\n\n“Our ideas of a good harbor are different,” agrees Omar Lind, 30, of Eastport.',
    speakers: [['good harbor are different', 'Omar Lind']],
  },
  {
    from: 'constructed',
    behaviour: 'a question ending the quote, then its speaker with an apposition and a speech verb',
    text: 'Leo Marsh opened the meeting.\n\n“How are you today?” Irene Pike, a retired ferry captain, asked warmly into the microphone.',
    speakers: [['How are you today', 'Irene Pike']],
  },
  {
    from: 'constructed',
    behaviour: 'an exclamation, then its speaker and a long remark',
    text: '“And I am not being paid!” Omar Lind declared, a point he likes to make at every hearing on the harbor.',
    speakers: [['not being paid', 'Omar Lind']],
  },
  {
    from: 'constructed',
    behaviour: 'a clause opened by a preposition before the subject of a labelling verb',
    text: '“We will reopen,” said Leo Marsh.\n\nAmid the protests over the ferry, Governor Paul Brandt is labeling the cuts “a blatant abuse of power.”',
    speakers: [['blatant abuse of power', 'Paul Brandt']],
  },
  {
    from: 'constructed',
    behaviour: 'a possessive before a subject is not a verb',
    text: '“We will reopen,” said Leo Marsh.\n\nGovernor Paul Brandt, for his part, is labeling the cuts “a blatant abuse of power.”',
    speakers: [['blatant abuse of power', 'Paul Brandt']],
  },
];

describe('the clause a quote belongs to', () => {
  it.each(cases)('$behaviour ($from)', (c) => expectSpeakers(c));

  it('never takes the object of a thanking verb after a title in marks as its speaker', () => {
    const text =
      'Dana Holt, star of the radio show “Harbor Nights,” thanked Leo Marsh for “taking these steps to keep us safe.”';
    expect(speakerFor(text, 'taking these steps')).not.toBe('Leo Marsh');
  });
});
