/**
 * The speaker ranker: a logistic regression over features of each candidate speaker (candidates.ts) — which rule or
 * generators proposed it, how far its nearest mention is, how it is written, whether a speech verb is next to it, the
 * quote's kind — giving the probability that the candidate is the quote's speaker. Features describe constructions,
 * never particular names. Weights are fitted on PolNeAR train tune months by `npm run train -- --dir PATH` and
 * committed as ranker-weights.json. rankSpeakers() gives each quote its best three candidates, best first, and the
 * best one as speaker unless its probability is below the threshold speakerThresholdFor() gives it (candidates.ts).
 */
import type { ParagraphInfo } from '../doc/index.js';
import type { MentionIndex } from '../mentions/table.js';
import type { ExtractedQuote, SpeakerCandidate } from '../types.js';
import { proposeCandidates, type RawCandidate, SPEAKER_THRESHOLD, speakerThresholdFor } from './candidates.js';
import { logistic, PRONOUN, speakerTextKind } from './confidence.js';
import fitted from './ranker-weights.json';

export interface RankerWeights {
  /** Feature name → weight; a feature without a weight counts 0. */
  weights: Record<string, number>;
}

/** Bucket labels of a count by upper edges: "≤2", …, ">40". */
function bucketer(edges: number[]): (n: number) => string {
  const labels = [...edges.map((e) => `≤${e}`), `>${edges.at(-1)}`];
  return (n) => {
    let i = 0;
    while (i < edges.length && n > edges[i]) i++;
    return labels[i];
  };
}
const TOKENS = bucketer([2, 5, 10, 20, 40]);
const PARAGRAPHS = bucketer([0, 1, 2, 4]);
const MENTIONS = bucketer([1, 2, 4, 8]);

/** The candidate's features (all indicators), each passed to `emit` by name. */
function eachCandidateFeature(q: ExtractedQuote, c: RawCandidate, emit: (name: string) => void): void {
  emit('bias');
  const rule = q.speaker ? (q.speakerRule ?? 'none') : 'none';
  if (c.rulePick) {
    emit('rulePick');
    emit(`pick:${rule}`);
    emit(`pick:kind:${q.kind}`);
  }
  // what the rules said about the quote: this speaker, another one, nobody nameable (a cue whose subject names no
  // one: "a commuter said"), or nothing at all
  const rules = c.rulePick ? 'pick' : q.speaker ? 'other' : q.speakerRule ? 'unnamed' : 'silent';
  emit(`rules:${rules}`);
  if (rules === 'unnamed') {
    emit(`unnamed:${q.speakerRule}`);
    emit(`unnamed-text:${unnamedShape(q.speakerText)}`);
    // the rules read a subject and found it names nobody: a candidate inside it ("a spokesman for X", "X and Y")
    // is part of that subject, one outside it is not the verb's subject at all
    if (q.speakerText && c.speakerText)
      emit(q.speakerText.includes(c.speakerText) ? 'unnamed-subject:inside' : 'unnamed-subject:outside');
  }
  if (c.coordinated) emit('coordinated');
  for (const g of c.generators) {
    emit(`gen:${g}`);
    emit(`gen:${g}:${rules}`);
  }
  emit(`generators:${Math.min(c.generators.size, 4)}`);
  emit(`type:${c.speaker.type}`);
  emit(`kind:${q.kind}`);
  emit(`text:${speakerTextKind(c.speakerText)}`);
  emit(`side:${c.paragraphs >= 99 ? 'none' : c.after ? 'after' : 'before'}`);
  emit(`tokens:${TOKENS(c.tokens)}`);
  emit(`paragraphs:${PARAGRAPHS(c.paragraphs)}`);
  emit(`mentions:${MENTIONS(c.mentions)}`);
  emit(`before:${c.before}`);
  if (c.possessive) emit('possessive');
  if (c.titled) emit('titled');
}

/** The candidate's features, each named and valued (indicators are 1). */
export function candidateFeatures(q: ExtractedQuote, c: RawCandidate): Record<string, number> {
  const f: Record<string, number> = {};
  eachCandidateFeature(q, c, (name) => {
    f[name] = 1;
  });
  return f;
}

/** The probability that the candidate is the quote's speaker. */
export function candidateProbability(
  q: ExtractedQuote,
  c: RawCandidate,
  model: RankerWeights = fitted as RankerWeights,
): number {
  const w = model.weights;
  let z = 0;
  eachCandidateFeature(q, c, (name) => {
    z += w[name] ?? 0;
  });
  return logistic(z);
}

/** How the rules' unnamed subject is written: "he", "a commuter", "the governor", "officials", "sources close to …". */
export function unnamedShape(text: string | null): string {
  const first =
    text
      ?.trim()
      .split(/[\s,]+/)[0]
      ?.toLowerCase() ?? '';
  if (!first) return 'none';
  if (PRONOUN.test(first)) return 'pronoun';
  if (/^(?:a|an|one|another|some|several|many|two|three|other|others)$/.test(first)) return 'indefinite';
  // "X, whose aide says": a relative clause's subject is someone other than the name it hangs on
  if (/^(?:whose|who|which)$/.test(first)) return 'relative';
  if (/^(?:the|this|that|these|those|his|her|its|their|our)$/.test(first)) return 'definite';
  if (/^\p{Lu}/u.test(text?.trim() ?? '')) return 'capitalised';
  return /s$/.test(first) ? 'plural' : 'other';
}

