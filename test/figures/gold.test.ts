import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { FIGURE_SETS, type GoldClaim } from '../../scripts/eval/figures.js';

const QUALIFIERS = ['EXACT', 'ABOUT', 'AT_LEAST', 'AT_MOST', 'MORE_THAN', 'RANGE'];

describe.each(FIGURE_SETS)('figures gold $name', (set) => {
  const gold = JSON.parse(readFileSync(set.annotations, 'utf8')) as Record<string, GoldClaim[]>;

  it.each(Object.entries(gold))(
    '%s: every claim names a text found once in one paragraph, and a valid qualifier',
    (file, claims) => {
      const paragraphs = extract(readFileSync(`${set.articles}/${file}`, 'utf8')).article.paragraphs;
      for (const claim of claims) {
        const hits = paragraphs.flatMap((p) => p.split(claim.text).length - 1);
        expect(
          hits.reduce((a, b) => a + b, 0),
          claim.text,
        ).toBe(1);
        expect(QUALIFIERS).toContain(claim.qualifier);
        expect(claim.qualifier === 'RANGE').toBe(claim.low !== undefined);
      }
    },
  );
});
