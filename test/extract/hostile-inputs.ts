/**
 * Inputs that made extraction grow with the square or cube of their size (issue 17), as generators of
 * any size; shared by test/extract/linear-time.test.ts and the worst-case extraction bench. The first
 * is ordinary prose, the yardstick.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';

const ARTICLES = join(import.meta.dirname, '../eval/articles');
const prose = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(ARTICLES, f), 'utf8'))
  .join('\n\n');

/** `unit(i)` repeated to `bytes` characters, a paragraph break about every 20 KB (stages skip paragraphs over 50 KB). */
function fill(unit: (i: number) => string, bytes: number, paragraph = 20_000): string {
  let s = '';
  let last = 0;
  for (let i = 0; s.length < bytes; i++) {
    s += unit(i);
    if (s.length - last > paragraph) {
      s += '\n\n';
      last = s.length;
    }
  }
  return s.slice(0, bytes);
}

/** Distinct capitalised words: "Bton", "Cton", …, "Baton", … */
function word(i: number): string {
  let s = '';
  for (let k = i + 1; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return `${s[0].toUpperCase()}${s.slice(1)}ton`;
}

/** The mentions and speakers stages read paragraphs up to 50 KB: classes that grow inside one paragraph use one. */
export const IN_ONE_PARAGRAPH = [6_000, 48_000] as const;

export const HOSTILE_INPUTS: [string, (bytes: number) => string, (readonly [number, number])?][] = [
  ['ordinary prose', (n) => fill((i) => `${prose.slice((i * 7919) % 1000)}\n\n`, n)],
  ['runs of ! ? .', (n) => `He said it was over${fill((i) => '!?.'[i % 3], n, Number.POSITIVE_INFINITY)}`],
  ['runs of full stops', (n) => `He said it was over${fill(() => '.', n, Number.POSITIVE_INFINITY)} Then`],
  [
    'two people sharing a surname',
    (n) => fill((i) => `Sian Pritchard said her mother, Gwen Pritchard, had won. Pritchard said it was ${i}. `, n),
  ],
  [
    'two people sharing a surname, in one paragraph',
    (n) =>
      fill(
        (i) => `Sian Pritchard said her mother, Gwen Pritchard, had won. Pritchard said it was ${i}. `,
        n,
        Number.POSITIVE_INFINITY,
      ),
    IN_ONE_PARAGRAPH,
  ],
  [
    'two people sharing a surname, no full stops, in one paragraph',
    (n) =>
      fill(
        (i) => `Sian Pritchard said her mother, Gwen Pritchard, had won, and Pritchard said it was ${i}, `,
        n,
        Number.POSITIVE_INFINITY,
      ),
    IN_ONE_PARAGRAPH,
  ],
  ['sentences opening "The X Y"', (n) => fill((i) => `The ${word(i)} ${word(i + 7)} said the line was closed. `, n)],
  ['unclosed <style> tags', (n) => `<p>x</p>${fill(() => '<style>a{}', n, Number.POSITIVE_INFINITY)}`],
  ['runs of "said"', (n) => `The minister ${fill(() => 'said ', n)}`],
  ['open curly quotes before words', (n) => fill((i) => `“${word(i)} `, n)],
  ['many speakers', (n) => fill((i) => `“We will win,” said ${word(i)} ${word(i * 31 + 5)}. `, n)],
  [
    'many speakers, in one paragraph',
    (n) => fill((i) => `“We will win,” said ${word(i)} ${word(i * 31 + 5)}. `, n, Number.POSITIVE_INFINITY),
    IN_ONE_PARAGRAPH,
  ],
];

/** The median of three timed extractions of `text`, in ms (timings belong in tests of growth and the bench only). */
export function medianExtractionMs(text: string): number {
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    extract(text);
    return performance.now() - t0;
  });
  return times.sort((a, b) => a - b)[1];
}