/** The features of "nobody nameable speaks" as an answer: what the rules said, the quote's kind, how many candidates. */
export function nobodyFeatures(q: ExtractedQuote, cands: RawCandidate[]): Record<string, number> {
  const rules = q.speaker ? 'named' : q.speakerRule ? 'unnamed' : 'silent';
  const f: Record<string, number> = { 'nobody:bias': 1, [`nobody:rules:${rules}`]: 1, [`nobody:kind:${q.kind}`]: 1 };
  if (q.speakerRule) f[`nobody:${rules}:${q.speakerRule}`] = 1;
  if (rules === 'unnamed') f[`nobody:unnamed-text:${unnamedShape(q.speakerText)}`] = 1;
  f[`nobody:candidates:${Math.min(cands.length, 4)}`] = 1;
  return f;
}

const probability = (features: Record<string, number>, model: RankerWeights) => {
  let z = 0;
  for (const [name, value] of Object.entries(features)) z += (model.weights[name] ?? 0) * value;
  return logistic(z);
};

/**
 * The rules read the verb's subject and found that it names nobody in a way the text makes plain — an indefinite or
 * plural description ("one man", "officials"), or a subject the candidate is only part of ("a spokesman for X", "X and
 * Y said": after a preposition, coordinated, or inside the subject's text) — so the candidate is listed but not given
 * as the speaker.
 */
export function rulesExclude(q: ExtractedQuote, c: RawCandidate): boolean {
  if (q.speaker || !q.speakerRule) return false;
  const shape = unnamedShape(q.speakerText);
  if (shape === 'indefinite' || shape === 'plural' || shape === 'relative' || c.coordinated) return true;
  // "said a spokesman for X": the rules' unnamed subject after the verb holds X
  if (q.speakerRule === 'unnamed-cue-after-quote' && c.before === 'preposition') return true;
  return !!q.speakerText && !!c.speakerText && q.speakerText.includes(c.speakerText);
}

/** Candidates scored and sorted, best first (ties: the rules' pick, then proposal order). */
export function rankCandidates(
  q: ExtractedQuote,
  cands: RawCandidate[],
  model: RankerWeights = fitted as RankerWeights,
): { candidate: RawCandidate; p: number }[] {
  return cands
    .map((candidate, i) => ({ candidate, p: candidateProbability(q, candidate, model), i }))
    .sort((a, b) => b.p - a.p || Number(b.candidate.rulePick) - Number(a.candidate.rulePick) || a.i - b.i)
    .map(({ candidate, p }) => ({ candidate, p }));
}

/**
 * The quote given its ranked candidates: the best three, and the best as speaker unless "nobody nameable" scores
 * higher (speaker null, as the rules' "a commuter said") or the best is below `threshold` (speaker null,
 * `speakerWithheld`).
 */
export function chooseSpeaker(
  q: ExtractedQuote,
  cands: RawCandidate[],
  model: RankerWeights = fitted as RankerWeights,
  threshold = SPEAKER_THRESHOLD,
): ExtractedQuote {
  const ranked = rankCandidates(q, cands, model);
  const speakerCandidates: SpeakerCandidate[] = ranked.slice(0, 3).map(({ candidate: c, p }) => ({
    speaker: c.speaker,
    speakerText: c.speakerText,
    confidence: Number(p.toFixed(4)),
    rule: c.rulePick ? (q.speakerRule ?? 'none') : ([...c.generators][0] ?? 'none'),
  }));
  const best = ranked[0];
  if (!best || rulesExclude(q, best.candidate)) return { ...q, speakerCandidates };
  const nobody = probability(nobodyFeatures(q, cands), model) > best.p;
  if (nobody && !q.speaker) return { ...q, speakerCandidates };
  if (best.candidate.rulePick && best.p >= threshold && !nobody) return { ...q, speakerCandidates };
  // the rules' evidence names the rules' speaker: a quote given another speaker (or none) does not keep it
  const { evidence: _evidence, ...rest } = q;
  if (nobody) return { ...rest, speaker: null, speakerText: null, cue: null, speakerCandidates };
  if (best.p < speakerThresholdFor(q, threshold))
    return { ...rest, speaker: null, speakerText: null, cue: null, speakerCandidates, speakerWithheld: true };
  return { ...rest, speaker: best.candidate.speaker, speakerText: best.candidate.speakerText, speakerCandidates };
}

/** Every quote of an article through chooseSpeaker, with candidates from candidates.ts. */
export function rankSpeakers(
  info: ParagraphInfo[],
  idx: MentionIndex,
  quotes: ExtractedQuote[],
  model: RankerWeights = fitted as RankerWeights,
  threshold = SPEAKER_THRESHOLD,
): ExtractedQuote[] {
  const all = proposeCandidates(info, idx, quotes);
  return quotes.map((q, i) => chooseSpeaker(q, all[i], model, threshold));
}
