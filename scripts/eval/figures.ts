/**
 * Figures report of `npm run eval -- --set figures [--verbose]`: numeric claims found by
 * src/extract/figures against test/eval/figures (README.md there says how they were annotated).
 *
 * A gold claim is found when a predicted claim in the same paragraph overlaps the gold text and has
 * the same value. Of the found ones: qualifier, unit (with its rate) and range accuracy; source
 * accuracy (the predicted sources are exactly the gold ones); grouping purity (claims sharing a
 * predicted key share a gold group) and completeness (claims of a gold group share a key).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresOfExtraction, type ExtractedClaim } from '../../src/extract/figures/index.js';
import { extract, type Extraction } from '../../src/extract/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface GoldClaim {
  text: string;
  value: number;
  low?: number;
  qualifier: string;
  unit: string;
  per?: string;
  /** Names of the sources; "A|B" accepts either spelling. */
  sources: string[];
  group: string;
}

interface FigureSet {
  name: string;
  articles: string;
  annotations: string;
}

export const FIGURE_SETS: FigureSet[] = [
  {
    name: 'figures-samples',
    articles: join(ROOT, 'data/articles'),
    annotations: join(ROOT, 'test/eval/figures/samples.json'),
  },
  {
    name: 'figures-written',
    articles: join(ROOT, 'test/eval/figures/articles'),
    annotations: join(ROOT, 'test/eval/figures/annotations.json'),
  },
];

function namesOf(x: Extraction, source: ExtractedClaim['sources'][number]): string[] {
  if (source.type === 'person') {
    const p = x.people[source.ref];
    return [p.name, ...p.aliases];
  }
  const o = x.organisations[source.ref];
  return [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases];
}

function sourcesMatch(x: Extraction, claim: ExtractedClaim, gold: string[]): boolean {
  if (claim.sources.length !== gold.length) return false;
  const predicted = claim.sources.map((s) => namesOf(x, s).map((n) => n.toLowerCase()));
  return gold.every((g) => {
    const options = g.toLowerCase().split('|');
    return predicted.some((names) => names.some((n) => options.includes(n)));
  });
}

export interface FigureScore {
  gold: number;
  predicted: number;
  found: number;
  qualifier: number;
  unit: number;
  range: number;
  sources: number;
  purity: number;
  completeness: number;
  misses: string[];
}

export function scoreFigureSet(set: FigureSet): FigureScore {
  const annotations = JSON.parse(readFileSync(set.annotations, 'utf8')) as Record<string, GoldClaim[]>;
  const score: FigureScore = {
    gold: 0,
    predicted: 0,
    found: 0,
    qualifier: 0,
    unit: 0,
    range: 0,
    sources: 0,
    purity: 0,
    completeness: 0,
    misses: [],
  };
  const pairs: { key: string; group: string }[] = [];
  for (const [file, golds] of Object.entries(annotations)) {
    const x = extract(readFileSync(join(set.articles, file), 'utf8'));
    const claims = figuresOfExtraction(x);
    score.gold += golds.length;
    score.predicted += claims.length;
    const used = new Set<number>();
    for (const gold of golds) {
      const paragraph = x.article.paragraphs.findIndex((p) => p.includes(gold.text));
      const at = paragraph < 0 ? -1 : x.article.paragraphs[paragraph].indexOf(gold.text);
      const found = claims.findIndex(
        (c, i) =>
          !used.has(i) &&
          c.paragraph === paragraph &&
          c.start < at + gold.text.length &&
          c.end > at &&
          c.value === gold.value,
      );
      if (found < 0) {
        score.misses.push(
          `${file}: missed ${JSON.stringify(gold.text)} ${gold.value} ${gold.unit}${paragraph < 0 ? ' (text not in any paragraph)' : ''}`,
        );
        continue;
      }
      used.add(found);
      const claim = claims[found];
      score.found++;
      const unitOf = (unit: string, per: string | null | undefined) => `${unit}${per ? `/${per}` : ''}`;
      if (claim.qualifier === gold.qualifier) score.qualifier++;
      else score.misses.push(`${file}: qualifier ${JSON.stringify(gold.text)} ${claim.qualifier} ≠ ${gold.qualifier}`);
      if (unitOf(claim.unit, claim.per) === unitOf(gold.unit, gold.per)) score.unit++;
      else
        score.misses.push(
          `${file}: unit ${JSON.stringify(gold.text)} ${unitOf(claim.unit, claim.per)} ≠ ${unitOf(gold.unit, gold.per)}`,
        );
      if ((claim.low ?? null) === (gold.low ?? null)) score.range++;
      if (sourcesMatch(x, claim, gold.sources)) score.sources++;
      else
        score.misses.push(
          `${file}: sources ${JSON.stringify(gold.text)} [${claim.sources.map((s) => namesOf(x, s)[0]).join(', ')}] ≠ [${gold.sources.join(', ')}]`,
        );
      pairs.push({ key: claim.key, group: gold.group });
    }
    claims.forEach((c, i) => {
      if (!used.has(i)) score.misses.push(`${file}: extra ${JSON.stringify(c.text)} ${c.value} ${c.unit}`);
    });
  }
  const majority = (by: (p: (typeof pairs)[number]) => string, of: (p: (typeof pairs)[number]) => string) => {
    const buckets = new Map<string, Map<string, number>>();
    for (const p of pairs) {
      const bucket = buckets.get(by(p)) ?? new Map<string, number>();
      bucket.set(of(p), (bucket.get(of(p)) ?? 0) + 1);
      buckets.set(by(p), bucket);
    }
    let total = 0;
    for (const bucket of buckets.values()) total += Math.max(...bucket.values());
    return pairs.length ? total / pairs.length : 0;
  };
  const groupsByKey = new Map<string, Set<string>>();
  for (const p of pairs) groupsByKey.set(p.key, (groupsByKey.get(p.key) ?? new Set()).add(p.group));
  for (const [key, groups] of groupsByKey)
    if (groups.size > 1) score.misses.push(`key ${key} holds groups ${[...groups].join(', ')}`);
  score.purity = majority(
    (p) => p.key,
    (p) => p.group,
  );
  score.completeness = majority(
    (p) => p.group,
    (p) => p.key,
  );
  return score;
}

const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1).padStart(5);

export function formatFigureScore(name: string, s: FigureScore): string {
  const precision = s.predicted ? s.found / s.predicted : 0;
  const recall = s.gold ? s.found / s.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return [
    `== ${name}: ${s.gold} gold claims, ${s.predicted} predicted, ${s.found} found`,
    `  claims    P ${pct(precision, 1)}  R ${pct(recall, 1)}  F1 ${pct(f1, 1)}`,
    `  of found: qualifier ${pct(s.qualifier, s.found)}  unit ${pct(s.unit, s.found)}  range ${pct(s.range, s.found)}  sources ${pct(s.sources, s.found)}`,
    `  grouping: purity ${pct(s.purity, 1)}  completeness ${pct(s.completeness, 1)}`,
  ].join('\n');
}

/** Prints the figures report; returns the process exit code. */
export function runFiguresEval(verbose: boolean): number {
  for (const set of FIGURE_SETS) {
    const score = scoreFigureSet(set);
    console.log(formatFigureScore(set.name, score));
    if (verbose) for (const miss of score.misses) console.log(`   ${miss}`);
  }
  return 0;
}
