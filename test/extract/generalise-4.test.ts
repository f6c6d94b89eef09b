/**
 * Constructed cases for the fourth round of attribution failure classes: organisations referred to by a common noun
 * after being named only as a speaker or described in lower case, joint subjects, people "close to" a body, dates after
 * a name. Names and topics are invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { peopleOf, speakerFor } from './helpers.js';

describe('1. an organisation first seen as the subject of a speech verb is an antecedent', () => {
  it('"the company" after "Brindle said"', () => {
    const t = [
      'Regulators fined Brindle on Tuesday.',
      'Brindle said it would appeal. In a statement, the company said the ruling "ignores how the market works".',
    ].join('\n');
    expect(speakerFor(t, 'ignores how the market works')).toBe('Brindle');
  });
  it('"the firm" two paragraphs later, with another organisation named by its full name in between', () => {
    const t = [
      'Quorvex said sales fell 8 percent in the quarter.',
      'The Federal Trade Commission opened an inquiry last year.',
      'The firm said it expected demand to recover by the spring.',
    ].join('\n');
    expect(speakerFor(t, 'expected demand to recover')).toBe('Quorvex');
  });
  it('"police said" after "Eastvale police said"', () => {
    const t = [
      'Two men were arrested on Friday, Eastvale police said.',
      'Police said the stolen bicycles had been found in a garage.',
    ].join('\n');
    expect(speakerFor(t, 'stolen bicycles had been found')).toBe('Eastvale police');
  });
  it('a coordinated verb after an earlier quote in the same sentence keeps the subject', () => {
    const t =
      'Mervale said it would "study the ruling carefully" and accused the regulator of "changing the rules midway".';
    expect(speakerFor(t, 'study the ruling carefully')).toBe('Mervale');
    expect(speakerFor(t, 'changing the rules midway')).toBe('Mervale');
  });
});

describe('2. a public body described in lower case, then named by its head noun', () => {
  it('"According to the department" after "The state health department has sent …"', () => {
    const t =
      'The state health department has sent nurses to the town. According to the department, 300 people may have been exposed.';
    expect(speakerFor(t, '300 people may have been exposed')).toBe('State Health Department');
  });
  it('"the ministry said" in the next paragraph', () => {
    const t = [
      'The regional transport ministry announced the closure of two bridges.',
      'The ministry said repairs would take at least six months.',
    ].join('\n');
    expect(speakerFor(t, 'repairs would take at least six months')).toBe('Regional Transport Ministry');
  });
  it('the nearer described body wins over an organisation named further back', () => {
    const t = [
      'The county health department said nine people had fallen ill.',
      'Doctors were on alert. The state health department has sent a team. The department said it would test every school.',
    ].join('\n');
    expect(speakerFor(t, 'test every school')).toBe('State Health Department');
    expect(speakerFor(t, 'nine people had fallen ill')).toBe('County Health Department');
  });
  it('a described body is not invented from generic modifiers only', () => {
    const t = 'The new department opened in May. The department said it had hired 40 people.';
    expect(speakerFor(t, 'hired 40 people')).toBeNull();
  });
  it('a plural possessive modifier: "The growers\' association said"', () => {
    const t = [
      'The Northern Fruit Growers Association met on Monday.',
      'The growers\' association said the harvest would be "the smallest in a decade".',
    ].join('\n');
    expect(speakerFor(t, 'smallest in a decade')).toBe('Northern Fruit Growers Association');
  });
});

describe('3. subjects that are not one speaker', () => {
  it('a joint subject of two organisations has no speaker', () => {
    const t =
      'The Harbour Pilots Union and the Coastal Shipping Association announced a deal on Sunday, saying it still needed to be ratified.';
    expect(speakerFor(t, 'still needed to be ratified')).toBeNull();
  });
  it('a joint subject of two people has no speaker', () => {
    const t = 'Maria Lindgren and Tomas Ek told reporters the merger would go ahead.';
    expect(speakerFor(t, 'merger would go ahead')).toBeNull();
  });
  it('a single subject after "and" starting a clause still speaks', () => {
    const t = 'The vote was delayed, and the Coastal Shipping Association said it would wait.';
    expect(speakerFor(t, 'it would wait')).toBe('Coastal Shipping Association');
  });
  it('"A person close to the company said" is not the company', () => {
    const t = [
      'Brindle said it would appeal.',
      'A person close to the company said executives had expected a smaller fine.',
      'A source familiar with the ministry said talks had stalled.',
    ].join('\n');
    expect(speakerFor(t, 'expected a smaller fine')).toBeNull();
    expect(speakerFor(t, 'talks had stalled')).toBeNull();
  });
  it('"a spokesman for the company said" speaks for it', () => {
    const t = ['Brindle said it would appeal.', 'A spokesman for the company said the fine was unlawful.'].join('\n');
    expect(speakerFor(t, 'fine was unlawful')).toBe('Brindle');
  });
});

describe('4. a day or month after a name is not part of it', () => {
  it('"the European Commission on Wednesday fined …"', () => {
    const x = extract(
      'The European Commission on Wednesday fined the company. The Tariff Board in March said it would review the case.',
    );
    const names = x.organisations.map((o) => o.name);
    expect(names).toContain('European Commission');
    expect(names.some((n) => /Wednesday|March/.test(n))).toBe(false);
  });
});

describe('5. organisations that look like names', () => {
  it('a noun for a kind of organisation before the name makes it one', () => {
    const t = [
      'The fund agreed to buy Chilean copper producer Almeria Verde Sur for $2 billion.',
      'Paolo Rinaldi, an analyst at consultancy Bright Ledger Partners, said the price was high.',
      'Hana Kovac, of the group Clean Lakes Alliance Norden, said: "This is a start."',
      'Shares in miner Hollis Deep Earths rose 8%.',
    ].join('\n');
    const x = extract(t);
    const people = x.people.map((p) => p.name);
    expect(people).toEqual(['Paolo Rinaldi', 'Hana Kovac']);
    const orgs = x.organisations.map((o) => o.name);
    expect(orgs).toEqual(expect.arrayContaining(['Almeria Verde Sur', 'Bright Ledger Partners', 'Hollis Deep Earths']));
    expect(x.organisations.find((o) => o.name === 'Almeria Verde Sur')?.kind).toBe('COMPANY');
  });
  it('a capitalised name after "the" is not a person; a plural is a team', () => {
    const t = [
      'Jalen Ostrowski scored 30 points as the Fenwick Stallions beat the Harbor Pilots 101-99.',
      'Rosa Mendel, who has run the Driftwood Tea Room for 16 years, said takings had fallen.',
      '"We played with heart," Ostrowski said.',
    ].join('\n');
    const x = extract(t);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Jalen Ostrowski', 'Rosa Mendel']);
    expect(x.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Fenwick Stallions', 'Harbor Pilots']));
  });
  it('"the Joint Chiefs of Staff" is not cut into a team at "of"', () => {
    const x = extract('The Joint Chiefs of Staff (JCS) said the launch was detected at dawn.');
    expect(x.organisations.map((o) => o.name)).not.toContain('Joint Chiefs');
  });
});

describe('6. people: abbreviated ranks and long relative clauses', () => {
  it('"Sgt." and "Det. Insp." are titles, not people', () => {
    const t = [
      '"They were watching houses," police spokeswoman Sgt. Lena Whitcombe said.',
      'Det. Insp. Aled Pryce said the pair had been charged.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Lena Whitcombe', 'Aled Pryce']);
    expect(speakerFor(t, 'charged')).toBe('Aled Pryce');
  });
  it('a name with an unlisted given name and a long relative clause before "said"', () => {
    const t = [
      'Tadesse Worku, who has sold vegetables at the same corner of the central market in Addis Ababa for eleven years, said he would stay.',
      '"Where else would I go?" he said.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Tadesse Worku']);
    expect(speakerFor(t, 'he would stay')).toBe('Tadesse Worku');
    expect(speakerFor(t, 'Where else')).toBe('Tadesse Worku');
  });
});

describe('7. features: who "he"/"she" and uncued quotes refer to', () => {
  it('a person introduced after an introductory phrase and a role noun takes the next "he says"', () => {
    const t = [
      'Dr. Ilse Marten, one of the authors, said the data were clear.',
      '"Night work is a health risk," Marten said.',
      'On the last tram of the night, conductor Piet Aalders has a rule: nobody is left behind.',
      '"If you miss this one, you walk," he says.',
    ].join('\n');
    expect(speakerFor(t, 'you walk')).toBe('Piet Aalders');
  });
  it('after a time phrase ("Two years ago Roe, now 29, …") the person is the topic', () => {
    const t = [
      'Agnes Mulder, her physiotherapist, said the recovery had been slow.',
      'Two years ago Halvard Brun, now 29, was not skiing at all. He went home to Tromsø.',
      '"I thought it was over," he says.',
    ].join('\n');
    expect(speakerFor(t, 'it was over')).toBe('Halvard Brun');
  });
  it('the person the reporter asks answers, not the last speaker', () => {
    const t = [
      'Her manager, Ida Strand, said sponsors had called since the race.',
      'I ask Maren Holt whether she misses the old team.',
      '"Sometimes. Not the bus journeys," she says.',
    ].join('\n');
    expect(speakerFor(t, 'Not the bus journeys')).toBe('Maren Holt');
  });
  it('a name after a verb is not a subject ("we met Holt") and does not take "she"', () => {
    const t = [
      'Ida Strand said sponsors had called.',
      'On Tuesday we met Maren Holt at the track.',
      '"They want an answer by Friday," she said.',
    ].join('\n');
    expect(speakerFor(t, 'answer by Friday')).toBe('Ida Strand');
  });
});

describe('8. requests, questions and relative clauses in reported speech', () => {
  const indirect = (t: string) =>
    extract(t)
      .quotes.filter((q) => q.kind === 'INDIRECT')
      .map((q) => q.text);
  it("requests and the reporter's questions are not reported statements", () => {
    expect(indirect('A council official, who asked not to be identified, said the budget was short.')).toEqual([
      'the budget was short',
    ]);
    expect(indirect('Detectives asked anyone who saw the van on Elm Road to call the station.')).toEqual([]);
    expect(indirect('The governor urged residents in low-lying areas to leave before nightfall.')).toEqual([]);
    expect(indirect('The union appealed to members to reject the offer when they vote next week.')).toEqual([]);
    expect(indirect('I asked Ruth Amsel whether she missed the old team after all these years.')).toEqual([]);
  });
  it('a relative clause inside the reported subject stays in the quote', () => {
    const t = 'Marta Quell said the new ferry timetable, which starts in May, would cut journeys by twenty minutes.';
    expect(indirect(t)).toEqual(['the new ferry timetable, which starts in May, would cut journeys by twenty minutes']);
  });
  it('a relative clause after a complete reported clause still ends it', () => {
    const t = 'Marta Quell said the ferry would leave at noon, which surprised the crew.';
    expect(indirect(t)).toEqual(['the ferry would leave at noon']);
  });
  it('a reported clause whose relative clause holds marked words is left to the partial quote', () => {
    const t =
      'He says the hardest part of the job is not the drunks, who he calls "mostly harmless", but the empty hours.';
    const x = extract(t);
    expect(x.quotes.map((q) => q.kind)).toEqual(['PARTIAL']);
    const t2 = 'Analyst Iris Falk said the cost of the recall, which she put at 9 billion yen, was "manageable".';
    expect(extract(t2).quotes.map((q) => [q.kind, q.text])).toEqual([['PARTIAL', 'manageable']]);
  });
});

describe('9. people behind organisation titles and role words', () => {
  it('"said <Org> chief executive <Name>" is the person', () => {
    const t = [
      'The regulator fined Greyvale Water £40m.',
      '"Customers were let down," said Ofcal chief executive Rhiannon Pask. "That has to stop."',
      '"We accept the findings," said Greyvale Water managing director Oskar Lind.',
    ].join('\n');
    expect(speakerFor(t, 'Customers were let down')).toBe('Rhiannon Pask');
    expect(speakerFor(t, 'That has to stop')).toBe('Rhiannon Pask');
    expect(speakerFor(t, 'We accept the findings')).toBe('Oskar Lind');
  });
  it('role words before the name at the start of the clause ("Labor economist X of Y said")', () => {
    const t = [
      'Labor economist Odile Ferrand of Eastbrook University said wages could rise by 4%.',
      'Urban planning expert Prof. Ravi Menon of the Institute of Cities said the line was overdue.',
    ].join('\n');
    expect(speakerFor(t, 'wages could rise')).toBe('Odile Ferrand');
    expect(speakerFor(t, 'the line was overdue')).toBe('Ravi Menon');
  });
  it('"director of rugby X admitted …": "of" belongs to the title', () => {
    const t = 'Harriers director of rugby Owen Talbot admitted his side had "got lucky" in the second half.';
    expect(speakerFor(t, 'got lucky')).toBe('Owen Talbot');
  });
  it('apologised / thanked attribute a marked phrase to their subject', () => {
    const t = [
      'At a briefing in Osaka, Kestrel Foods President Haruto Ishida bowed and apologised for "the worry we have caused".',
      'Coach Dana Reyes thanked fans for "sticking with us through a hard season".',
    ].join('\n');
    expect(speakerFor(t, 'the worry we have caused')).toBe('Haruto Ishida');
    expect(speakerFor(t, 'sticking with us')).toBe('Dana Reyes');
  });
});

describe("10. interviews: answers to the reporter's questions", () => {
  it('an uncued answer after "Does she …?" is hers, even when another person spoke last', () => {
    const t = [
      'Lena Varga, 41, has written four novels.',
      '"I write in the mornings," she says.',
      'Her editor, Paul Sturm, said the new book was her best.',
      'Does she worry about being called a "regional writer"?',
      '"I used to. Now I think every writer is regional."',
    ].join('\n');
    expect(speakerFor(t, 'every writer is regional')).toBe('Lena Varga');
  });
  it('a question that names the person', () => {
    const t = [
      'Her coach, Mia Lund, said the injury had healed.',
      'Did Tove Berg think she would race again?',
      '"No. Honestly, no. I gave my spikes away."',
    ].join('\n');
    expect(speakerFor(t, 'gave my spikes away')).toBe('Tove Berg');
  });
});

describe('11. a phrase in marks earlier in the sentence does not hide the verb', () => {
  it('"She said the so-called “x” scheme, which …, was “y”"', () => {
    const t = [
      'Commissioner Elke Brandt announced the fine.',
      'She said the company\'s so-called "fair-fee" scheme, which charged developers 27 percent, was "compliance in name only".',
    ].join('\n');
    expect(speakerFor(t, 'compliance in name only')).toBe('Elke Brandt');
  });
});

describe('12. a question auxiliary is not a name, a Vietnamese surname "Do" is', () => {
  it('strips "Did" only in a question', () => {
    expect(peopleOf('Did Tove Berg think she would race again?')).toEqual(['Tove Berg']);
    expect(peopleOf('Do Van Long, a hydrologist, said the river would peak on Friday.')).toEqual(['Do Van Long']);
  });
});

describe('13. companies, teams and employers that look like people', () => {
  it('an apposition with an organisation noun makes an organisation ("The cell supplier, Sunhan Materials, said")', () => {
    const t = [
      'The cell supplier, Varden Materials, said it was cooperating with the recall.',
      'Orin Castell, a partner at the law firm, said the claim was weak.',
      "Kaito Mori, the Japanese agency's project manager, said the test went well.",
    ].join('\n');
    const x = extract(t);
    expect(x.people.map((p) => p.name)).toEqual(['Orin Castell', 'Kaito Mori']);
    expect(speakerFor(t, 'cooperating with the recall')).toBe('Varden Materials');
  });
  // the annotation guideline (test/eval/README.md) names the firm when its analysts speak; eval article 42 predates it
  it('"Analysts at <Firm> said" is the firm, not a person', () => {
    const t = 'Analysts at Greer Halvorsen said the cost was manageable but that the brand could suffer.';
    expect(peopleOf(t)).toEqual([]);
    expect(speakerFor(t, 'the cost was manageable')).toBe('Greer Halvorsen');
  });
  it('a word used as "<Team> boss <Name>" makes the full name a team', () => {
    const t = [
      'Second-tier Harbour Athletic knocked holders Kingsbridge Wanderers out of the cup.',
      'Wanderers boss Pieter Vandenberg admitted his side had been "second best all night".',
      'Athletic manager Sandra Okonjo said the players had been superb.',
      'Kingsbridge Wanderers said striker Leon Achterberg had a hamstring injury.',
    ].join('\n');
    const x = extract(t);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Leon Achterberg', 'Pieter Vandenberg', 'Sandra Okonjo']);
    expect(speakerFor(t, 'hamstring injury')).toBe('Kingsbridge Wanderers');
  });
});

describe('14. nouns that look like speech verbs; venue tails with commas', () => {
  it('a speech-verb word after a determiner is a noun ("with the recall", "his comment")', () => {
    const x = extract('The cell supplier, Varden Materials, said it was cooperating with the recall.');
    expect(x.quotes.map((q) => q.text)).toEqual(['it was cooperating with the recall']);
  });
  it('"C, the automaker said in a filing with the Ministry of Land, Infrastructure and Transport"', () => {
    const t =
      'The recall covers four models made between 2021 and 2023, the automaker said in a filing with the Ministry of Land, Infrastructure and Transport.';
    const x = extract(t);
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['INDIRECT', 'The recall covers four models made between 2021 and 2023'],
    ]);
  });
});

describe('15. salience and roles around appositions', () => {
  it('a description ("the youngster") prefers the sentence subject over a person named later in it', () => {
    const t = [
      '"We were poor for twenty minutes," coach Ada Lindqvist said.',
      'Flanker Rhys Penhale had opened the scoring before the break.',
      'Tomos Brannock, 20, only came on after fly-half Jack Corran limped off with a hamstring injury.',
      '"I was shaking a bit, to be honest," the youngster said afterwards.',
    ].join('\n');
    expect(speakerFor(t, 'shaking a bit')).toBe('Tomos Brannock');
  });
  it('"A spokesperson for X, the …, said": the organisation speaks', () => {
    const t =
      'A spokesperson for Ridewell, the state\'s second-largest app, said the company would "keep fighting for drivers\' right to choose".';
    expect(speakerFor(t, 'keep fighting')).toBe('Ridewell');
  });
});

describe('16. someone named in the rest of the attribution is not the speaker', () => {
  it('"“…,” he said, as Smith looked on" is not Smith', () => {
    const t = [
      'Joel Marsh beat Arno Kessler in the final set.',
      '"I never stopped believing," he said, as Marsh lifted the trophy.',
    ].join('\n');
    expect(speakerFor(t, 'never stopped believing')).toBe('Arno Kessler');
  });
});

describe('17. unnamed people and "the government"', () => {
  it('he/she right after an unnamed person spoke is that person, not the last named speaker', () => {
    const t = [
      '"They had a year to fix this," said Helena Faria, an opposition deputy.',
      'A commuter waiting at the station, who did not want to give her name, said she would work from home.',
      '"I support the workers, but I can\'t lose another day\'s pay," she said.',
    ].join('\n');
    expect(speakerFor(t, 'another day')).toBeNull();
  });
  it('a named person after the unnamed one takes he/she again', () => {
    const t = [
      'A passenger, who asked not to be named, said the train was late.',
      'Marta Lindqvist, the station manager, apologised for the delay.',
      '"We will do better tomorrow," she said.',
    ].join('\n');
    expect(speakerFor(t, 'do better tomorrow')).toBe('Marta Lindqvist');
  });
  it('"The government says …" in an article about one country is that country', () => {
    const t = [
      "OSLO, March 3 - Norway's ferry workers began a strike on Monday.",
      'The government says the strike could cost the economy 50 million crowns a day.',
    ].join('\n');
    expect(speakerFor(t, 'could cost the economy')).toBe('Norway');
  });
});

describe('18. an object noun phrase before "and said" is not a reported clause', () => {
  it('"declared a state of emergency … and said …"', () => {
    const x = extract(
      'Gov. Alma Reyes declared a state of emergency for 14 counties and said the National Guard would help with rescues.',
    );
    expect(x.quotes.map((q) => q.text)).toEqual(['the National Guard would help with rescues']);
  });
});

describe('19. a name that modifies a place noun is a place', () => {
  it('"in front of Santa Lucia station", "the Marine Parade car parks"', () => {
    const t = [
      'Union leader Sofia Marques spoke in front of Santa Lucia station on Monday.',
      'Parking at the Marine Parade car parks will cost £5.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Sofia Marques']);
  });
});

describe('20. club names end in a club word', () => {
  it('"Northbridge United" is an organisation and "the club" refers to it', () => {
    const t = [
      'Northbridge United lost 2-1 at home on Saturday.',
      'The club said in a statement that it would ban any fan found to have thrown coins.',
    ].join('\n');
    const x = extract(t);
    expect(x.people).toEqual([]);
    expect(speakerFor(t, 'ban any fan')).toBe('Northbridge United');
    expect(
      extract('Officials in the United States said the talks would resume.').organisations.map((o) => o.name),
    ).not.toContain('United States');
  });
});

describe('21. "That is how X describes it" in the next paragraph', () => {
  it('names the speaker of the quote before it', () => {
    const t = [
      '"When I was a girl, my grandfather could show me where the herd crossed the river."',
      'That is how Mara Tallfeather, a land-use co-ordinator with the Red Lake band, describes the decline of the herd.',
    ].join('\n');
    expect(speakerFor(t, 'my grandfather could show me')).toBe('Mara Tallfeather');
  });
});

describe('22. a lone company name that never speaks', () => {
  it('"Gridly makes software …" is the company that "the company said" refers to', () => {
    const t = [
      'Priya Anand started Tillory in a spare bedroom in 2019. Its investors include Northgate Ventures.',
      'Tillory makes software that checks spreadsheets for errors.',
      'The company said last month that revenue had doubled.',
      'Anand says the next two years will decide whether Tillory stays independent.',
    ].join('\n');
    expect(speakerFor(t, 'revenue had doubled')).toBe('Tillory');
    expect(peopleOf(t)).toEqual(['Priya Anand']);
  });
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

describe('23. participles with their own subject; short names of clubs', () => {
  it('"with one man shouting “…”" is the unnamed man, not the subject of the main verb', () => {
    const t =
      'During the meeting, Cllr Janet Obi was heckled from the gallery, with one man shouting "shame on you, shame on you all" as the vote was taken.';
    expect(speakerFor(t, 'shame on you')).toBeNull();
  });
  it('a coordinated verb after a phrase in marks keeps the subject ("insisted … ‘an ambition’ but conceded …")', () => {
    const t =
      'The Prime Minister, Sir Alan Pryde, insisted the target remained ‘an ambition’ but conceded it would not be met this parliament.';
    expect(speakerFor(t, 'would not be met')).toBe('Alan Pryde');
  });
  it('"United" after "Northbridge United" is the same organisation', () => {
    const x = extract(
      'Northbridge United lost at home. United had led at half-time and United would have gone top with a win.',
    );
    expect(x.organisations.map((o) => o.name)).toEqual(['Northbridge United']);
  });
});

describe('24. "of the" inside organisation names', () => {
  it('"the Office of the U.S. Trade Representative", "the Ministry of the Interior"', () => {
    const t = [
      'A spokesperson for the Office of the U.S. Trade Representative said the fine was "a discriminatory tax".',
      'The Ministry of the Interior said it would review the case.',
      'The head of the union said talks would resume.',
    ].join('\n');
    const x = extract(t);
    expect(x.organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Office of the U.S. Trade Representative', 'Ministry of the Interior']),
    );
    expect(speakerFor(t, 'discriminatory tax')).toBe('Office of the U.S. Trade Representative');
    expect(speakerFor(t, 'review the case')).toBe('Ministry of the Interior');
  });
});

describe('25. adverbs before the verb, second verbs after a quote, "remembered him as"', () => {
  it('"He often said …" resolves he', () => {
    const t = 'Lester Vane was born in 1941. He often said he learned to play by copying records through the wall.';
    expect(speakerFor(t, 'learned to play')).toBe('Lester Vane');
  });
  it('"X called it “…,” and thanked Y": the subject before the quote', () => {
    const t =
      'California Gov. Thomas Rees called the agreement "a win for workers, for businesses and for consumers," and thanked the negotiators.';
    expect(speakerFor(t, 'a win for workers')).toBe('Thomas Rees');
  });
  it('"remembered him as “…”" attributes the phrase to the subject', () => {
    const t = [
      'Marcus Hale, his producer, said Vane never missed a session.',
      'The singer Dolores Wynn, who recorded with him in the 1960s, remembered him as "the funniest man in any studio".',
    ].join('\n');
    expect(speakerFor(t, 'funniest man')).toBe('Dolores Wynn');
  });
});

describe('26. organisation names with a list after "of"', () => {
  it('"the Ministry of Trade, Industry and Energy said"', () => {
    const t =
      'The Ministry of Trade, Industry and Energy said exporters would need new certificates. Officials, Lee Min-ho and others, said nothing.';
    const x = extract(t);
    expect(x.organisations.map((o) => o.name)).toContain('Ministry of Trade, Industry and Energy');
    expect(speakerFor(t, 'exporters would need')).toBe('Ministry of Trade, Industry and Energy');
  });
});

describe('27. short past-tense verbs start a reported clause', () => {
  it('"Her family said she died peacefully …"', () => {
    const x = extract('Her family said she died peacefully at home on Thursday.');
    expect(x.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['INDIRECT', 'she died peacefully at home on Thursday', null],
    ]);
  });
});
