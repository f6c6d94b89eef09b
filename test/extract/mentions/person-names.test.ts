/** The shape of a person's name: name order, particles, articles, initials, accents, given names not listed. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { peopleOf, speakerFor } from '../helpers.js';
import { bakeryFeature } from '../speakers/articles.js';

const speakerNames = [
  {
    from: 'independent-4',
    text: 'Outside the hall, Siobhán Darcy of the Tenants Action Group said families deserved answers.',
    name: 'Siobhán Darcy',
    quote: 'families deserved answers',
  },
  {
    from: 'independent-4',
    text: 'Chloé Barrande said the vote was a disgrace.',
    name: 'Chloé Barrande',
    quote: 'vote was a disgrace',
  },
  {
    from: 'independent-4',
    text: 'Tarquin Mulgrew of the Riverside Tenants Association said rents had doubled.',
    name: 'Tarquin Mulgrew',
    quote: 'rents had doubled',
  },
  {
    from: 'independent-4',
    text: 'Osric Pennell from the Harbour Users Forum said the fees were unfair.',
    name: 'Osric Pennell',
    quote: 'fees were unfair',
  },
  {
    from: 'independent-4',
    text: 'Carly Vance, who has two children at the school, said she backed the teachers.',
    name: 'Carly Vance',
    quote: 'she backed the teachers',
  },
  {
    from: 'independent-4',
    text: 'Ashley Moreno said the bus never came.',
    name: 'Ashley Moreno',
    quote: 'bus never came',
  },
  {
    from: 'independent-4',
    text: 'Bradley Osei said the fare had doubled.',
    name: 'Bradley Osei',
    quote: 'fare had doubled',
  },
];

describe('mentions: person names', () => {
  // from: samples
  it('merges surname references and other spellings into one person', () => {
    const x = extract(
      'Lawmaker Lee Seong-kweun spoke.\nLee said the soldiers lacked experience.\nLawmaker Lee Seong Kweun added that more would come.',
    );
    expect(x.people.map((p) => p.name)).toEqual(['Lee Seong-kweun']);
    expect(x.people[0].aliases).toContain('Lee Seong Kweun');
    expect(x.people[0].mentions).toBe(3);
  });
  // from: samples
  it('handles East Asian surname-first names', () => {
    const x = extract(
      'Kim Jong Un met Putin. Kim Dong-yup, a professor, said the meeting mattered.\n“It matters,” Kim said.',
    );
    expect(x.people.map((p) => p.name).sort()).toEqual(['Kim Dong-yup', 'Kim Jong Un']);
  });
  // from: eval article 24
  it('a three-part personal name keeps its first part: "Amna Ibrahim Osman"', () => {
    expect(peopleOf('Amna Ibrahim Osman, 38, said the camp had no water.')).toEqual(['Amna Ibrahim Osman']);
  });
  // from: independent-2/3
  it('a name with "and" and no organisation word is still two names ("Ana Ruiz and Tom Bell said")', () => {
    expect(peopleOf('Ana Ruiz and Tom Bell met on Monday. Ana Ruiz said the talks went well.')).toEqual([
      'Ana Ruiz',
      'Tom Bell',
    ]);
  });
  // from: constructed
  it('a given name in apposition to a kinship noun is a person', () => {
    expect(speakerFor(bakeryFeature, 'business has doubled')).toBe('Ana');
  });
  // from: independent-1
  it('strips "Did" only in a question; a Vietnamese surname "Do" is a name', () => {
    expect(peopleOf('Did Tove Berg think she would race again?')).toEqual(['Tove Berg']);
    expect(peopleOf('Do Van Long, a hydrologist, said the river would peak on Friday.')).toEqual(['Do Van Long']);
  });
  it.each(speakerNames)(
    'accented given names, "<Name> of the <Body>", given names ending in -ly: $name ($from)',
    ({ text, name, quote }) => {
      expect(speakerFor(text, quote)).toBe(name);
      expect(peopleOf(text)).toEqual([name]);
    },
  );
});

describe('mentions: postnominal letters do not split a person', () => {
  // from: independent-1
  it('"Rachel Doe KC" … "Doe said" is one person named Rachel Doe', () => {
    const t =
      'Rachel Doe KC, representing the families, told the inquiry the evidence was clear.\n“Nobody was warned,” Doe said.';
    expect(peopleOf(t)).toEqual(['Rachel Doe']);
    expect(extract(t).people[0].descriptions).toContain('KC');
    expect(speakerFor(t, 'evidence was clear')).toBe('Rachel Doe');
    expect(speakerFor(t, 'Nobody was warned')).toBe('Rachel Doe');
  });
  // from: independent-3 (article 08)
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

describe('mentions: people whose given names are not in the list', () => {
  // from: independent-1 (article 05)
  it('a relative-clause apposition makes a person; "he" follows', () => {
    const t = [
      'Tesfaye Alemu, who has driven for both apps for six years, said he hoped the rules would change.',
      '“We work twelve hours for nothing,” he said.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Tesfaye Alemu']);
    expect(speakerFor(t, 'rules would change')).toBe('Tesfaye Alemu');
    expect(speakerFor(t, 'twelve hours for nothing')).toBe('Tesfaye Alemu');
  });
  // from: independent-1 (article 14)
  it('a role noun before the name; "She says" and an uncued quote follow', () => {
    const t = [
      'Charge nurse Abena Mensah is halfway through her shift.',
      'She says the ward has been short-staffed since spring.',
      '“We cannot keep doing this.”',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Abena Mensah']);
    expect(speakerFor(t, 'short-staffed since spring')).toBe('Abena Mensah');
    expect(speakerFor(t, 'keep doing this')).toBe('Abena Mensah');
  });
  // from: independent-1
  it('subject of a speech verb, age apposition, three-token names', () => {
    const t = [
      'Oluwaseun Adeyemi-Bakare, 41, said the market had lost half its traders.',
      'Farmer Dragoslav Petrović said the rains came late.',
      '“Nobody listens to us,” said Xochitl Ramírez Cruz, a resident of the valley.',
      'Venkataraman Subramanian told reporters the dam was safe.',
    ].join('\n');
    expect(speakerFor(t, 'lost half its traders')).toBe('Oluwaseun Adeyemi-Bakare');
    expect(speakerFor(t, 'rains came late')).toBe('Dragoslav Petrović');
    expect(speakerFor(t, 'Nobody listens')).toBe('Xochitl Ramírez Cruz');
    expect(speakerFor(t, 'dam was safe')).toBe('Venkataraman Subramanian');
    expect(extract(t).organisations).toEqual([]);
  });
  // from: independent-1
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

describe('mentions: initials, particles and articles in names', () => {
  // from: independent-1 (article 17)
  it('initials are part of the name; the surname and "He" resolve to it', () => {
    const t = [
      'Chief Minister K. Venkatesh said the tender would be cancelled. He said an inquiry would follow.',
      'Opposition leader R. Ashwath Gowda said the government had lost its majority.',
      '“This is a cover-up,” Venkatesh said.',
    ].join('\n');
    expect(peopleOf(t).sort()).toEqual(['K. Venkatesh', 'R. Ashwath Gowda']);
    expect(speakerFor(t, 'tender would be cancelled')).toBe('K. Venkatesh');
    expect(speakerFor(t, 'inquiry would follow')).toBe('K. Venkatesh');
    expect(speakerFor(t, 'lost its majority')).toBe('R. Ashwath Gowda');
    expect(speakerFor(t, 'cover-up')).toBe('K. Venkatesh');
  });
  // from: independent-2 (article 13)
  it('"Ruud van der Berg" is one person; "van der Berg said" and "Van der Berg said" refer back to him', () => {
    const t = [
      'Visiting coach Joost van den Heuvel was delighted.',
      '"They did exactly that," van den Heuvel said.',
      'Van den Heuvel said he expected a fine and called it "a stupid moment".',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Joost van den Heuvel']);
    expect(speakerFor(t, 'They did exactly that')).toBe('Joost van den Heuvel');
    expect(speakerFor(t, 'he expected a fine')).toBe('Joost van den Heuvel');
  });
  // from: independent-2/3
  it('"Ministry spokesman Karim Saleh al-Hashimi told …" then "al-Hashimi said" → one person', () => {
    const t = [
      'Ministry spokesman Karim Saleh al-Hashimi told state television that crews were working "around the clock".',
      '"The grid was built for half the people," al-Hashimi said.',
      'The governor, Layla el-Masri, said she had asked the capital for more power.',
    ].join('\n');
    expect(peopleOf(t)).toEqual(['Karim Saleh al-Hashimi', 'Layla el-Masri']);
    expect(speakerFor(t, 'around the clock')).toBe('Karim Saleh al-Hashimi');
    expect(speakerFor(t, 'built for half the people')).toBe('Karim Saleh al-Hashimi');
    expect(speakerFor(t, 'asked the capital')).toBe('Layla el-Masri');
  });
});
