/**
 * Reported speech (INDIRECT) behind verb groups and subjects that real news uses around a speech verb: progressives,
 * catenatives, contracted pronouns, quoted phrases inside the subject, prepositional subjects; and where the reported
 * clause ends. One row per construction; sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { findQuote, speakerName } from '../helpers.js';
import { indirectTexts, kindsAndTexts } from './find-quotes.js';

interface Case {
  behaviour: string;
  text: string;
  /** A fragment of the reported clause that must come out as an INDIRECT quote. */
  clause: string;
  /** A fragment that must stay out of that quote (the reporter's words), if any. */
  outside?: string;
  /** The speaker the pipeline gives it; omitted where only the quotes stage is checked. */
  speaker?: string | null;
}

const cases: Case[] = [
  {
    behaviour: 'a progressive verb group (“X is declaring that …”)',
    text: 'Councillor Odile Brandt is declaring that she has the votes to pass the harbor levy.',
    clause: 'she has the votes to pass the harbor levy',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a progressive verb group with a bare clause (“X is suggesting she …”)',
    text: 'Councillor Odile Brandt is suggesting she beat expectations in the northern wards.',
    clause: 'she beat expectations in the northern wards',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a catenative verb before the speech verb (“X is continuing to insist …”)',
    text: 'Tomas Ferreira is continuing to insist he will publish the port accounts only after the vote.',
    clause: 'he will publish the port accounts',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a speech verb expected of the subject (“X is expected to argue that …”)',
    text: 'Tomas Ferreira is expected to argue that the levy has failed the fishing towns.',
    clause: 'the levy has failed the fishing towns',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: '“X went on to say that …”',
    text: 'Odile Brandt went on to say that the harbor would reopen to ferries in May.',
    clause: 'the harbor would reopen to ferries in May',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a bare clause opened by a pronoun with a contracted auxiliary (“said she’ll …”)',
    text: 'Odile Brandt agrees. She said she’ll leave the insults to the other candidates.',
    clause: 'she’ll leave the insults to the other candidates',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a phrase quoted inside a relative clause on the subject does not stop the report',
    text: 'Tomas Ferreira, who calls the levy a “disgrace,” said he doubts the board will ever repeal it.',
    clause: 'he doubts the board will ever repeal it',
  },
  {
    behaviour: 'a subject whose document noun sits in a prepositional phrase (“20 percent of people in a poll said”)',
    text: 'Some 20 percent of the fishermen in a recent harbor poll said they believe the levy is too high.',
    clause: 'they believe the levy is too high',
    speaker: null,
  },
  {
    behaviour: 'a participle with a plural subject and a verb without ending (“…, saying fishermen need …”)',
    text: 'Ana Ruiz attacked the harbor levy on Monday, saying fishermen need to band together against it.',
    clause: 'fishermen need to band together against it',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'the speaker’s second verb in the tense of the cue ends the clause (“says … and calls …”)',
    text: 'Tomas Ferreira says he respects the harbor master and calls her a careful steward of the port.',
    clause: 'he respects the harbor master',
    outside: 'calls her',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a new clause of the reporter’s after a comma ends the report (“…, and he railed against …”)',
    text: 'Ana Ruiz said the real threat to the port is the levy, and she railed against the board for ignoring it.',
    clause: 'the real threat to the port is the levy',
    outside: 'railed',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour:
      'a reporting clause inside the content keeps an appositive quantity after it (“Overall, X said, a number …”)',
    text: 'Overall, Ana Ruiz said, a number of fishing towns are finding themselves shut out of the port.',
    clause: 'a number of fishing towns are finding themselves shut out',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a reporting clause inside the content keeps a reason after it (“…, X said, because …”)',
    text: 'The ferry should stay public, Ana Ruiz said, because the islands depend on it in winter.',
    clause: 'because the islands depend on it in winter',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a poll share as the subject of a plain “say” (“About 4 in 10 say …”)',
    text: 'About 4 in 10 say they want the next harbor master to come from outside the port.',
    clause: 'they want the next harbor master to come from outside',
    speaker: null,
  },
  {
    behaviour: 'a participle as the head of a poll subject (“those surveyed say …”)',
    text: 'By a wide margin, those surveyed say the island should switch to electric ferries by 2030.',
    clause: 'the island should switch to electric ferries',
    speaker: null,
  },
  {
    behaviour: 'a relative clause on a share ends its report at its comma (“Among those who said …, …”)',
    text: 'Among those who said they cared most about the ferry timetable, most backed Ana Ruiz.',
    clause: 'they cared most about the ferry timetable',
    outside: 'most backed',
    speaker: null,
  },
  {
    behaviour: 'an inverted source whose surname ends like a verb (“…, said Hal Brooks, an organiser …”)',
    text: 'The fishing towns have more room to reject the levy this year, said Hal Brooks, an organiser for the union.',
    clause: 'The fishing towns have more room to reject the levy',
    speaker: 'Hal Brooks',
  },
  {
    behaviour: 'a commitment’s infinitive is its content (“X vowed to …”)',
    text: 'Councillor Ana Ruiz vowed to fight the harbor levy in every court in the state.',
    clause: 'to fight the harbor levy',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a commitment in a participle (“…, promising to …”)',
    text: 'Odile Brandt talked up her ward plan on Monday, promising to campaign in every corner of the island.',
    clause: 'to campaign in every corner of the island',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a clause after a pronoun and a contraction does not take its own “that” for a complementiser',
    text: 'Asked about the ferry, the councillor insisted she hadn’t discussed that with anyone at the port.',
    clause: 'she hadn’t discussed that with anyone',
  },
  {
    behaviour: '“and” inside a name in the complement before “that” (“told The Harbor and Coast Gazette … that”)',
    text: 'Tomas Ferreira told The Harbor and Coast Gazette on Saturday that he voted against the levy.',
    clause: 'he voted against the levy',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a name after a common-noun object opens the clause (“told jurors Ruiz used …”)',
    text: 'The prosecutor Tomas Ferreira told jurors Ruiz used the harbor money to buy a boat.',
    clause: 'Ruiz used the harbor money to buy a boat',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour:
      'a pronoun inside a time clause before “that” does not end the complement (“argued when we spoke that …”)',
    text: 'Ana Ruiz argued when we spoke last week that shelter beds are the first step for the town.',
    clause: 'shelter beds are the first step',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a conditional opening the reported clause (“X said if …, …”)',
    text: 'Tomas Ferreira said if Odile Brandt is elected mayor, she will raise the harbor levy.',
    clause: 'she will raise the harbor levy',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a bare plural subject with a verb of any kind (“said people misunderstand …”)',
    text: 'The ferry captain Ana Ruiz said people misunderstand the harbor master.',
    clause: 'people misunderstand the harbor master',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'an existential clause with an adverb (“said there certainly was …”)',
    text: 'Tomas Ferreira said there certainly was more room for the ferries in the new harbor.',
    clause: 'there certainly was more room',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a relative pronoun after “but” as the subject (“… but who suggested that …”)',
    text: 'Ana Ruiz, whose ward backed the levy but who suggested that the ferry could lose riders, spoke first.',
    clause: 'the ferry could lose riders',
  },
  {
    behaviour: 'a speech verb after “but has” shares the subject (“X has expressed concerns but has said …”)',
    text: 'Odile Brandt has expressed concerns but has said she wants the harbor levy to pass.',
    clause: 'she wants the harbor levy to pass',
  },
  {
    behaviour: 'a catenative before a plain “say” (“X continued to say he …”)',
    text: 'Even after the complaint, Tomas Ferreira continued to say he had never touched the port ledger.',
    clause: 'he had never touched the port ledger',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a passive comparative reporting clause (“As reported by X, …”)',
    text: 'As reported by the Coastline Gazette, the harbor master was told to protect the port accounts.',
    clause: 'the harbor master was told to protect the port accounts',
    speaker: 'Coastline Gazette',
  },
  {
    behaviour: 'a new clause after “, but” with a pronoun and an auxiliary of fact ends the report',
    text: 'Odile Brandt has said she will not ask Ruiz to withdraw, but she has bristled at talk of a comeback.',
    clause: 'she will not ask Ruiz to withdraw',
    outside: 'bristled',
    speaker: 'Odile Brandt',
  },
  {
    behaviour: 'a participle with a bare clause opened by a pronoun (“…, claiming he had …”)',
    text: 'Ana Ruiz blamed the delay on a bad radio, claiming she had warned the harbor master in March.',
    clause: 'she had warned the harbor master in March',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a participle with a bare clause whose auxiliary comes early (“…, arguing the levy would …”)',
    text: 'The fishermen’s union sued the port board on Friday, arguing the new levy would cost members dearly.',
    clause: 'the new levy would cost members dearly',
  },
  {
    behaviour:
      'a plain “say” before a clause’s pronoun after a noun that is no plural (“sources close to X say she …”)',
    text: 'Sources close to the Ruiz campaign say she stands fully behind the harbor levy.',
    clause: 'she stands fully behind the harbor levy',
  },
  {
    behaviour: 'a plain “say” after an adverb and a plural subject (“experts also say …”)',
    text: 'Outside experts also say the harbor plans are still far from enough to stop the flooding.',
    clause: 'the harbor plans are still far from enough',
  },
  {
    behaviour: 'a duration after the verb (“X has said for weeks he …”)',
    text: 'Tomas Ferreira has said for weeks he is the only candidate who can win the harbor ward.',
    clause: 'he is the only candidate who can win',
    speaker: 'Tomas Ferreira',
  },
  {
    behaviour: 'a pronoun with a contracted auxiliary ends the object of “told” (“told the Gazette he’ll …”)',
    text: 'Ana Ruiz, who told the Gazette he’ll never sell the ferry, spoke first at the meeting.',
    clause: 'he’ll never sell the ferry',
  },
  {
    behaviour: 'an inverted source opened by a quantifier (“…, said several observers.”)',
    text: 'The levy may hurt the northern towns more than anyone expected, said several harbor pilots.',
    clause: 'The levy may hurt the northern towns more than anyone expected',
    speaker: null,
  },
  {
    behaviour: 'a participle after a closing mark is coordinated with the verb before it (“…,” claiming that …)',
    text: 'Ana Ruiz insisted that she has “expanded the harbor,” claiming that she is responsible for higher ferry use.',
    clause: 'she is responsible for higher ferry use',
    speaker: 'Ana Ruiz',
  },
  {
    behaviour: 'a “to”-phrase or an object before an explaining verb’s how/why clause (“explained to the board why …”)',
    text: 'Ana Ruiz explained to the harbor board why the night ferry was cancelled in January.',
    clause: 'why the night ferry was cancelled',
    speaker: 'Ana Ruiz',
  },
];

