/**
 * `npm run eval -- --set polnear --dir PATH`: the extractor on PolNeAR train (real 2015–16 US political
 * news), read in place from PATH/data/train, scored by the protocol of issue 13 (polnear-gold.ts,
 * polnear-score.ts), and reported for the tune months (1–8 of the coverage) and the check months (9–10).
 */
import { type Attribution, coverageMonth, loadPolnearTrain, type PolnearArticle } from './polnear-brat.js';
import { goldQuotes, isQuoted } from './polnear-gold.js';
import {
  addPolnearCounts,
  emptyPolnearCounts,
  type PolnearCounts,
  type PolnearMiss,
  type PolnearPred,
  scoreQuotes,
} from './polnear-score.js';

export const TUNE_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8];
export const CHECK_MONTHS = [9, 10];

/** Minimal structural view of the extractor's output (see src/extract/types.ts). */
export interface ExtractionLike {
  article?: { paragraphs?: string[] };
  people?: { name: string; aliases?: string[] }[];
  organisations?: { name: string; acronym?: string | null; aliases?: string[] }[];
  quotes?: {
    text: string;
    kind: PolnearPred['kind'];
    speaker: { type: 'person' | 'organisation'; ref: number } | null;
    paragraph?: number;
    start?: number;
  }[];
}

/** Extracted quotes as the scorer sees them, placed in the raw article text where possible. */
export function toPolnearPreds(text: string, x: ExtractionLike): PolnearPred[] {
  const paragraphs = x.article?.paragraphs ?? [];
  const offsets: (number | null)[] = [];
  let from = 0;
  for (const p of paragraphs) {
    const i = text.indexOf(p, from);
    offsets.push(i < 0 ? null : i);
    if (i >= 0) from = i + p.length;
  }
  return (x.quotes ?? []).map((q) => {
    const sp = q.speaker;
    const ent = sp == null ? undefined : sp.type === 'person' ? x.people?.[sp.ref] : x.organisations?.[sp.ref];
    const base = q.paragraph != null ? offsets[q.paragraph] : null;
    return {
      text: q.text,
      kind: q.kind,
      speaker: ent
        ? { name: ent.name, aliases: ent.aliases ?? [], acronym: (ent as { acronym?: string | null }).acronym ?? null }
        : null,
      at: base != null && q.start != null ? base + q.start : null,
    };
  });
}

export interface PolnearArticleScore {
  name: string;
  month: number;
  direct: PolnearCounts;
  indirect: PolnearCounts;
  misses: (PolnearMiss & { family: 'direct' | 'indirect' })[];
  /** Per prediction (in the order given): speaker right or wrong when matched to a named gold source, else null. */
  speakerOutcomes: (boolean | null)[];
}

const contentSpan = (a: Attribution) => ({ start: a.content[0].start, end: a.content[a.content.length - 1].end });

export function scorePolnearArticle(article: PolnearArticle, preds: PolnearPred[], month: number): PolnearArticleScore {
  const { text, attributions } = article;
  const gold = goldQuotes(text, attributions);
  const indirectKeys = new Set(gold.indirect.map((g) => `${g.start}:${g.end}`));
  const others = attributions
    .filter((a) => isQuoted(text, a) || !indirectKeys.has(`${contentSpan(a).start}:${contentSpan(a).end}`))
    .map(contentSpan);
  const directAt = preds.flatMap((p, i) => (p.kind !== 'INDIRECT' ? [i] : []));
  const indirectAt = preds.flatMap((p, i) => (p.kind === 'INDIRECT' ? [i] : []));
  const direct = scoreQuotes(
    text,
    gold.direct,
    directAt.map((i) => preds[i]),
  );
  const indirect = scoreQuotes(
    text,
    gold.indirect,
    indirectAt.map((i) => preds[i]),
    others,
  );
  const speakerOutcomes: (boolean | null)[] = preds.map(() => null);
  directAt.forEach((i, k) => {
    speakerOutcomes[i] = direct.speakerOutcomes[k];
  });
  indirectAt.forEach((i, k) => {
    speakerOutcomes[i] = indirect.speakerOutcomes[k];
  });
  return {
    name: article.name,
    month,
    direct: direct.counts,
    indirect: indirect.counts,
    misses: [
      ...direct.misses.map((m) => ({ ...m, family: 'direct' as const })),
      ...indirect.misses.map((m) => ({ ...m, family: 'indirect' as const })),
    ],
    speakerOutcomes,
  };
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : '  —').padStart(5);

