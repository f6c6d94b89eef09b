/**
 * npm run eval [-- --set samples|eval|independent|independent-N|polnear|all|figures] [--dir DIR] [--verbose] [--json FILE] [--threshold 0.3]
 *
 * --dir DIR scores a directory laid out like test/eval (DIR/articles/*.txt, DIR/annotations/*.json)
 * instead of the built-in sets, e.g. a held-out set kept outside the repository.
 * --set polnear --dir DIR scores PolNeAR train in DIR/data/train (scripts/eval/polnear.ts); without the
 * folder (or $POLNEAR_DIR for --set all) it prints a one-line note instead.
 *
 * Runs extract(text) from src/extract/index.ts over the annotated sets and prints quote detection
 * P/R/F1 (overall and per kind), speaker accuracy, notPeople violations and people P/R.
 * The scoring rules are documented in scripts/eval/score.ts; the annotation guidelines in
 * test/eval/README.md.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_THRESHOLD,
  KINDS,
  paragraphStreamOffsets,
  scoreArticle,
  streamOffset,
  summarise,
  toStream,
  validateGold,
  type ArticleScore,
  type GoldArticle,
  type PredArticle,
  type PredQuote,
  type Summary,
} from './eval/score.js';
import { runPolnear } from './eval/polnear.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface EvalSet {
  name: string;
  annotations: string;
  articles: string;
}

/** Sets written by annotators who never saw the extractor (test/eval/independent/README.md). */
export const INDEPENDENT_SETS: EvalSet[] = [1, 2, 3, 4, 5].map((n) => ({
  name: `independent-${n}`,
  annotations: join(ROOT, `test/eval/independent/set-${n}/annotations`),
  articles: join(ROOT, `test/eval/independent/set-${n}/articles`),
}));

export const SETS: EvalSet[] = [
  { name: 'samples', annotations: join(ROOT, 'test/eval/samples'), articles: join(ROOT, 'data/articles') },
  { name: 'eval', annotations: join(ROOT, 'test/eval/annotations'), articles: join(ROOT, 'test/eval/articles') },
  ...INDEPENDENT_SETS,
];

export function loadSet(set: EvalSet): { gold: GoldArticle; text: string }[] {
  return readdirSync(set.annotations)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(set.annotations, f), 'utf8')) as GoldArticle;
      return { gold, text: readFileSync(join(set.articles, gold.file), 'utf8') };
    });
}

/** Minimal structural view of the extractor's output (see src/extract/types.ts). */
interface ExtractionLike {
  article?: { paragraphs?: string[] };
  people?: { name: string }[];
  organisations?: { name: string; acronym?: string | null }[];
  quotes?: {
    text: string;
    kind: PredQuote['kind'];
    speaker: { type: 'person' | 'organisation'; ref: number } | null;
    paragraph?: number;
    start?: number;
    speakerRule?: string;
  }[];
}

/** Turn an Extraction into the scorer's plain prediction. */
export function toPrediction(text: string, x: ExtractionLike): PredArticle {
  const stream = toStream(text);
  const paragraphs = x.article?.paragraphs ?? [];
  const offsets = paragraphStreamOffsets(stream, paragraphs);
  const people = x.people ?? [];
  const orgs = x.organisations ?? [];
  return {
    people: people.map((p) => p.name),
    quotes: (x.quotes ?? []).map((q) => {
      const sp = q.speaker;
      const ent = sp == null ? null : sp.type === 'person' ? people[sp.ref] : orgs[sp.ref];
      return {
        text: q.text,
        kind: q.kind,
        speaker: ent?.name ?? null,
        speakerType: sp && ent ? sp.type : null,
        speakerAcronym: sp?.type === 'organisation' ? ((ent as { acronym?: string | null })?.acronym ?? null) : null,
        at: q.paragraph != null && q.start != null ? streamOffset(offsets, paragraphs, q.paragraph, q.start) : null,
        rule: q.speakerRule ?? null,
      };
    }),
  };
}

type ExtractFn = (text: string) => ExtractionLike | Promise<ExtractionLike>;

