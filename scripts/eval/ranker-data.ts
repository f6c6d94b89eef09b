/**
 * The speaker ranker's training data from PolNeAR train (read in place; nothing is written): for each article, the
 * quotes as the rules attribute them, every quote's candidates (src/extract/speakers/candidates.ts), and for each
 * candidate whether the scorer's protocol counts it right — null for quotes not matched to a gold quote whose source
 * is a name. Labels come from scoring the article once per candidate slot with that slot's candidate as speaker.
 * Quotes whose gold source is an unnamed description ("a senior aide", "officials") are marked `unnamed`: for them no
 * speaker is the right answer, which the protocol's accuracy does not count but calibration and the ranker need.
 */
import { ruleAttribution } from '../../src/extract/index.js';
import { segment } from '../../src/extract/segment/index.js';
import { type RawCandidate, proposeCandidates } from '../../src/extract/speakers/candidates.js';
import type { ExtractedQuote } from '../../src/extract/types.js';
import { coverageMonth, loadPolnearTrain, type PolnearArticle } from './polnear-brat.js';
import { capitalisedWords, type GoldSegment, goldQuotes } from './polnear-gold.js';
import { scorePolnearArticle, toPolnearPreds } from './polnear.js';
import { type PolnearPred, scoreQuotes } from './polnear-score.js';

const INDEFINITE = /^(?:a|an|one|another|some|several|many|most|few|two|three|four|other|others)$/i;
const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|who)$/i;

/** A gold source that names nobody: an indefinite description or a bare plural, no capitalised word in it. */
export function unnamedSource(source: string | null): boolean {
  const words = source?.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const first = words[0];
  if (!first || DEFINITE.test(first)) return false;
  const caps = capitalisedWords(source ?? '').filter((w, i) => !(i === 0 && INDEFINITE.test(w)));
  return caps.length === 0 && (INDEFINITE.test(first) || /s$/.test(first));
}

/** Per prediction: matched to a gold quote (of its family) whose source is an unnamed description. */
function unnamedMatches(a: PolnearArticle, preds: PolnearPred[]): boolean[] {
  const gold = goldQuotes(a.text, a.attributions);
  // scored as if every source were a name: "u" for an unnamed source, against a speaker whose name is "u"
  const probe = (g: GoldSegment[]) =>
    g.map((s) => ({ ...s, named: true, source: unnamedSource(s.source) ? 'U' : 'X' }));
  const u = { name: 'u', aliases: [], acronym: null };
  const out = preds.map(() => false);
  for (const family of ['direct', 'indirect'] as const) {
    const at = preds.flatMap((p, i) => ((p.kind === 'INDIRECT') === (family === 'indirect') ? [i] : []));
    const r = scoreQuotes(
      a.text,
      probe(gold[family]),
      at.map((i) => ({ ...preds[i], speaker: u })),
    );
    at.forEach((i, k) => {
      out[i] = r.speakerOutcomes[k] === true;
    });
  }
  return out;
}

export interface RankerQuote {
  quote: ExtractedQuote;
  candidates: RawCandidate[];
  /** Per candidate: right under the protocol; null when the quote is not scored for its speaker. */
  labels: (boolean | null)[];
  /** The quote is scored for its speaker (matched to a gold quote whose source is a name). */
  scored: boolean;
  /** Matched to a gold quote whose source is an unnamed description: null is its right speaker. */
  unnamed: boolean;
}

export interface RankerArticle {
  name: string;
  month: number;
  quotes: RankerQuote[];
}

/** Every PolNeAR train article's quotes with candidates and labels; null when the folder is absent. */
export function loadRankerData(root: string): RankerArticle[] | null {
  const articles = loadPolnearTrain(root);
  if (!articles) return null;
  const start = articles.map((a) => a.date).sort()[0];
  return articles.map((a) => {
    const month = coverageMonth(a.date, start);
    const segmented = segment(a.text);
    const { doc, found, quotes } = ruleAttribution(segmented);
    const candidates = proposeCandidates(doc, found, quotes);
    const slots = Math.max(1, ...candidates.map((c) => c.length));
    const outcomes: (boolean | null)[][] = [];
    for (let k = 0; k < slots; k++) {
      const withSlot = quotes.map((q, i) => ({ ...q, speaker: candidates[i][k]?.speaker ?? null }));
      const x = { article: segmented, people: found.people, organisations: found.organisations, quotes: withSlot };
      outcomes.push(scorePolnearArticle(a, toPolnearPreds(a.text, x), month).speakerOutcomes);
    }
    const unnamed = unnamedMatches(a, toPolnearPreds(a.text, { article: segmented, quotes }));
    return {
      name: a.name,
      month,
      quotes: quotes.map((quote, i) => ({
        quote,
        candidates: candidates[i],
        labels: candidates[i].map((_, k) => outcomes[k][i]),
        scored: outcomes[0][i] !== null,
        unnamed: unnamed[i],
      })),
    };
  });
}
