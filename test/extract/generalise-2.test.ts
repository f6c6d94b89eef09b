/**
 * Constructed cases for the second round of held-out attribution failure classes: postnominal letters, people
 * introduced as the topic of a feature, present-tense and manner cues, people named inside quotes, Q&A, reported
 * speech with cognition verbs, organisations referred to by their head noun. Names and topics are invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findQuote, kindFor, organisationsOf, peopleOf, speakerFor } from './helpers.js';

describe('1. postnominal letters do not split a person', () => {
  it('"Rachel Doe KC" … "Doe said" is one person named Rachel Doe', () => {
    const t =
      'Rachel Doe KC, representing the families, told the inquiry the evidence was clear.\n“Nobody was warned,” Doe said.';
    expect(peopleOf(t)).toEqual(['Rachel Doe']);
    expect(extract(t).people[0].descriptions).toContain('KC');
    expect(speakerFor(t, 'evidence was clear')).toBe('Rachel Doe');
    expect(speakerFor(t, 'Nobody was warned')).toBe('Rachel Doe');
  });
  it('MP / OBE / Jr. after the name, then "Mr"/"Ms" + surname', () => {
    const t = [
      'Callum Reid MP said the bypass would cut journeys by half.',
      'Priya Nandra OBE, who chairs the trust, said the museum would reopen.',
      '“The money is there,” Mr Reid said.',
      '“We are ready,” Ms Nandra said.',
      'Martin Hale Jr. said he would stand again.',
    ].join('\n');
    expect(speakerFor(t, 'cut journeys by half')).toBe('Callum Reid');
    expect(speakerFor(t, 'museum would reopen')).toBe('Priya Nandra');
    expect(speakerFor(t, 'stand again')).toBe('Martin Hale');
    expect(speakerFor(t, 'money is there')).toBe('Callum Reid');
    expect(speakerFor(t, 'We are ready')).toBe('Priya Nandra');
    expect(peopleOf(t).sort()).toEqual(['Callum Reid', 'Martin Hale', 'Priya Nandra']);
    expect(extract(t).organisations).toEqual([]);
  });
});

describe('2. a person introduced as the topic of a feature speaks next', () => {
  it('"Jane Roe, 52, has worked …" then “…,” she says', () => {
    const t = [
      '“Rents have doubled,” said Omar Haddad, a landlord.',
      'Ines Carvalho, 52, has worked nights at the hospital for 20 years.',
      '“I have never seen it this bad,” she says.',
      '“Some nights there is one nurse for thirty beds.”',
    ].join('\n');
    expect(speakerFor(t, 'never seen it this bad')).toBe('Ines Carvalho');
    expect(speakerFor(t, 'one nurse for thirty beds')).toBe('Ines Carvalho');
  });
  it('a topic person of the same gender displaces the previous speaker', () => {
    const t = [
      '“We lost the harvest,” said Tomasz Wolny, a farmer.',
      'Felix Brandt, 34, has driven a taxi in the city since 2015.',
      '“Nobody takes cabs any more,” he says.',
    ].join('\n');
    expect(speakerFor(t, 'Nobody takes cabs')).toBe('Felix Brandt');
  });
  it('"For Jane Roe, the job is …" followed by an uncued quote', () => {
    const t = [
      '“The station will close,” said Alan Pryce, a union official.',
      'For Grace Mbeki, the job is a lifeline.',
      '“Without it I would have nothing.”',
    ].join('\n');
    expect(speakerFor(t, 'Without it I would have nothing')).toBe('Grace Mbeki');
  });
});

describe('2a. topic people in features, more shapes', () => {
  it('topic and quotes in one paragraph; the uncued quote after "she says" stays hers', () => {
    const t =
      'Ines Carvalho, 52, has worked nights at the hospital since 2004. “It is harder every year,” she says. “Nobody listens.”';
    expect(speakerFor(t, 'harder every year')).toBe('Ines Carvalho');
    expect(speakerFor(t, 'Nobody listens')).toBe('Ines Carvalho');
  });
  it('"Asked whether …, X, 61, shook her head." makes X the speaker of the next uncued quote', () => {
    const t = [
      '“The fares are too high,” said Maria Lopez, a commuter.',
      'Asked whether she would move, Paula Brennan, 61, shook her head.',
      '“Never. This is home.”',
    ].join('\n');
    expect(speakerFor(t, 'This is home')).toBe('Paula Brennan');
  });
});

describe('3. present-tense and manner cue verbs', () => {
  const cues = [
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
  ];
  for (const v of cues) {
    it(`“…,” she ${v}.`, () => {
      const t = `Lena Fischer runs a ferry across the lake.\n“It is the best job in the world,” she ${v}.`;
      expect(speakerFor(t, 'best job in the world')).toBe('Lena Fischer');
    });
  }
  it('manner verbs with the name after: “…,” laughs Pablo Ruiz.', () => {
    expect(speakerFor('“I never learned to swim,” laughs Pablo Ruiz, 70.', 'never learned to swim')).toBe('Pablo Ruiz');
  });
});

describe('4. people named inside quotes or as objects are not antecedents', () => {
  it('a teammate named inside the quote does not take the next "he said"', () => {
    const t = [
      '“Jacko told me at half-time to keep running,” said striker Liam Morley.',
      '“We owed the fans a performance,” he said.',
    ].join('\n');
    expect(speakerFor(t, 'owed the fans')).toBe('Liam Morley');
  });
  it('a man mentioned as an object does not displace the speaker', () => {
    const t = [
      'Coach Ray Dunmore praised Luke Tanner after the match.',
      '“He was magnificent,” Dunmore said.',
      'The club signed Tanner from Ashford City in June.',
      '“We knew what he could do,” he said.',
    ].join('\n');
    expect(speakerFor(t, 'knew what he could do')).toBe('Ray Dunmore');
  });
});

describe("4a. names inside a speaker's quote", () => {
  it('a player named as the subject inside the coach\'s quote does not take "he said"', () => {
    const t = [
      'Coach Ray Dunmore was furious after the defeat.',
      '“Luke Tanner did well. Then Sam Reilly was sent off and we collapsed.”',
      '“He let everyone down,” he said.',
    ].join('\n');
    expect(speakerFor(t, 'Sam Reilly was sent off')).toBe('Ray Dunmore');
    expect(speakerFor(t, 'let everyone down')).toBe('Ray Dunmore');
  });
  it('a player named as an object inside the quote does not take "he says"', () => {
    const t =
      'Ray Dunmore, 58, has coached the side for a decade.\n“I told Sam Reilly he was dropped.”\n“He took it well,” he says.';
    expect(speakerFor(t, 'took it well')).toBe('Ray Dunmore');
  });
});

describe('4b. a pronoun of the other gender skips people named inside quotes', () => {
  it('"she says" after a man\'s quote naming a woman goes to the woman who is the topic', () => {
    const t =
      'Lisa Ortiz has run the cafe since 1999.\n“My cousin Anna Berg said she would help,” said Mark Dunn, her landlord.\n“Nobody helped,” she says.';
    expect(speakerFor(t, 'Nobody helped')).toBe('Lisa Ortiz');
  });
});

describe("5. Q&A: a question in the reporter's voice does not break continuation", () => {
  it('“…” Does she miss racing? “…”', () => {
    const t = [
      '“I retired at the right time,” said Sofia Lindqvist, the former champion.',
      'Does she miss racing?',
      '“Every single day.”',
    ].join('\n');
    expect(speakerFor(t, 'Every single day')).toBe('Sofia Lindqvist');
  });
  it('"Asked whether …," with the quote in the same sentence', () => {
    const t = [
      '“The budget is tight,” said Gareth Hale, the council leader.',
      'Asked whether the library would close, he said: “Not while I am here.”',
    ].join('\n');
    expect(speakerFor(t, 'Not while I am here')).toBe('Gareth Hale');
  });
});

describe('6. reported speech with a cognition verb inside', () => {
  it('"X, a driver, said she hoped …" is INDIRECT with speaker X and the next quote is hers', () => {
    const t =
      'Marta Kowalczyk, a driver, said she hoped the ruling would end the dispute.\n“We just want to work,” she said.';
    expect(kindFor(t, 'ruling would end the dispute')).toBe('INDIRECT');
    expect(speakerFor(t, 'ruling would end the dispute')).toBe('Marta Kowalczyk');
    expect(speakerFor(t, 'just want to work')).toBe('Marta Kowalczyk');
  });
  it('"said he believed …"', () => {
    const t = 'Anil Mehta, a shopkeeper, said he believed the market would recover.';
    expect(speakerFor(t, 'market would recover')).toBe('Anil Mehta');
  });
});

describe('7. organisations referred to by their head noun', () => {
  it('"the ministry said" after the Ministry of Fisheries is named', () => {
    const t = 'The Ministry of Fisheries announced new quotas on Monday.\nThe ministry said stocks of cod had fallen.';
    expect(speakerFor(t, 'stocks of cod')).toBe('Ministry of Fisheries');
  });
  it('"the regulator said" after the named regulator', () => {
    const t = 'The Office of Rail Standards fined the operator £2m.\nThe regulator said the delays were avoidable.';
    expect(speakerFor(t, 'delays were avoidable')).toBe('Office of Rail Standards');
  });
  it('"the watchdog said" after a named authority', () => {
    const t =
      'The Financial Conduct Authority fined the bank £5m on Tuesday.\nThe watchdog said the failings were serious.';
    expect(speakerFor(t, 'failings were serious')).toBe('Financial Conduct Authority');
  });
  it('"the health ministry" and "a ministry spokesman" after the Ministry of Health is named', () => {
    const t =
      'The Ministry of Health said on Friday that cases had risen.\nThe health ministry said hospitals were coping.\nA ministry spokesman said more beds would be added.';
    expect(speakerFor(t, 'hospitals were coping')).toBe('Ministry of Health');
    expect(speakerFor(t, 'more beds would be added')).toBe('Ministry of Health');
    expect(organisationsOf(t)).toEqual(['Ministry of Health']);
  });
  it('"a club spokeswoman" after the club is named', () => {
    expect(
      speakerFor(
        'Ashford City FC confirmed the signing.\nA club spokeswoman said the fee was undisclosed.',
        'fee was undisclosed',
      ),
    ).toBe('Ashford City FC');
  });
  it('"the authority said" after a named authority', () => {
    const t = 'The Lakeshore Water Authority warned of shortages.\nThe authority said reservoirs were at 40 per cent.';
    expect(speakerFor(t, 'reservoirs were at')).toBe('Lakeshore Water Authority');
  });
});

void findQuote;
void extract;
