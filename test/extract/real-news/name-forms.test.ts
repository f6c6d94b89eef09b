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
