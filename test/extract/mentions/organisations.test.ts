/** Organisations: acronyms, kinds, outlets, references back by first word, and names that look like people's. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { peopleOf, speakerFor } from '../helpers.js';

const orgs = (t: string) => extract(t).organisations;
const kinds = (t: string) => orgs(t).map((o) => `${o.name}:${o.kind}`);

const kindCases = [
  {
    from: 'sample 001',
    text: 'He teaches at the University of North Korean Studies.',
    kinds: ['University of North Korean Studies:UNIVERSITY'],
  },
  {
    from: 'sample 001',
    text: 'She works at the Asan Institute for Policy Studies.',
    kinds: ['Asan Institute for Policy Studies:THINK_TANK'],
  },
  {
    from: 'sample 001',
    text: 'He sits on the National Assembly Intelligence Committee.',
    kinds: ['National Assembly Intelligence Committee:LEGISLATURE'],
  },
  { from: 'eval article 02', text: 'Shares of Veltron Semiconductor rose.', kinds: ['Veltron Semiconductor:COMPANY'] },
  { from: 'samples', text: 'Nato and Reuters were there.', kinds: ['NATO:INTERNATIONAL', 'Reuters:MEDIA'] },
  { from: 'sample 001', text: 'The report came from Russian news agency TASS.', kinds: ['TASS:MEDIA'] },
];

describe('mentions: organisations', () => {
  // from: samples
  it('links an acronym to its name', () => {
    const o = orgs('The National Intelligence Service (NIS) said troops arrived. The NIS added more.');
    expect(o.map((x) => [x.name, x.acronym, x.kind])).toEqual([
      ['National Intelligence Service', 'NIS', 'GOVERNMENT_AGENCY'],
    ]);
  });
  it.each(kindCases)(
    'recognises kinds by head word, and outlets and international bodies whatever the case: $text ($from)',
    ({ text, kinds: expected }) => expect(kinds(text)).toEqual(expected),
  );
  // from: samples
  it('names the outlet of the dateline as the source organisation', () => {
    const x = extract('SEOUL, South Korea (AP) — Troops were sent, officials said.');
    expect(x.source).not.toBeNull();
    expect(x.organisations[x.source!].kind).toBe('MEDIA');
    expect(x.organisations[x.source!].acronym).toBe('AP');
  });
  // from: eval article 49
  it('a first word refers back to a multi-word organisation', () => {
    const x = extract(
      'Samsung Electronics launched a phone. Samsung shares rose. A Samsung spokeswoman said demand was strong.',
    );
    expect(x.organisations.map((o) => o.name)).toEqual(['Samsung Electronics']);
    expect(x.organisations[0].mentions).toBe(3);
  });
  // from: eval article 30
  it('"Loopwise, the San Francisco-based scheduling startup, …" is a company, and later "Loopwise" is it', () => {
    const x = extract(
      'Loopwise, the San Francisco-based scheduling startup, cut staff. Loopwise said it regretted the move.',
    );
    expect(x.organisations.map((o) => [o.name, o.kind, o.mentions])).toEqual([['Loopwise', 'COMPANY', 2]]);
    expect(x.people).toEqual([]);
  });
  // from: independent-1
  it('laws and programmes are not speakers: "the X Act says" is not an organisation speaking', () => {
    const x = extract('The Clean Rivers Act says polluters must pay for the clean-up.');
    expect(x.organisations.map((o) => o.name)).not.toContain('Clean Rivers Act');
    for (const q of x.quotes) expect(q.speaker).toBeNull();
  });
});

describe('mentions: organisations that look like people', () => {
  // from: independent-1
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
  // from: independent-1
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
  // from: eval article 33
  it('"the Joint Chiefs of Staff" is not cut into a team at "of"', () => {
    const x = extract('The Joint Chiefs of Staff (JCS) said the launch was detected at dawn.');
    expect(x.organisations.map((o) => o.name)).not.toContain('Joint Chiefs');
  });
  // from: eval article 42
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
  // from: eval article 44
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

describe('mentions: campaign groups quoted with partial quotes', () => {
  // from: independent-1 (article 01)
  it('"The Missouri Budget Project called the cut “the responsible call.”"', () => {
    const t = [
      'Lawmakers approved the tax cut on Tuesday.',
      'The Ozark Budget Project called the cut “a gift to the wealthy.”',
      'The Prairie Farmers Alliance described the bill as “long overdue.”',
    ].join('\n');
    expect(speakerFor(t, 'gift to the wealthy')).toBe('Ozark Budget Project');
    expect(speakerFor(t, 'long overdue')).toBe('Prairie Farmers Alliance');
  });
  // from: independent-1
  it('a "… Campaign" is an organisation, never a person', () => {
    const t = 'Lawmakers approved the cut.\nThe Green Schools Campaign described the plan as “reckless.”';
    expect(peopleOf(t)).toEqual([]);
    expect(speakerFor(t, 'reckless')).toBe('Green Schools Campaign');
  });
});