describe('reported speech behind verb groups and subjects of real news', () => {
  it.each(cases)('$behaviour', ({ text, clause, outside, speaker }) => {
    const x = extract(text);
    const q = findQuote(x, clause);
    expect(q?.kind, clause).toBe('INDIRECT');
    if (outside) expect(q!.text).not.toContain(outside);
    if (speaker !== undefined) expect(speakerName(x, q!)).toBe(speaker);
  });

  it('a second report with its own subject ends the first (“…, and one in four said …”, “…; 26 percent say …”)', () => {
    const texts = (t: string) => indirectTexts(t);
    expect(
      texts(
        'One in three said the board ignores the fishing towns and one in four said the board was hostile to them.',
      ),
    ).toEqual(['the board ignores the fishing towns', 'the board was hostile to them']);
    expect(
      texts(
        'About half said they follow the harbor race; 26 percent of voters say they have not been paying attention.',
      ),
    ).toEqual(['they follow the harbor race', 'they have not been paying attention']);
    expect(texts('Nearly a third say they follow the race closely, and one in five say it bores them.')).toEqual([
      'they follow the race closely',
      'it bores them',
    ]);
  });

  it('a request in a participle (“…, urging residents to stay indoors”) is still not reported speech', () => {
    expect(indirectTexts('Odile Brandt issued a storm warning, urging residents to stay indoors.')).toEqual([]);
  });

  it('an inverted source after a partial quote is not reported speech (“… “a tax,” said X, an analyst …”)', () => {
    const text =
      'The levy is “a tax on fishing,” said Jon Halvorsen, an analyst at the Coastline Fishermen Studies center.';
    expect(indirectTexts(text)).toEqual([]);
    const x = extract(text);
    expect(speakerName(x, findQuote(x, 'a tax on fishing')!)).toBe('Jon Halvorsen');
  });

  it('a headline-cased report (“Roe Says He Never …”) is reported speech; a headline without a speech verb is not', () => {
    expect(kindsAndTexts('Ferreira Says He Never Pledged To Kill The Harbor Levy.')).toEqual([
      'INDIRECT:He Never Pledged To Kill The Harbor Levy',
    ]);
    expect(kindsAndTexts('The Ferry Company Reports Record Losses In The Northern Ports.')).toEqual([]);
    expect(kindsAndTexts('The Town Says Farewell.')).toEqual([]);
  });

  it('a threat (“have threatened to boycott …”) is an act, not reported speech', () => {
    const x = extract('The fishermen in the north have threatened to boycott the harbor board.');
    expect(x.quotes.filter((q) => q.kind === 'INDIRECT')).toEqual([]);
  });

  it('the passive (“was told that …”) is still not the subject’s speech', () => {
    const x = extract('Odile Brandt was told that the harbor would close in May.');
    expect(x.quotes.filter((q) => q.kind === 'INDIRECT')).toEqual([]);
  });
});
