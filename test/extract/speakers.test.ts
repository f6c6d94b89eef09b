import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findQuote, speakerFor, speakerName } from './helpers.js';

describe('speakers: position of the cue', () => {
  it('speaker before the quote', () => {
    expect(speakerFor('Finance Minister Anna Berg said: “We will cut taxes next year.”', 'We will cut')).toBe(
      'Anna Berg',
    );
    expect(
      speakerFor(
        'Speaking to reporters on Wednesday, Lloyd Austin said, “That is still to be seen.”',
        'still to be seen',
      ),
    ).toBe('Lloyd Austin');
  });
  it('speaker after the quote, with subject–verb inversion', () => {
    expect(
      speakerFor(
        '“The economy is strong,” said Maria Lopez, a professor at the University of Madrid.',
        'economy is strong',
      ),
    ).toBe('Maria Lopez');
  });
  it('speaker after the quote, plain order', () => {
    expect(
      speakerFor(
        '“We keep kicking the can down the road,” Thomas Whitfield told reporters outside the chamber.',
        'kicking the can',
      ),
    ).toBe('Thomas Whitfield');
  });
  it('speaker after the quote with an apposition', () => {
    const text =
      'Lawmaker Park Sun-won briefed the press.\n"About 3,000 troops have been deployed so far," Park, who sits on the intelligence committee, told reporters.';
    expect(speakerFor(text, 'About 3,000')).toBe('Park Sun-won');
  });
  it('speaker in the next short sentence', () => {
    expect(speakerFor('Officials met on Monday. “We are not giving up.” Jane Doe said.', 'not giving up')).toBe(
      'Jane Doe',
    );
  });
  it('continuation paragraph with no cue keeps the previous speaker', () => {
    const text = '“The first thing is the money,” said Kim Dong-yup, a professor.\n“The second thing is the timing.”';
    expect(speakerFor(text, 'second thing')).toBe('Kim Dong-yup');
  });
  it('continuation inside a paragraph after "Doo said."', () => {
    const text =
      'Doo Jin-ho is a research fellow.\n“Pyongyang will seek technology,” Doo said. “North Korea may also ask Russia for help.”';
    expect(speakerFor(text, 'may also ask')).toBe('Doo Jin-ho');
  });
  it('a paragraph ending with "X said:" introduces the next quote', () => {
    expect(speakerFor('Mayor Daniel Koenig said:\n“This plan will build homes.”', 'build homes')).toBe('Daniel Koenig');
  });
});