async function loadExtractor(): Promise<ExtractFn | null> {
  const mod = (await import('../src/extract/index.js')) as Record<string, unknown>;
  return typeof mod.extract === 'function' ? (mod.extract as ExtractFn) : null;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

export function formatSummary(name: string, s: Summary): string {
  const c = s.counts;
  const lines: string[] = [];
  lines.push(`== ${name}: ${s.articles} articles, ${c.gold} gold quotes, ${c.pred} predicted (${c.ignored} ignored)`);
  lines.push('              P      R     F1    tp / pred / gold');
  const row = (label: string, r: Summary['detection']) =>
    `  ${label.padEnd(9)} ${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}   ${r.tp} / ${r.pred} / ${r.gold}`;
  lines.push(row('quotes', s.detection));
  lines.push(row('strict.8', s.strict));
  for (const k of KINDS) lines.push(row(k, s.byKind[k]));
  lines.push(row('quote+spk', s.endToEnd));
  lines.push(row('people', s.people));
  lines.push(
    `  kind accuracy ${pct(s.kindAccuracy)}   speaker accuracy ${pct(s.speakerAccuracy)} (named ${pct(
      s.speakerAccuracyNonNull,
    )}, null ${pct(s.speakerAccuracyNull)})`,
  );
  lines.push(
    `  confusion gold→pred: ${KINDS.map((g) => `${g[0]}:${KINDS.map((p) => c.confusion[g][p]).join('/')}`).join('  ')}  (D/P/I)`,
  );
  lines.push(`  notPeople: ${s.notPeopleQuotes} quotes attributed, ${s.notPeoplePeople} people entries (must be 0)`);
  lines.push(
    `  top misses: ${
      s.missCategories
        .slice(0, 10)
        .map(([k, n]) => `${k} ×${n}`)
        .join('; ') || 'none'
    }`,
  );
  if (c.annotationErrors.length) lines.push(`  ANNOTATION ERRORS:\n    ${c.annotationErrors.join('\n    ')}`);
  return lines.join('\n');
}

function formatMisses(scores: ArticleScore[]): string {
  const out: string[] = [];
  const q = (t: string | undefined) => (t == null ? '' : JSON.stringify(t.length > 110 ? `${t.slice(0, 107)}...` : t));
  for (const s of scores) {
    if (!s.misses.length) continue;
    out.push(`-- ${s.file}`);
    for (const m of s.misses) {
      const ov = m.overlap != null ? ` ov=${m.overlap.toFixed(2)}` : '';
      const g = m.gold ? `\n     gold ${m.gold.kind} [${m.gold.speaker ?? '∅'}] ${q(m.gold.text)}` : '';
      const rule = (m.pred as { rule?: string | null } | undefined)?.rule;
      const p = m.pred
        ? `\n     pred ${m.pred.kind} [${m.pred.speaker ?? '∅'}]${rule ? ` (${rule})` : ''} ${q(m.pred.text)}`
        : '';
      out.push(`   ${m.category}${ov}${g}${p}`);
    }
  }
  return out.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'all' },
      dir: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
      json: { type: 'string' },
      threshold: { type: 'string', default: String(DEFAULT_THRESHOLD) },
    },
  });
  const which = values.set ?? 'all';
  // Figures (numeric claims) have their own gold and report: scripts/eval/figures.ts.
  if (which === 'figures') return (await import('./eval/figures.js')).runFiguresEval(values.verbose ?? false);
  if (!['all', 'independent', 'polnear', ...SETS.map((s) => s.name)].includes(which)) {
    console.error(`--set must be samples, eval, independent, independent-1…5, polnear or all (got ${which})`);
    return 2;
  }
  const threshold = Number(values.threshold);
  const dir = values.dir ? resolve(values.dir) : null;
  const sets: EvalSet[] =
    which === 'polnear'
      ? []
      : dir
        ? [{ name: basename(dir), annotations: join(dir, 'annotations'), articles: join(dir, 'articles') }]
        : SETS.filter(
            (s) => which === 'all' || s.name === which || (which === 'independent' && INDEPENDENT_SETS.includes(s)),
          );

  const extract = await loadExtractor();
  if (!extract) {
    console.error('src/extract/index.ts does not export extract() yet; nothing to evaluate.');
    for (const set of sets) {
      const errs = loadSet(set).flatMap(({ gold, text }) => validateGold(text, gold).map((e) => `${gold.file}: ${e}`));
      console.error(`${set.name}: ${loadSet(set).length} annotated articles, ${errs.length} annotation problems`);
      for (const e of errs) console.error(`  ${e}`);
    }
    return 2;
  }

  const report: Record<string, unknown> = { threshold };
  let failed = false;
  for (const set of sets) {
    const scores: ArticleScore[] = [];
    for (const { gold, text } of loadSet(set)) {
      let pred: PredArticle;
      try {
        pred = toPrediction(text, await extract(text));
      } catch (e) {
        console.error(`${set.name}/${gold.file}: extract() threw: ${(e as Error).stack ?? e}`);
        failed = true;
        pred = { quotes: [], people: [] };
      }
      scores.push(scoreArticle(text, gold, pred, threshold));
    }
    const summary = summarise(scores);
    console.log(formatSummary(set.name, summary));
    if (values.verbose) console.log(formatMisses(scores));
    report[set.name] = { summary, articles: scores };
  }
  if (which === 'polnear' || which === 'all') {
    const polnear = await runPolnear(which === 'polnear' ? dir : (process.env.POLNEAR_DIR ?? null), extract, {
      verbose: values.verbose,
    });
    console.log(polnear.text);
    report.polnear = polnear.scores;
  }
  if (values.json) {
    writeFileSync(values.json, JSON.stringify(report, null, 2));
    console.log(`wrote ${values.json}`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code));
}
