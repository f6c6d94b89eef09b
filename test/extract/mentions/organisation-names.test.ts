/** Where an organisation's name starts and ends: "&", "of (the)", lists, places, dates, region and club words. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { organisationsOf, peopleOf, speakerFor } from '../helpers.js';

const wholeNames = [
  {
    from: 'independent-2/3',
    text: 'Brackwell & Stone said it would appeal the fine.',
    name: 'Brackwell & Stone',
    quote: 'appeal the fine',
  },
  {
    from: 'independent-2/3',
    text: 'Profits at Mendel & Voss rose. Mendel & Voss said demand was strong.',
    name: 'Mendel & Voss',
    quote: 'demand was strong',
  },
  {
    from: 'independent-2/3',
    text: 'Texarkana Water & Light said crews would work through the night.',
    name: 'Texarkana Water & Light',
    quote: 'crews would work',
  },
];

const localGovernments = [
  {
    from: 'independent-4 (article 11)',
    text: 'The City of Durban said in a statement on Monday residents would be refunded.',
    name: 'City of Durban',
    quote: 'residents would be refunded',
  },
  {
    from: 'independent-4',
    text: 'The Town of Milbury said roads would stay closed until Friday.',
    name: 'Town of Milbury',
    quote: 'roads would stay closed',
  },
  {
    from: 'independent-4',
    text: 'The County of Renfrew said it had hired extra ploughs.',
    name: 'County of Renfrew',
    quote: 'hired extra ploughs',
  },
];

const districts = [
  {
    from: 'independent-4',
    text: 'Roads north of town were closed, according to the Kettle Valley Regional District.',
    name: 'Kettle Valley Regional District',
    quote: 'Roads north of town were closed',
  },
  {
    from: 'independent-4',
    text: 'The Marlow Unified School District said classes would resume on Monday.',
    name: 'Marlow Unified School District',
    quote: 'classes would resume',
  },
];

describe('mentions: organisation names with "&", place words and possessive roles are kept whole', () => {
  it.each(wholeNames)(
    'an organisation name with "&" is kept whole and is not a person: $name ($from)',
    ({ text, name, quote }) => {
      expect(speakerFor(text, quote)).toBe(name);
      expect(extract(text).people).toEqual([]);
    },
  );
  // from: independent-2/3
  it('a two-word state at the start of a body name is not cut ("New Mexico Department of Health")', () => {
    expect(
      speakerFor('The New Mexico Department of Health said it had opened two clinics.', 'opened two clinics'),
    ).toBe('New Mexico Department of Health');
    expect(
      speakerFor('North Carolina State Board of Elections said the count was complete.', 'count was complete'),
    ).toBe('North Carolina State Board of Elections');
  });
  // from: independent-2/3
  it('a company "of <Place>" is named without the place; "Bank of <Country>" keeps it', () => {
    expect(organisationsOf('Pellmore Foods of Seattle said it would close a plant.')).toContain('Pellmore Foods');
    expect(speakerFor('The Bank of Norway said inflation was easing.', 'inflation was easing')).toBe('Bank of Norway');
  });
  // from: independent-4
  it('a company "of <Place>" is still the company', () => {
    expect(speakerFor('Marrick Foods of Portland said it would close a plant.', 'close a plant')).toBe('Marrick Foods');
    expect(peopleOf('Marrick Foods of Portland said it would close a plant.')).toEqual([]);
  });
  // from: independent-2 (article 04)
  it("a role's possessive inside a body's name (\"the U.S. Attorney's Office for the District of X\")", () => {
    const t =
      'The guilty plea "closes a painful chapter," the U.S. Attorney\'s Office for the District of Maryland said.';
    expect(speakerFor(t, 'closes a painful chapter')).toBe("U.S. Attorney's Office for the District of Maryland");
    expect(speakerFor("The Governor's Office said the budget would be balanced.", 'budget would be balanced')).toBe(
      "Governor's Office",
    );
  });
  // from: independent-1
  it('named bodies with lower-case descriptors speak', () => {
    const t = [
      'The UN verification mission in Colombia said it would deploy more observers.',
      'The Rockford Police Department said two officers were injured.',
      'The state health department said cases had doubled.',
    ].join('\n');
    expect(speakerFor(t, 'deploy more observers')).toMatch(/^(?:UN|United Nations)/);
    expect(speakerFor(t, 'two officers were injured')).toBe('Rockford Police Department');
    expect(speakerFor(t, 'cases had doubled')).toMatch(/health department/i);
  });
});

describe('mentions: "of the" and lists inside organisation names', () => {
  // from: independent-1 (article 21)
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
  // from: independent-1
  it('"the Ministry of Trade, Industry and Energy said"', () => {
    const t =
      'The Ministry of Trade, Industry and Energy said exporters would need new certificates. Officials, Lee Min-ho and others, said nothing.';
    const x = extract(t);
    expect(x.organisations.map((o) => o.name)).toContain('Ministry of Trade, Industry and Energy');
    expect(speakerFor(t, 'exporters would need')).toBe('Ministry of Trade, Industry and Energy');
  });
});

describe('mentions: words next to an organisation name that are not part of it', () => {
  // from: independent-1
  it('a day or month after a name is not part of it: "the European Commission on Wednesday fined …"', () => {
    const x = extract(
      'The European Commission on Wednesday fined the company. The Tariff Board in March said it would review the case.',
    );
    const names = x.organisations.map((o) => o.name);
    expect(names).toContain('European Commission');
    expect(names.some((n) => /Wednesday|March/.test(n))).toBe(false);
  });
  // from: independent-4
  it('a real adverb before a name is still dropped', () => {
    expect(speakerFor('Separately, Halvorsen Foods said it would close a plant.', 'close a plant')).toBe(
      'Halvorsen Foods',
    );
  });
  // from: independent-3 (article 08)
  it('"Northern Link’s managing director said" → the organisation "Northern Link", not "Link"', () => {
    const t =
      'Drivers at Northern Link will walk out on Monday. Northern Link’s managing director said the offer was "fair and affordable".';
    expect(speakerFor(t, 'fair and affordable')).toBe('Northern Link');
    expect(organisationsOf(t)).toEqual(['Northern Link']);
  });
  // from: independent-2/3
  it('"Eastern Ferries said" keeps the region word; "Northern Syria" is still a place', () => {
    expect(speakerFor('Eastern Ferries said sailings were cancelled.', 'sailings were cancelled')).toBe(
      'Eastern Ferries',
    );
    expect(extract('Northern Syria was hit by strikes, officials said.').organisations).toEqual([]);
  });
  // from: eval article 13
  it('"United" after "Northbridge United" is the same organisation', () => {
    const x = extract(
      'Northbridge United lost at home. United had led at half-time and United would have gone top with a win.',
    );
    expect(x.organisations.map((o) => o.name)).toEqual(['Northbridge United']);
  });
});

describe('mentions: local governments and districts', () => {
  it.each(localGovernments)(
    '"City of X", "Town of X", "County of X" are local governments: $name ($from)',
    ({ text, name, quote }) => {
      expect(speakerFor(text, quote)).toBe(name);
      expect(organisationsOf(text)).toEqual([name]);
    },
  );
  // from: independent-4
  it('a place ending in "City" is not an organisation', () => {
    const r = extract('Officials in Kansas City said the roads were icy.');
    expect(r.organisations).toEqual([]);
    expect(speakerFor('Officials in Kansas City said the roads were icy.', 'roads were icy')).toBeNull();
  });
  it.each(districts)(
    '"<Place> Regional/School/Water District" is a body that speaks: $name ($from)',
    ({ text, name, quote }) => {
      expect(speakerFor(text, quote)).toBe(name);
      expect(extract(text).people).toEqual([]);
    },
  );
});
