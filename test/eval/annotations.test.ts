// Structural checks on the gold sets used by `npm run eval` (see test/eval/README.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGold, type GoldArticle } from '../../scripts/eval/score.js';

const ROOT = join(__dirname, '..', '..');
const SETS = [
  { name: 'eval', annotations: 'test/eval/annotations', articles: 'test/eval/articles', min: 40 },
  { name: 'samples', annotations: 'test/eval/samples', articles: 'data/articles', min: 5 },
  ...[25, 24, 18, 18, 10].map((min, i) => ({
    name: `independent-${i + 1}`,
    annotations: `test/eval/independent/set-${i + 1}/annotations`,
    articles: `test/eval/independent/set-${i + 1}/articles`,
    min,
  })),
];

for (const set of SETS) {
  describe(`gold set ${set.name}`, () => {
    const files = readdirSync(join(ROOT, set.annotations)).filter((f) => f.endsWith('.json'));
    const items = files.map((f) => {
      const gold = JSON.parse(readFileSync(join(ROOT, set.annotations, f), 'utf8')) as GoldArticle;
      return { f, gold, text: readFileSync(join(ROOT, set.articles, gold.file), 'utf8') };
    });

    it(`has at least ${set.min} annotated articles`, () => {
      expect(items.length).toBeGreaterThanOrEqual(set.min);
    });

    it.each(items.map((i) => [i.f, i] as const))('%s is well-formed', (_f, { gold, text }) => {
      expect(validateGold(text, gold)).toEqual([]);
      expect(gold.quotes.length).toBeGreaterThan(0);
      if (set.name === 'eval') {
        const words = text.split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThanOrEqual(150);
        expect(words).toBeLessThanOrEqual(600);
      }
    });
  });
}