export function formatPolnear(label: string, scores: PolnearArticleScore[]): string {
  const sum = (f: 'direct' | 'indirect') => scores.map((s) => s[f]).reduce(addPolnearCounts, emptyPolnearCounts());
  const row = (name: string, c: PolnearCounts) => {
    const p = c.matched / c.pred;
    const r = c.matched / c.gold;
    const f = (2 * p * r) / (p + r);
    return (
      `  ${name.padEnd(9)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  (${c.matched} / ${c.pred} / ${c.gold})` +
      `   speaker ${pct(c.speakerRight / c.named)} (${c.speakerRight} / ${c.named}; none ${c.noSpeaker}, wrong ${c.wrongSpeaker})`
    );
  };
  return [
    `== polnear ${label}: ${scores.length} articles   (matched / pred / gold; speaker right / matched named)`,
    row('quotes', sum('direct')),
    row('INDIRECT', sum('indirect')),
    // every kind at once, the issue's second target: both families' counts added (each is matched one-to-one)
    row('all kinds', addPolnearCounts(sum('direct'), sum('indirect'))),
  ].join('\n');
}

function formatMisses(scores: PolnearArticleScore[]): string {
  const q = (t: string) => JSON.stringify(t.length > 110 ? `${t.slice(0, 107)}...` : t);
  const out: string[] = [];
  for (const s of scores) {
    if (!s.misses.length) continue;
    out.push(`-- ${s.name} (month ${s.month})`);
    for (const m of s.misses) {
      const g = m.gold
        ? `\n     gold [${m.gold.source ?? '∅'}${m.gold.named ? '' : ' (not a name)'}] ${q(m.gold.text)}`
        : '';
      const p = m.pred ? `\n     pred ${m.pred.kind} [${m.pred.speaker?.name ?? '∅'}] ${q(m.pred.text)}` : '';
      out.push(`   ${m.family} ${m.type}${g}${p}`);
    }
  }
  return out.join('\n');
}

type ExtractFn = (text: string) => ExtractionLike | Promise<ExtractionLike>;

/** Score PolNeAR train under `root`; returns the report lines, or a one-line note when the folder is absent. */
export async function runPolnear(
  root: string | null,
  extract: ExtractFn,
  options: { verbose?: boolean } = {},
): Promise<{ text: string; scores: PolnearArticleScore[] }> {
  const articles = root ? loadPolnearTrain(root) : null;
  if (!articles)
    return { text: `polnear: skipped (no PolNeAR train under ${root ?? '--dir'}; see issue 13)`, scores: [] };
  const start = articles.map((a) => a.date).sort()[0];
  const scores: PolnearArticleScore[] = [];
  for (const article of articles)
    scores.push(
      scorePolnearArticle(
        article,
        toPolnearPreds(article.text, await extract(article.text)),
        coverageMonth(article.date, start),
      ),
    );
  const tune = scores.filter((s) => TUNE_MONTHS.includes(s.month));
  const check = scores.filter((s) => CHECK_MONTHS.includes(s.month));
  const lines = [formatPolnear('train-tune (months 1–8)', tune), formatPolnear('train-check (months 9–10)', check)];
  if (options.verbose) lines.push('-- tune-month misses --', formatMisses(tune));
  return { text: lines.join('\n'), scores };
}
