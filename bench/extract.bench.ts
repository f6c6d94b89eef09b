/**
 * Throughput of the extraction pipeline on the sample articles: `npx tsx bench/extract.bench.ts`.
 * Runs short rounds for BENCH_MS (default 4000 ms) and prints articles/s for the best and the median round
 * (one core; the best round is the least disturbed by other processes on a shared machine). Exports nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'data/articles');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (texts.length === 0) throw new Error(`no articles in ${dir}`);
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / texts.length;

// warm up the JIT
for (let i = 0; i < 60; i++) for (const t of texts) extract(t);

const totalMs = Number(process.env.BENCH_MS ?? 4000);
const perRound = 20; // passes over the samples per round
const rates: number[] = [];
let n = 0;
const t0 = performance.now();
while (performance.now() - t0 < totalMs) {
  const r0 = performance.now();
  for (let i = 0; i < perRound; i++) for (const t of texts) extract(t);
  const ms = performance.now() - r0;
  n += perRound * texts.length;
  rates.push((perRound * texts.length * 1000) / ms);
}
const elapsed = performance.now() - t0;
rates.sort((a, b) => a - b);
const best = rates[rates.length - 1];
const median = rates[Math.floor(rates.length / 2)];
const overall = (n / elapsed) * 1000;
console.log(
  `extract: ${best.toFixed(0)} articles/s (best round), ${median.toFixed(0)} median, ${overall.toFixed(0)} overall ` +
    `(${n} articles in ${elapsed.toFixed(0)} ms, ${rates.length} rounds, avg ${words.toFixed(0)} words/article, ` +
    `${((best * words) / 1000).toFixed(0)}k words/s)`,
);
