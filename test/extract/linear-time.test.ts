import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { HOSTILE_INPUTS, medianExtractionMs } from './hostile-inputs.js';

/**
 * Extraction grows linearly with its input on the inputs that made it quadratic or cubic (issue 17): each class is
 * generated at a small and a large size (8×) and the large one may cost at most 3× the small one's time per byte
 * (median of three runs: generous, as a quadratic class costs 8× and a cubic one 64×), unless it costs less than
 * ordinary prose of the same size (runs too short to time well). No wall-clock threshold.
 */
const SMALL = 32_000;
const LARGE = 256_000;
const ALLOWED_GROWTH = 3;

describe('extraction time per byte does not grow with the input', () => {
  let proseMs = 0;
  beforeAll(() => {
    const text = HOSTILE_INPUTS[0][1](LARGE);
    extract(text);
    proseMs = medianExtractionMs(text);
  }, 120_000);

  it.each(HOSTILE_INPUTS)(
    '%s',
    (_name, generate) => {
      const small = generate(SMALL);
      const large = generate(LARGE);
      extract(small); // warm up
      const smallMs = medianExtractionMs(small);
      const largeMs = medianExtractionMs(large);
      const growth = largeMs / large.length / (Math.max(smallMs, 0.5) / small.length);
      const seen = `${smallMs.toFixed(1)} ms at ${SMALL} B, ${largeMs.toFixed(1)} ms at ${LARGE} B (prose ${proseMs.toFixed(1)} ms)`;
      expect(growth < ALLOWED_GROWTH || largeMs < proseMs, seen).toBe(true);
    },
    120_000,
  );
});
