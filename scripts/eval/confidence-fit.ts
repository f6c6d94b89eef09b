/**
 * Fitting and checking the speaker-confidence model (src/extract/speakers/confidence.ts): full-batch gradient descent
 * from zero weights for a fixed number of steps (deterministic), and the reliability table that checks calibration.
 */
import { logistic } from '../../src/extract/speakers/confidence.js';

export const STEPS = 4000;
const RATE = 0.5;
/** L2 penalty on every weight but the bias: keeps rare rules near the prior. */
const L2 = 0.002;

export interface Example {
  x: Record<string, number>;
  y: 0 | 1;
}

/** Logistic regression by full-batch gradient descent from zero weights (deterministic: fixed order and steps). */
export function fitWeights(examples: Example[], steps = STEPS): Record<string, number> {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const at = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const keys = Object.keys(e.x).sort();
    return { i: Int32Array.from(keys, (k) => at.get(k) ?? 0), v: Float64Array.from(keys, (k) => e.x[k]), y: e.y };
  });
  const bias = at.get('bias') ?? -1;
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.i.length; k++) z += w[r.i[k]] * r.v[k];
      const err = logistic(z) - r.y;
      for (let k = 0; k < r.i.length; k++) grad[r.i[k]] += err * r.v[k];
    }
    for (let n = 0; n < names.length; n++) w[n] -= RATE * (grad[n] / rows.length + (n === bias ? 0 : L2 * w[n]));
  }
  return Object.fromEntries(names.map((n, i) => [n, Number(w[i].toFixed(6))]));
}

const predict = (w: Record<string, number>, x: Record<string, number>) =>
  logistic(Object.entries(x).reduce((z, [n, v]) => z + (w[n] ?? 0) * v, 0));

/** Reliability table (bins of 0.1), expected calibration error, and the share and accuracy of quotes at ≥ 0.9. */
export function reliability(w: Record<string, number>, examples: Example[]): string {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  let high = 0;
  let highRight = 0;
  for (const e of examples) {
    const p = predict(w, e.x);
    const b = bins[Math.min(9, Math.floor(p * 10))];
    b.n++;
    b.conf += p;
    b.right += e.y;
    if (p >= 0.9) {
      high++;
      highRight += e.y;
    }
  }
  const n = examples.length;
  const ece = bins.reduce((s, b) => s + (b.n ? (b.n / n) * Math.abs(b.conf / b.n - b.right / b.n) : 0), 0);
  const rows = bins.map((b, i) =>
    b.n
      ? `| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${b.n} | ${(b.conf / b.n).toFixed(3)} | ${(b.right / b.n).toFixed(3)} |`
      : `| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | 0 | — | — |`,
  );
  return [
    '| confidence | quotes | mean confidence | accuracy |',
    '|---|---|---|---|',
    ...rows,
    '',
    `quotes ${n}, accuracy ${(examples.reduce((s, e) => s + e.y, 0) / n).toFixed(3)}, ECE ${ece.toFixed(3)}; ` +
      `≥ 0.9: ${high} (${((100 * high) / n).toFixed(1)} %), accuracy ${(highRight / Math.max(high, 1)).toFixed(3)}`,
  ].join('\n');
}