describe('speakers: references', () => {
  it('resolves surnames to the full name', () => {
    const text = 'Defense Secretary Lloyd Austin visited Seoul.\n“We are watching closely,” Austin said.';
    expect(speakerFor(text, 'watching closely')).toBe('Lloyd Austin');
  });
  it('resolves titles with surnames', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky spoke on Thursday.\n“They are preparing 10,000 soldiers,” Mr Zelensky told reporters.';
    expect(speakerFor(text, 'preparing 10,000')).toBe('Volodymyr Zelensky');
    const t2 =
      'Lawmaker Lee Seong-kweun attended.\nLawmaker Lee said that the agency “is actively recruiting interpreters”.';
    expect(speakerFor(t2, 'actively recruiting')).toBe('Lee Seong-kweun');
  });
  it('resolves he/she to the latest speaker', () => {
    const text =
      '“An additional 1,500 troops were deployed,” Park Sun-won told reporters.\n“More will follow by December,” he added.';
    expect(speakerFor(text, 'More will follow')).toBe('Park Sun-won');
  });
  it('resolves "it" to an organisation speaker', () => {
    const text =
      'The National Intelligence Service (NIS) said in a statement that ships carried the troops.\nIt said more troops are expected to be sent soon.';
    expect(speakerFor(text, 'more troops are expected')).toBe('National Intelligence Service');
  });
  it('resolves descriptions: age, nationality, role', () => {
    const text = 'Tom Rafferty took five wickets.\n“I barely slept,” the 23-year-old told reporters.';
    expect(speakerFor(text, 'barely slept')).toBe('Tom Rafferty');
    const t2 = 'Daan Verhoeven won the race.\nThe Dutchman said he had not expected to win.';
    expect(speakerFor(t2, 'not expected to win')).toBe('Daan Verhoeven');
    const t3 =
      'Senior Coroner Rebecca Ashworth-Lyle heard the case.\nThe coroner said she would issue a report to the council.';
    expect(speakerFor(t3, 'issue a report')).toBe('Rebecca Ashworth-Lyle');
  });
  it('a participle or a coordinated verb shares the subject of the main verb', () => {
    const t = 'Transport Minister Annette Krüger urged both sides to talk, saying the dispute was hurting millions.';
    expect(speakerFor(t, 'hurting millions')).toBe('Annette Krüger');
    const t2 = 'Sen. Thomas Whitfield called the package "a surrender" and said he would keep fighting for cuts.';
    expect(speakerFor(t2, 'keep fighting')).toBe('Thomas Whitfield');
  });
  it('skips possessives and prepositional phrases when looking for the subject', () => {
    const t = "President Vladimir Putin's spokesman, Dmitry Peskov, called the claim a lie and a “provocation.”";
    expect(speakerFor(t, 'provocation')).toBe('Dmitry Peskov');
    const t2 = 'Rep. Han Ji-soo of the main opposition Democratic Party said the cut would hurt families.';
    expect(speakerFor(t2, 'cut would hurt')).toBe('Han Ji-soo');
  });
  it('the outer speaker owns a nested report', () => {
    const t =
      'Lawmaker Lee Seong-kweun said that the spy agency confirmed that the military “is recruiting interpreters”.';
    expect(speakerFor(t, 'recruiting interpreters')).toBe('Lee Seong-kweun');
  });
});

describe('speakers: organisations', () => {
  it('organisation subjects and acronyms', () => {
    expect(
      speakerFor('The National Intelligence Service (NIS) said the troops were trained.', 'troops were trained'),
    ).toBe('National Intelligence Service');
    expect(
      speakerFor('The National Intelligence Service (NIS) met. The NIS said each soldier is paid.', 'each soldier'),
    ).toBe('National Intelligence Service');
  });
  it('descriptions of an agency resolve to the agency named in the article', () => {
    const t =
      "The National Intelligence Service (NIS) briefed lawmakers.\nSouth Korea's spy agency said troops had arrived.\nSeoul's spy agency told lawmakers that more would come.";
    expect(speakerFor(t, 'troops had arrived')).toBe('National Intelligence Service');
    expect(speakerFor(t, 'more would come')).toBe('National Intelligence Service');
  });
  it('an unnamed chief or spokesperson speaks for the organisation', () => {
    expect(
      speakerFor('The NIS chief told lawmakers that the troops were trained on drones.', 'trained on drones'),
    ).toBe('NIS');
    expect(
      speakerFor(
        'A spokesperson for Wrexham County Borough Council said repairs were scheduled.',
        'repairs were scheduled',
      ),
    ).toBe('Wrexham County Borough Council');
  });
  it('countries and capitals as speakers are governments named after the country', () => {
    const x = extract(
      'Russia has dismissed reports of troop deployments as “fake news.”\nGermany on Wednesday said it had summoned the envoy.',
    );
    expect(speakerName(x, findQuote(x, 'fake news')!)).toBe('Russia');
    expect(speakerName(x, findQuote(x, 'summoned the envoy')!)).toBe('Germany');
    expect(x.organisations.find((o) => o.name === 'Russia')?.kind).toBe('GOVERNMENT');
  });
  it('common nouns resolve to the organisation: "the union", "The central bank"', () => {
    const t =
      'The British Medical Association (BMA) announced a strike.\nThe union said emergency cover would be maintained.';
    expect(speakerFor(t, 'emergency cover')).toBe('British Medical Association');
    const t2 =
      'The Bank of Japan kept rates unchanged.\nThe central bank said in a statement that inflation would stay high.';
    expect(speakerFor(t2, 'inflation would stay')).toBe('Bank of Japan');
  });
  it('according to X', () => {
    expect(
      speakerFor(
        'On Thursday, parliament ratified the treaty, according to Russian news agency TASS.',
        'parliament ratified',
      ),
    ).toBe('TASS');
  });
});

