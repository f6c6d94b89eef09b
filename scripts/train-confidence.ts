/**
 * `npm run train -- --dir PATH`: fit the speaker-confidence model (src/extract/speakers/confidence.ts) on PolNeAR train
 * under PATH/data/train, tune months only, and write src/extract/speakers/confidence-weights.json; then print the
 * reliability table on the check months. Labels follow the scorer's protocol: an extracted quote matched to a gold quote
 * whose source is a name is right or wrong by its speaker (null speaker: wrong); other quotes are not used.
 * Deterministic: full-batch gradient descent from zero weights for a fixed number of steps.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, type Extraction } from '../src/extract/index.js';
import { confidenceFeatures } from '../src/extract/speakers/confidence.js';
import { type Example, fitWeights, reliability, STEPS } from './eval/confidence-fit.js';
import { CHECK_MONTHS, runPolnear, TUNE_MONTHS } from './eval/polnear.js';

async function main() {
  const at = process.argv.indexOf('--dir');
  const dir = at >= 0 ? process.argv[at + 1] : null;
  if (!dir) throw new Error('usage: npm run train -- --dir PATH (PolNeAR, with data/train)');
  const extractions: Extraction[] = [];
  const { scores } = await runPolnear(dir, (text) => {
    const x = extract(text);
    extractions.push(x);
    return x;
  });
  if (!scores.length) throw new Error(`no PolNeAR train under ${dir}`);
  const tune: Example[] = [];
  const check: Example[] = [];
  scores.forEach((s, i) => {
    const into = TUNE_MONTHS.includes(s.month) ? tune : CHECK_MONTHS.includes(s.month) ? check : null;
    if (!into) return;
    extractions[i].quotes.forEach((q, k) => {
      const right = s.speakerOutcomes[k];
      if (right !== null) into.push({ x: confidenceFeatures(q), y: right ? 1 : 0 });
    });
  });
  const weights = fitWeights(tune);
  const out = join(dirname(fileURLToPath(import.meta.url)), '../src/extract/speakers/confidence-weights.json');
  writeFileSync(
    out,
    `${JSON.stringify({ trainedOn: `PolNeAR train months ${TUNE_MONTHS.join(',')}`, examples: tune.length, steps: STEPS, weights }, null, 2)}\n`,
  );
  console.log(`wrote ${out}\n\n== train-tune (months 1–8)\n${reliability(weights, tune)}`);
  console.log(`\n== train-check (months 9–10)\n${reliability(weights, check)}`);
}

await main();
