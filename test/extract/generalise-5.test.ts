/**
 * Constructed cases for the fifth round of attribution failure classes: organisation names with "&" or a place in them,
 * generic nouns for an organisation named before, organisations that speak through analysts, statements and "it".
 * Names and topics are invented.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { speakerFor } from './helpers.js';

const orgNames = (t: string) => extract(t).organisations.map((o) => o.name);

describe('1. organisation names with "&", place words and possessive roles are kept whole', () => {
  it.each([
    ['Brackwell & Stone said it would appeal the fine.', 'Brackwell & Stone'],
    ['Profits at Mendel & Voss rose. Mendel & Voss said demand was strong.', 'Mendel & Voss'],
    ['Texarkana Water & Light said crews would work through the night.', 'Texarkana Water & Light'],
  ])('%s', (t, name) => {
    expect(speakerFor(t, t.includes('appeal') ? 'appeal the fine' : t.includes('demand') ? 'demand was strong' : 'crews would work')).toBe(name);
    expect(extract(t).people).toEqual([]);
  });
  it('a two-word state at the start of a body name is not cut ("New Mexico Department of Health")', () => {
    expect(speakerFor('The New Mexico Department of Health said it had opened two clinics.', 'opened two clinics')).toBe('New Mexico Department of Health');
    expect(speakerFor('North Carolina State Board of Elections said the count was complete.', 'count was complete')).toBe('North Carolina State Board of Elections');
  });
  it('a company "of <Place>" is named without the place; "Bank of <Country>" keeps it', () => {
    expect(orgNames('Pellmore Foods of Seattle said it would close a plant.')).toContain('Pellmore Foods');
    expect(speakerFor('The Bank of Norway said inflation was easing.', 'inflation was easing')).toBe('Bank of Norway');
  });
  it('a sentence-initial adjective before a country is not part of its name', () => {
    expect(speakerFor('Neighbouring Zambia said it would reopen the crossing.', 'reopen the crossing')).toBe('Zambia');
    expect(speakerFor('Landlocked Chad said it had received no aid.', 'received no aid')).toBe('Chad');
  });
  it('a role\'s possessive inside a body\'s name ("the U.S. Attorney\'s Office for the District of X")', () => {
    const t = 'The guilty plea "closes a painful chapter," the U.S. Attorney\'s Office for the District of Maryland said.';
    expect(speakerFor(t, 'closes a painful chapter')).toBe("U.S. Attorney's Office for the District of Maryland");
    expect(speakerFor("The Governor's Office said the budget would be balanced.", 'budget would be balanced')).toBe("Governor's Office");
  });
  it('a name with "and" and no organisation word is still two names ("Ana Ruiz and Tom Bell said")', () => {
    expect(extract('Ana Ruiz and Tom Bell met on Monday. Ana Ruiz said the talks went well.').people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tom Bell']);
  });
});
