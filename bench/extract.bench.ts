/**
 * Throughput of the extraction pipeline on the sample articles: `npx tsx bench/extract.bench.ts`.
 * Prints articles/s (single core) and words/s. Exports nothing.
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
for (let i = 0; i < 50; i++) for (const t of texts) extract(t);

const minMs = Number(process.env.BENCH_MS ?? 3000);
let n = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let elapsed = 0;
while (elapsed < minMs) {
  for (const t of texts) {
    extract(t);
    n++;
  }
  elapsed = performance.now() - t0;
}
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const perSec = (n / elapsed) * 1000;
const perCpuSec = (n / cpuMs) * 1000;
// wall-clock rate, and the rate per CPU-second (robust when other processes share the machine)
console.log(
  `extract: ${perSec.toFixed(0)} articles/s wall, ${perCpuSec.toFixed(0)} articles/s per CPU-second ` +
    `(${n} articles, ${elapsed.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU, avg ${words.toFixed(0)} words/article)`,
);
