/**
 * `npm run train -- --dir PATH`: fit the speaker ranker (src/extract/speakers/ranker.ts) and then the
 * speaker-confidence model (src/extract/speakers/confidence.ts) on PolNeAR train under PATH/data/train, tune months
 * only; write ranker-weights.json and confidence-weights.json; print what the ranker buys (rules alone, ranker,
 * withholding), a 5-fold figure over train, the withholding curve and the reliability tables on the check months.
 * Labels follow the scorer's protocol (scripts/eval/ranker-data.ts). Deterministic: full-batch gradient descent from
 * zero weights for a fixed number of steps, examples in article order.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPEAKER_THRESHOLD } from '../src/extract/speakers/candidates.js';
import { confidenceFeatures } from '../src/extract/speakers/confidence.js';
import {
  candidateFeatures,
  chooseSpeaker,
  nobodyFeatures,
  type RankerWeights,
} from '../src/extract/speakers/ranker.js';
import { type Example, fitWeights, reliability, STEPS } from './eval/confidence-fit.js';
import { CHECK_MONTHS, TUNE_MONTHS } from './eval/polnear.js';
import { loadRankerData, type RankerArticle } from './eval/ranker-data.js';
import { accuracy, comparison, oracle, outcomeOf, withholdingCurve } from './eval/ranker-report.js';

const here = dirname(fileURLToPath(import.meta.url));
const months = (articles: RankerArticle[], ms: number[]) => articles.filter((a) => ms.includes(a.month));

/** Per quote scored for its speaker or with an unnamed gold source: one example per candidate and one for "nobody". */
function rankerExamples(articles: RankerArticle[]): Example[] {
  return articles.flatMap((a) =>
    a.quotes.flatMap((q) =>
      q.scored || q.unnamed
        ? [
            ...q.candidates.map((c, k) => ({ x: candidateFeatures(q.quote, c), y: q.labels[k] ? 1 : 0 }) as Example),
            { x: nobodyFeatures(q.quote, q.candidates), y: q.unnamed ? 1 : 0 } as Example,
          ]
        : [],
    ),
  );
}

/** One example per quote scored for its speaker or with an unnamed gold source, as the ranker and threshold leave it. */
function confidenceExamples(articles: RankerArticle[], model: RankerWeights): Example[] {
  return articles.flatMap((a) =>
    a.quotes.flatMap((q) => {
      const chosen = chooseSpeaker(q.quote, q.candidates, model);
      const o = outcomeOf(q, chosen, true);
      return o === null ? [] : [{ x: confidenceFeatures(chosen), y: o ? 1 : 0 } as Example];
    }),
  );
}

function write(file: string, examples: number, weights: Record<string, number>) {
  const out = join(here, '../src/extract/speakers', file);
  const trainedOn = `PolNeAR train months ${TUNE_MONTHS.join(',')}`;
  writeFileSync(out, `${JSON.stringify({ trainedOn, examples, steps: STEPS, weights }, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

async function main() {
  const at = process.argv.indexOf('--dir');
  const dir = at >= 0 ? process.argv[at + 1] : null;
  if (!dir) throw new Error('usage: npm run train -- --dir PATH (PolNeAR, with data/train)');
  const data = loadRankerData(dir);
  if (!data?.length) throw new Error(`no PolNeAR train under ${dir}`);
  const tune = months(data, TUNE_MONTHS);
  const check = months(data, CHECK_MONTHS);

  const rankerTune = rankerExamples(tune);
  const ranker = { weights: fitWeights(rankerTune) };
  write('ranker-weights.json', rankerTune.length, ranker.weights);
  const confidenceTune = confidenceExamples(tune, ranker);
  const confidence = fitWeights(confidenceTune);
  write('confidence-weights.json', confidenceTune.length, confidence);

  console.log(`\n== candidates, tune months\n${oracle(tune)}\n== candidates, check months\n${oracle(check)}`);
  console.log(`\n== speaker accuracy, tune months\n${comparison(tune, ranker, SPEAKER_THRESHOLD)}`);
  console.log(`== speaker accuracy, check months\n${comparison(check, ranker, SPEAKER_THRESHOLD)}`);

  // 5-fold over all train articles (folds by position in name order), ranker without withholding
  const byName = [...data].sort((a, b) => (a.name < b.name ? -1 : 1));
  const folds = { rules: { n: 0, right: 0 }, ranker: { n: 0, right: 0 } };
  for (let f = 0; f < 5; f++) {
    const held = byName.filter((_, i) => i % 5 === f);
    const model = { weights: fitWeights(rankerExamples(byName.filter((_, i) => i % 5 !== f))) };
    const r = accuracy(held, (q) => q.quote).quotes;
    const m = accuracy(held, (q) => chooseSpeaker(q.quote, q.candidates, model, 0)).quotes;
    folds.rules.n += r.n;
    folds.rules.right += r.right;
    folds.ranker.n += m.n;
    folds.ranker.right += m.right;
  }
  const pc = (t: { n: number; right: number }) => `${((100 * t.right) / t.n).toFixed(1)} (${t.right} / ${t.n})`;
  console.log(`== 5-fold over train (quotes): rules alone ${pc(folds.rules)}, ranker ${pc(folds.ranker)}`);

  console.log(
    `\n== withholding, check months\n${withholdingCurve(check, ranker, [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5])}`,
  );
  console.log(`\n== confidence, train-tune (months 1–8)\n${reliability(confidence, confidenceTune)}`);
  console.log(
    `\n== confidence, train-check (months 9–10)\n${reliability(confidence, confidenceExamples(check, ranker))}`,
  );
}

await main();
