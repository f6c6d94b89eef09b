/** The shorter form an article calls someone by is kept as an alias of the entity it resolved to. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { speakerFor } from '../helpers.js';

const aliasesOf = (text: string, name: string) => extract(text).people.find((p) => p.name === name)?.aliases ?? [];

describe('name forms', () => {
  it('a surname-first name keeps the surname the article uses with a title ("Mr. Wen" for Wen Jiabo)', () => {
    const text =
      'Headline about the budget\nFinance Minister Wen Jiabo spoke in Beijing on Monday.\n“The whole world thanked us then,” Mr. Wen told a news briefing.';
    expect(speakerFor(text, 'whole world thanked')).toBe('Wen Jiabo');
    expect(aliasesOf(text, 'Wen Jiabo')).toContain('Wen');
  });

  it('the first of two surnames is kept ("Ms. Ortega" for Lucia Ortega Ramos)', () => {
    const text =
      'Headline about the bank\nLucia Ortega Ramos runs the island’s development bank.\n“We need the tools,” Ms. Ortega said.';
    expect(speakerFor(text, 'need the tools')).toBe('Lucia Ortega Ramos');
    expect(aliasesOf(text, 'Lucia Ortega Ramos')).toContain('Ortega');
  });

  it('a given name used alone is not kept: it would find everyone with that given name', () => {
    const text =
      'Headline about the family\nDonald Roe Smith and his brother Fred Smith grew up in Queens.\n“It was a good thing,” Donald said.';
    expect(aliasesOf(text, 'Donald Roe Smith')).not.toContain('Donald');
  });

  it('a surname that ends the full name adds nothing', () => {
    const text = 'Headline about the port\nHarriet Vane chairs the port board.\n“It is done,” Ms. Vane said.';
    expect(aliasesOf(text, 'Harriet Vane')).toEqual([]);
  });

  it('two people sharing a surname keep their own names and never take each other’s', () => {
    const text =
      'Headline about the farm\nMinister Wen Jiabo and his brother, farmer Wen Daoming, spoke on Monday.\n“We will sell,” Wen Daoming said. “We will stay,” Mr. Wen said.';
    const x = extract(text);
    expect(x.people.map((p) => p.name).sort()).toEqual(['Wen Daoming', 'Wen Jiabo']);
    for (const p of x.people) expect(p.aliases.some((a) => a.includes('Jiabo') || a.includes('Daoming'))).toBe(false);
  });

  it('an organisation called by the first word of its name keeps that word ("Halvorsen" for Halvorsen Research Center)', () => {
    const text =
      'Headline about polls\nThe Halvorsen Research Center published its survey on Monday.\nHalvorsen notes that the surveys are not “monolithic.”';
    const x = extract(text);
    const o = x.organisations.find((e) => e.name === 'Halvorsen Research Center');
    expect(o?.aliases).toContain('Halvorsen');
  });
});

describe('title words and countries that are surnames', () => {
  it.each([
    [
      '“of” a place after a title word that ends a name',
      '“It is not easy,” said Representative Peter T. King of New York, who endorsed him.',
      'not easy',
      'Peter T. King',
    ],
    [
      'an honorific before a title word',
      'Representative Peter T. King of New York endorsed him. “It is not easy,” Mr. King said.',
      'not easy',
      'Peter T. King',
    ],
    [
      'an honorific before “Prince”',
      'Erik Prince founded the firm. “It is risky,” Mr. Prince said.',
      'risky',
      'Erik Prince',
    ],
    [
      'a country as the surname after a title and a given name',
      '“We will win,” said Representative Steve Israel, a Democrat from New York.',
      'will win',
      'Steve Israel',
    ],
  ])('%s', (_behaviour, body, quote, speaker) => {
    expect(speakerFor(`Headline about the race\n${body}`, quote)).toBe(speaker);
  });

  it('a title before “of” and a place stays a title ("King Abdullah of Jordan")', () => {
    const x = extract('Headline about the visit\nKing Abdullah of Jordan met the Secretary of State on Monday.');
    expect(x.people.map((p) => p.name)).not.toContain('Jordan');
    expect(x.people.some((p) => /of Jordan/.test(p.name))).toBe(false);
  });
});

describe('organisation words that are surnames', () => {
  it('a given name before “Green” is a person, with an apposition after it', () => {
    const text =
      'Headline about the class\nJennifer Green, director of the literacy program, said the class was “a success.”';
    expect(speakerFor(text, 'a success')).toBe('Jennifer Green');
  });

  it('the same word in an organisation’s name stays an organisation', () => {
    const x = extract('Headline about the vote\nThe Green Party said the plan was “a disaster.”');
    expect(x.people).toEqual([]);
    expect(x.organisations.map((o) => o.name)).toContain('Green Party');
  });
});
