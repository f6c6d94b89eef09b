/**
 * Extraction time per megabyte on the inputs that were super-linear (issue 17), side by side with
 * ordinary prose in one run: `npm run bench -- --only extract-worst` (also in the full run). Each class
 * is generated at 1 MB (a class that grows inside one paragraph at its largest paragraph size) and
 * timed three times; the median is reported with its ratio to prose.
 */
import { extract } from '../src/extract/index.js';
import { HOSTILE_INPUTS, medianExtractionMs } from '../test/extract/hostile-inputs.js';

const MB = 1_000_000;

export interface WorstCaseRow {
  input: string;
  bytes: number;
  'ms per MB': number;
  'x prose': number;
}

export function extractionWorstCase(): WorstCaseRow[] {
  const rows: WorstCaseRow[] = [];
  let proseMsPerMB = 0;
  for (const [name, generate, paragraphSizes] of HOSTILE_INPUTS) {
    const bytes = paragraphSizes ? paragraphSizes[1] : MB;
    const text = generate(bytes);
    extract(text.slice(0, 20_000)); // warm up
    const msPerMB = (medianExtractionMs(text) / text.length) * MB;
    if (!proseMsPerMB) proseMsPerMB = msPerMB;
    rows.push({
      input: name,
      bytes: text.length,
      'ms per MB': Math.round(msPerMB),
      'x prose': Number((msPerMB / proseMsPerMB).toFixed(2)),
    });
  }
  return rows;
}