describe('speakers: no speaker rather than a wrong one', () => {
  it('groups and unnamed people get no speaker', () => {
    expect(speakerFor('Analysts say the Russians will likely offer technology.', 'Russians will likely')).toBeNull();
    expect(
      speakerFor('Another lawmaker said rumours were spreading within the North.', 'rumours were spreading'),
    ).toBeNull();
    expect(speakerFor('South Korean media reported that the troops had left.', 'troops had left')).toBeNull();
  });
  it('never a place as a speaker of a quote whose verb has another subject', () => {
    const x = extract('“We will return,” the protesters in Seoul chanted.');
    for (const q of x.quotes) expect(q.speaker?.type === 'person').toBeFalsy();
  });
  it('a quote with no cue and no previous speaker has no speaker', () => {
    expect(speakerFor('The building was old.\n“Nobody lives here any more.”', 'Nobody lives')).toBeNull();
  });
  it('the Washington Post capturing comments is not the speaker', () => {
    const t =
      'Speaking to reporters, Austin said, “These are things we need to sort out,” in comments captured by the Washington Post.';
    expect(speakerFor(t, 'sort out')).toBe('Austin');
  });
});

describe('speakers: names completed from the headline, lone surnames', () => {
  it('takes the full name from the headline for "Mr Johnson"', () => {
    const x = extract(
      'Boris Johnson resigns as party leader\nSpeaking outside, Mr Johnson said: “I am sad to go.”\nMore text here.',
    );
    expect(speakerName(x, findQuote(x, 'sad to go')!)).toBe('Boris Johnson');
  });
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
});

describe('speakers: more constructions', () => {
  it('inverted cue with a role phrase before the name', () => {
    expect(speakerFor('"We\'re done," said the team\'s coach, Jürgen Klopp.', "We're done")).toBe('Jürgen Klopp');
  });
  it('a quote with its own cue but an unnamed speaker does not inherit the previous speaker', () => {
    const t =
      'The company’s chief executive, Mary Barra, said demand was strong.\n"We need more time," the official, who spoke on condition of anonymity, said.';
    expect(speakerFor(t, 'more time')).toBeNull();
  });
  it('a name with an age apposition is a person', () => {
    expect(
      speakerFor('Smith, 45, said the plan was “dead on arrival,” adding that voters would decide.', 'dead on arrival'),
    ).toBe('Smith');
  });
  it('a lone Korean surname as a subject is a person', () => {
    const x = extract('Kim told reporters that the North would respond.');
    expect(x.quotes[0].speaker?.type).toBe('person');
  });
});

describe('speakers: next-sentence attribution and relative clauses', () => {
  it('"“…” That was the verdict of X" and "X, a …, who said C"', () => {
    const t =
      '"It is a start, but a start is not a home." That was the verdict of Luz Alvarado, a tenant organizer in the Bronx, who said the plan did too little.';
    expect(speakerFor(t, 'start is not a home')).toBe('Luz Alvarado');
    expect(speakerFor(t, 'plan did too little')).toBe('Luz Alvarado');
  });
});

describe('speakers: features style', () => {
  const t =
    'When Maria Santos opened her bakery, she had no idea.\n"People stay for the conversation," says Santos, 52.\n' +
    "Her daughter, Ana, who manages the shop's social media, says business has doubled.\n" +
    'A spokesman for Leeds City Council said: "We are listening to traders."\nSantos shrugs. "We\'ll see," she says.';
  it('a person named as a subject after an organisation speaker takes the pronoun', () => {
    expect(speakerFor(t, "We'll see")).toBe('Maria Santos');
    expect(speakerFor(t, 'listening to traders')).toBe('Leeds City Council');
  });
  it('a given name in apposition to a kinship noun is a person', () => {
    expect(speakerFor(t, 'business has doubled')).toBe('Ana');
  });
});
