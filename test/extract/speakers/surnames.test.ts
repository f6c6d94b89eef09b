/** Surnames and titled surnames refer back to the full name; lone surnames that speak are people. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { type SpeakerCase, expectSpeakers, findQuote, speakerName } from '../helpers.js';
import { senateArticle } from './articles.js';

const references: SpeakerCase[] = [
  {
    from: 'samples',
    behaviour: 'a surname resolves to the full name',
    text: 'Defense Secretary Lloyd Austin visited Seoul.\n“We are watching closely,” Austin said.',
    speakers: [['watching closely', 'Lloyd Austin']],
  },
  {
    from: 'samples',
    behaviour: 'a title with a surname ("Mr Zelensky") resolves to the full name',
    text: 'Ukrainian President Volodymyr Zelensky spoke on Thursday.\n“They are preparing 10,000 soldiers,” Mr Zelensky told reporters.',
    speakers: [['preparing 10,000', 'Volodymyr Zelensky']],
  },
  {
    from: 'samples',
    behaviour: 'a role title with a surname ("Lawmaker Lee") resolves to the full name',
    text: 'Lawmaker Lee Seong-kweun attended.\nLawmaker Lee said that the agency “is actively recruiting interpreters”.',
    speakers: [['actively recruiting', 'Lee Seong-kweun']],
  },
  {
    from: 'constructed',
    behaviour: 'a surname seen with a title stays that person',
    text: senateArticle,
    speakers: [['vote would go ahead', 'Johnson']],
  },
  {
    from: 'constructed',
    behaviour: 'a name with an age apposition is a person',
    text: 'Smith, 45, said the plan was “dead on arrival,” adding that voters would decide.',
    speakers: [['dead on arrival', 'Smith']],
  },
];

const sharedSurnames: SpeakerCase[] = [
  {
    from: 'independent-2 (article 05)',
    behaviour: '"X Pryor said her mother, Y Pryor, …" then "Ms Pryor told …" → X',
    text: [
      'Delyth Pryor, from Bangor, said her mother, Enid Pryor, waited two days for a bed.',
      'Ms Pryor told reporters: "Nobody could get to anybody."',
    ].join('\n'),
    speakers: [['Nobody could get to anybody', 'Delyth Pryor']],
  },
  {
    from: 'independent-2/3',
    behaviour:
      '"The firm\'s chief, Arne Voss, is the grandson of the founder, Jens Voss, …" then "Voss said" → Arne Voss',
    text: [
      "The firm's chief executive, Arne Voss, is the grandson of the founder, Jens Voss, whose portrait hangs in the hall.",
      '"Nobody wanted this day," Voss said.',
    ].join('\n'),
    speakers: [['Nobody wanted this day', 'Arne Voss']],
  },
  {
    from: 'independent-2/3',
    behaviour: 'the nearest namesake still wins when both were subjects',
    text: 'Arne Voss founded the firm. Jens Voss runs it now. Voss said sales were up.',
    speakers: [['sales were up', 'Jens Voss']],
  },
];

describe('speakers: surnames and titles refer back to the full name', () => {
  it.each(references)('$behaviour ($from)', expectSpeakers);
  // from: constructed
  it('takes the full name from the headline for "Mr Johnson"', () => {
    const x = extract(
      'Boris Johnson resigns as party leader\nSpeaking outside, Mr Johnson said: “I am sad to go.”\nMore text here.',
    );
    expect(speakerName(x, findQuote(x, 'sad to go')!)).toBe('Boris Johnson');
  });
});

describe('speakers: two people sharing a surname; a bare surname goes to the one introduced as a subject', () => {
  it.each(sharedSurnames)('$behaviour ($from)', expectSpeakers);
});

describe('speakers: lone surnames are people, not organisations', () => {
  // from: constructed
  it('a lone surname-shaped speaker is a person, a lone unknown word an organisation', () => {
    const x = extract(
      'Zelenskyy thanked the allies, saying Ukraine would "never forget" their help.\nVeltron said in a statement that orders had doubled.',
    );
    const z = findQuote(x, 'never forget')!;
    expect(z.speaker?.type).toBe('person');
    const v = findQuote(x, 'orders had doubled')!;
    expect(v.speaker?.type).toBe('organisation');
    expect(speakerName(x, v)).toBe('Veltron');
  });
  // from: constructed
  it('a lone Korean surname as a subject is a person', () => {
    const x = extract('Kim told reporters that the North would respond.');
    expect(x.quotes[0].speaker?.type).toBe('person');
  });
  // from: independent-1
  it('a lone surname followed by he/his is a person', () => {
    const t =
      '“We lost the match in midfield,” Hargreaves said.\nHargreaves said he would rest two players on Saturday.';
    const x = extract(t);
    const q = findQuote(x, 'rest two players')!;
    expect(q.speaker?.type).toBe('person');
    expect(x.organisations.map((o) => o.name)).not.toContain('Hargreaves');
  });
  // from: independent-1
  it('a lone surname saying "I" is a person', () => {
    const x = extract('“I have never felt so tired,” Oyelaran said after the race.');
    expect(x.quotes[0].speaker?.type).toBe('person');
  });
  // from: independent-1
  it('a lone surname that speaks with "he" is not made a company', () => {
    const t = [
      'Hargreaves said he would rest two players on Sunday.',
      'Hargreaves added that the squad was tired.',
      '"We need a break," Hargreaves said.',
    ].join('\n');
    const x = extract(t);
    expect(x.organisations.map((o) => o.name)).not.toContain('Hargreaves');
  });
});
