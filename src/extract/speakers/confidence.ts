/**
 * How likely a quote's speaker is right: a logistic regression over a few features of how the speakers stage
 * attributed it (the rule that fired, the quote's kind, what kind of speaker, how the speaker is written, whether a
 * speech verb decided, how far the sentence naming the speaker is). "No speaker" is scored like any other answer.
 * The weights are fitted on PolNeAR train (tune months) by `npm run train -- --dir PATH` (scripts/train-confidence.ts)
 * and committed as confidence-weights.json.
 */
import type { ExtractedQuote } from '../types.js';
import fitted from './confidence-weights.json';

export interface ConfidenceWeights {
  /** Feature name → weight; a feature without a weight counts 0. */
  weights: Record<string, number>;
}

/** Pronouns that stand for a speaker ("he said", "they told reporters"). */
export const PRONOUN = /^(?:he|she|it|they|we|i|you)$/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|[A-Z]{2,})$/u;

/** How the speaker is written where the quote stands. */
export function speakerTextKind(text: string | null): 'none' | 'pronoun' | 'fullname' | 'surname' | 'other' {
  if (!text?.trim()) return 'none';
  const words = text.trim().split(/\s+/);
  if (words.length === 1 && PRONOUN.test(words[0])) return 'pronoun';
  const names = words.filter((w) => NAME_WORD.test(w));
  if (names.length === words.length) return names.length >= 2 ? 'fullname' : 'surname';
  return 'other';
}

/** The quote's features, each named and valued (one-hot indicators are 1; distance is 0–1). */
export function confidenceFeatures(q: ExtractedQuote): Record<string, number> {
  const f: Record<string, number> = { bias: 1 };
  f[`rule:${q.speakerRule ?? 'none'}`] = 1;
  f[`kind:${q.kind}`] = 1;
  f[`speaker:${q.speaker?.type ?? 'none'}`] = 1;
  f[`text:${speakerTextKind(q.speakerText)}`] = 1;
  if (q.cue) f.cue = 1;
  if (q.evidence) {
    const p = q.evidence.sentence.paragraph;
    const gap = p < q.paragraph ? q.paragraph - p : p > q.endParagraph ? p - q.endParagraph : 0;
    f.paragraphGap = Math.min(gap, 3) / 3;
  } else f['evidence:none'] = 1;
  const best = q.speakerCandidates?.[0];
  if (best) {
    const p = Math.min(Math.max(best.confidence, 0.001), 0.999);
    f.rankerLogit = Math.log(p / (1 - p));
    if (best.rule === q.speakerRule && q.speaker) f.rankerAgrees = 1;
  }
  if (q.speakerWithheld) f.withheld = 1;
  return f;
}

export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The probability that the quote's speaker is right, in (0, 1). Pure and deterministic. */
export function speakerConfidence(q: ExtractedQuote, model: ConfidenceWeights = fitted): number {
  let z = 0;
  for (const [name, value] of Object.entries(confidenceFeatures(q))) z += (model.weights[name] ?? 0) * value;
  return logistic(z);
}
