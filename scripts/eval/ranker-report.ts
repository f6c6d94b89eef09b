/**
 * What the speaker ranker buys on PolNeAR train (see scripts/eval/ranker-data.ts for the data): the oracle ceiling of
 * the candidates, speaker accuracy of the rules alone, the ranker, and the ranker with withholding, and the
 * withholding curve. Accuracy follows the scorer's protocol: over quotes matched to a gold quote whose source is a
 * name; a null speaker (withheld included) counts wrong.
 */
import { chooseSpeaker, type RankerWeights } from '../../src/extract/speakers/ranker.js';
import type { ExtractedQuote } from '../../src/extract/types.js';
import type { RankerArticle, RankerQuote } from './ranker-data.js';

/** Whether the quote's speaker is right under the protocol (null: not scored); with `unnamed`, a quote whose gold
 * source names nobody is scored too, right when its speaker is null. */
export function outcomeOf(q: RankerQuote, chosen: ExtractedQuote, unnamed = false): boolean | null {
  if (unnamed && q.unnamed) return chosen.speaker === null;
  if (!q.scored) return null;
  const s = chosen.speaker;
  if (!s) return false;
  const k = q.candidates.findIndex((c) => c.speaker.type === s.type && c.speaker.ref === s.ref);
  return k >= 0 ? (q.labels[k] ?? false) : false;
}

const family = (q: RankerQuote) => (q.quote.kind === 'INDIRECT' ? 'indirect' : 'quotes');

interface Tally {
  n: number;
  right: number;
  none: number;
  wrong: number;
}
const tally = (): Tally => ({ n: 0, right: 0, none: 0, wrong: 0 });
const row = (t: Tally) =>
  `${((100 * t.right) / Math.max(t.n, 1)).toFixed(1)} (${t.right} / ${t.n}; none ${t.none}, wrong ${t.wrong})`;

/** Speaker accuracy by family of the quotes chosen by `choose`. */
export function accuracy(
  articles: RankerArticle[],
  choose: (q: RankerQuote) => ExtractedQuote,
): Record<'quotes' | 'indirect' | 'unnamed', Tally> {
  const out = { quotes: tally(), indirect: tally(), unnamed: tally() };
  for (const a of articles)
    for (const q of a.quotes) {
      const chosen = choose(q);
      if (q.unnamed) {
        out.unnamed.n++;
        if (!chosen.speaker) out.unnamed.right++;
        else out.unnamed.wrong++;
      }
      const o = outcomeOf(q, chosen);
      if (o === null) continue;
      const t = out[family(q)];
      t.n++;
      if (o) t.right++;
      else if (chosen.speaker) t.wrong++;
      else t.none++;
    }
  return out;
}

/** Share of the rules' misses whose right speaker is among the candidates. */
export function oracle(articles: RankerArticle[]): string {
  let misses = 0;
  let covered = 0;
  let none = 0;
  let noneCovered = 0;
  let n = 0;
  let any = 0;
  for (const a of articles)
    for (const q of a.quotes) {
      if (!q.scored) continue;
      n++;
      const right = q.labels.some((l) => l);
      if (right) any++;
      const pick = q.candidates.findIndex((c) => c.rulePick);
      if (pick >= 0 && q.labels[pick]) continue;
      misses++;
      if (right) covered++;
      if (pick < 0) {
        none++;
        if (right) noneCovered++;
      }
    }
  const pc = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)} %`;
  return (
    `oracle: right speaker among the candidates for ${pc(any, n)} of ${n} scored quotes; ` +
    `for ${covered} / ${misses} (${pc(covered, misses)}) of the rules' misses, ` +
    `${noneCovered} / ${none} (${pc(noneCovered, none)}) of their "no speaker" misses`
  );
}

/** Rules alone, ranker, ranker with withholding at `threshold`. */
export function comparison(articles: RankerArticle[], model: RankerWeights, threshold: number): string {
  const lines = [
    ['rules alone', accuracy(articles, (q) => q.quote)],
    ['ranker', accuracy(articles, (q) => chooseSpeaker(q.quote, q.candidates, model, 0))],
    [
      `ranker, withheld < ${threshold}`,
      accuracy(articles, (q) => chooseSpeaker(q.quote, q.candidates, model, threshold)),
    ],
  ] as const;
  return lines
    .map(
      ([name, t]) =>
        `  ${name.padEnd(26)} quotes ${row(t.quotes)}   INDIRECT ${row(t.indirect)}   ` +
        `unnamed source, null kept ${t.unnamed.right} / ${t.unnamed.n}`,
    )
    .join('\n');
}

/** Accuracy and wrong (named) speakers of quote-mark quotes at each threshold. */
export function withholdingCurve(articles: RankerArticle[], model: RankerWeights, thresholds: number[]): string {
  const rows = thresholds.map((t) => {
    const a = accuracy(articles, (q) => chooseSpeaker(q.quote, q.candidates, model, t));
    const all = {
      n: a.quotes.n + a.indirect.n,
      right: a.quotes.right + a.indirect.right,
      wrong: a.quotes.wrong + a.indirect.wrong,
    };
    return `| ${t.toFixed(2)} | ${((100 * a.quotes.right) / a.quotes.n).toFixed(1)} | ${a.quotes.wrong} | ${((100 * all.right) / all.n).toFixed(1)} | ${all.wrong} |`;
  });
  return [
    '| threshold | speaker acc. (quotes) | wrong speakers (quotes) | speaker acc. (all kinds) | wrong speakers (all kinds) |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
