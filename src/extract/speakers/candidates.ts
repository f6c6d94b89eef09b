/**
 * Candidate speakers for each quote: the rules' pick (speakers/index.ts) plus simple generators that each propose the
 * entity one plain reading of the text points at — the nearest name before the quote in its sentence or paragraph, the
 * nearest after it in its sentence, the first in the next sentence, the last in the previous paragraph, a name next to
 * a speech verb, the previous quote's speaker, the article's most-mentioned person. A candidate proposed by several
 * generators is one candidate with all their ids. The ranker (ranker.ts) scores them; extract() keeps the best three.
 */
import type { ParagraphInfo } from '../doc/index.js';
import { sentenceAt, tokenAt } from '../doc/text.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { invertedPosition } from './cue-before.js';
import type { Mention, MentionIndex } from '../mentions/table.js';
import type { ExtractedQuote, SpeakerRef } from '../types.js';

/**
 * Below this ranker probability the best candidate is not given as the quote's speaker (`speakerWithheld`); it stays
 * in `speakerCandidates`. Chosen on PolNeAR train check months (README, extraction section).
 */
export const SPEAKER_THRESHOLD = 0.2;

/**
 * The same for a quote no rule found any attribution for (no speech verb, no label, no previous speaker): the
 * candidate then rests on position alone, so it must be likelier. Measured on the PolNeAR tune months: 0.4 turns 4
 * wrong speakers and 2 right ones into withheld guesses; check months unchanged.
 */
export const UNATTRIBUTED_SPEAKER_THRESHOLD = 0.4;

/**
 * The same where the rules read the speech verb's subject and could not name it ("South Korean media, citing X,
 * reported"): a candidate overrules that reading only when it is likelier than not, nearly. Measured on PolNeAR
 * train: 0.45 turns 10 right and 8 wrong speakers into withheld guesses on the tune months, 3 right and 1 wrong on
 * the check months; it keeps the samples' unnamed sources unnamed.
 */
export const UNNAMED_SUBJECT_THRESHOLD = 0.45;

/** The probability a quote's best candidate needs to be given as its speaker. */
export function speakerThresholdFor(q: ExtractedQuote, threshold = SPEAKER_THRESHOLD): number {
  if (q.speaker) return threshold;
  return Math.max(threshold, q.speakerRule ? UNNAMED_SUBJECT_THRESHOLD : UNATTRIBUTED_SPEAKER_THRESHOLD);
}

/** The candidate generators, by id. */
export type Generator =
  | 'sentence-before'
  | 'sentence-after'
  | 'paragraph-before'
  | 'next-sentence'
  | 'previous-paragraph'
  | 'speech-verb'
  | 'previous-speaker'
  | 'article-topic';

/** One proposed speaker with what the ranker reads about it. */
export interface RawCandidate {
  speaker: SpeakerRef;
  speakerText: string | null;
  /** The rules' pick for this quote (its speakerRule is on the quote). */
  rulePick: boolean;
  generators: Set<Generator>;
  /** The entity's nearest mention to the quote: tokens between (same paragraph), paragraphs between; after it? */
  tokens: number;
  paragraphs: number;
  after: boolean;
  possessive: boolean;
  titled: boolean;
  /** How often the article mentions the entity. */
  mentions: number;
  /** What stands right before that mention: a speech verb ("said Smith"), a preposition ("by Smith"), another
   * lower-case word (an object: "citing Smith"), or a boundary (sentence start, punctuation). */
  before: 'cue' | 'according' | 'preposition' | 'word' | 'boundary' | 'none';
  /** That mention is one of a pair joined by "and"/"or" ("X and Y said"), not after a comma (", and X said"). */
  coordinated: boolean;
}

const PREPOSITION = new Set('of at for from in on with by to about than among like against over under'.split(' '));
const DETERMINER = new Set(['the', 'a', 'an']);

const AND = new Set(['and', 'or', '&']);

/** Is the mention joined to another by "and"/"or" (see RawCandidate.coordinated)? */
function coordinatedAt(p: ParagraphInfo, m: Mention): boolean {
  let i = tokenAt(p.tokens, m.fullStart) - 1;
  if (i >= 0 && DETERMINER.has(p.tokens[i].lower)) i--;
  const before = p.tokens[i];
  if (before && AND.has(before.lower) && !/[,;:]/.test(p.text.slice(Math.max(0, before.start - 2), before.start)))
    return true;
  const after = p.tokens[tokenAt(p.tokens, m.end)];
  return !!after && AND.has(after.lower) && !/\S/.test(p.text.slice(m.end, after.start));
}

/** What stands right before a mention (see RawCandidate.before). */
function wordBefore(p: ParagraphInfo, m: Mention): RawCandidate['before'] {
  let i = tokenAt(p.tokens, m.fullStart) - 1;
  let at = m.fullStart;
  if (i >= 0 && DETERMINER.has(p.tokens[i].lower) && !/\S/.test(p.text.slice(p.tokens[i].end, at))) {
    at = p.tokens[i].start;
    i--;
  }
  const t = p.tokens[i];
  if (!t || /\S/.test(p.text.slice(t.end, at)) || !/^\p{Ll}/u.test(t.text)) return 'boundary';
  if (CUES.has(t.lower)) return 'cue';
  if (t.lower === 'to' && p.tokens[i - 1]?.lower === 'according') return 'according';
  return PREPOSITION.has(t.lower) ? 'preposition' : 'word';
}

const key = (r: SpeakerRef) => `${r.type[0]}${r.ref}`;
const refOf = (m: Mention): SpeakerRef | null =>
  m.ref < 0
    ? null
    : m.type === 'person'
      ? { type: 'person', ref: m.ref }
      : m.type === 'org'
        ? { type: 'organisation', ref: m.ref }
        : null;

interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** Candidates for every quote of one article, in quote order. Pure; linear in quotes × nearby mentions. */
export function proposeCandidates(
  info: ParagraphInfo[],
  idx: MentionIndex,
  quotes: ExtractedQuote[],
): RawCandidate[][] {
  const quoted: Span[][] = info.map(() => []);
  for (const q of quotes)
    if (q.kind !== 'INDIRECT')
      for (let p = q.paragraph; p <= q.endParagraph && p < info.length; p++)
        quoted[p].push({
          paragraph: p,
          start: p === q.paragraph ? q.start : 0,
          end: p === q.endParagraph ? q.end : info[p].text.length,
        });
  const inQuote = (m: Mention) => quoted[m.paragraph].some((s) => m.start >= s.start && m.end <= s.end);
  const speakerMentions = new Map<string, Mention[]>();
  for (const m of idx.mentions) {
    const r = refOf(m);
    if (!r) continue;
    const k = key(r);
    (speakerMentions.get(k) ?? speakerMentions.set(k, []).get(k)!).push(m);
  }
  let topic: SpeakerRef | null = null;
  let topicCount = 0;
  for (const [k, ms] of speakerMentions)
    if (k[0] === 'p' && ms.length > topicCount) {
      topicCount = ms.length;
      topic = refOf(ms[0]);
    }
  const usableAt: (Mention[] | undefined)[] = [];
  const usable = (p: number): Mention[] =>
    (usableAt[p] ??= (idx.byParagraph[p] ?? []).filter(
      (m) => m.ref >= 0 && (m.type === 'person' || m.type === 'org') && !inQuote(m),
    ));

  return quotes.map((q, qi) => {
    const out = new Map<string, RawCandidate>();
    const add = (r: SpeakerRef | null, g: Generator | null, text: string | null, rulePick = false) => {
      if (!r) return;
      const k = key(r);
      let c = out.get(k);
      if (!c) {
        c = describe(info, q, r, speakerMentions.get(k) ?? [], text);
        out.set(k, c);
      }
      if (g) c.generators.add(g);
      if (rulePick) {
        c.rulePick = true;
        if (text) c.speakerText = text;
      }
    };
    add(q.speaker, null, q.speakerText, true);
    const p0 = info[q.paragraph];
    const p1 = info[q.endParagraph] ?? p0;
    const [s0] = sentenceAt(p0.starts, p0.text.length, Math.max(0, q.start - 1));
    const [, s1end] = sentenceAt(p1.starts, p1.text.length, Math.min(p1.text.length - 1, q.end));
    const before = usable(q.paragraph).filter((m) => m.end <= q.start);
    const after = usable(q.endParagraph).filter((m) => m.start >= q.end);
    const lastBefore = before.filter((m) => m.start >= s0).at(-1);
    add(lastBefore ? refOf(lastBefore) : null, 'sentence-before', lastBefore?.text ?? null);
    const firstAfter = after.find((m) => m.start < s1end);
    add(firstAfter ? refOf(firstAfter) : null, 'sentence-after', firstAfter?.text ?? null);
    const inParagraph = before.at(-1);
    add(inParagraph ? refOf(inParagraph) : null, 'paragraph-before', inParagraph?.text ?? null);
    const next =
      after.find((m) => m.start >= s1end) ?? (s1end >= p1.text.length ? usable(q.endParagraph + 1)[0] : undefined);
    add(next ? refOf(next) : null, 'next-sentence', next?.text ?? null);
    const previous = q.paragraph > 0 ? usable(q.paragraph - 1).at(-1) : undefined;
    add(previous ? refOf(previous) : null, 'previous-paragraph', previous?.text ?? null);
    for (const m of [...before.filter((m) => m.start >= s0), ...after.filter((m) => m.start < s1end)])
      if (nextToSpeechVerb(info[m.paragraph], m)) add(refOf(m), 'speech-verb', m.text);
    for (let k = qi - 1; k >= 0 && q.paragraph - quotes[k].endParagraph <= 3; k--)
      if (quotes[k].speaker) {
        add(quotes[k].speaker, 'previous-speaker', null);
        break;
      }
    add(topic, 'article-topic', null);
    return [...out.values()];
  });
}

/**
 * A speech verb within three tokens after the mention ("Smith said", "Smith, 52, said"), or inverted right before it
 * (", said Smith", "” said Smith"). A name after a verb that is not inverted is its object ("thanked Smith for").
 */
function nextToSpeechVerb(p: ParagraphInfo, m: Mention): boolean {
  const i = tokenAt(p.tokens, m.start);
  const j = tokenAt(p.tokens, m.end);
  for (let k = Math.max(0, i - 2); k < i; k++)
    if (CUES.has(p.tokens[k].lower) && invertedPosition(p, k, 0)) return true;
  for (let k = j; k < Math.min(p.tokens.length, j + 3); k++) if (CUES.has(p.tokens[k].lower)) return true;
  return false;
}

function describe(
  info: ParagraphInfo[],
  q: ExtractedQuote,
  r: SpeakerRef,
  ms: Mention[],
  text: string | null,
): RawCandidate {
  let best: Mention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  let paragraphs = 99;
  let after = false;
  for (const m of ms) {
    let par: number;
    let chars: number;
    let isAfter = false;
    if (m.paragraph < q.paragraph || (m.paragraph === q.paragraph && m.end <= q.start)) {
      par = q.paragraph - m.paragraph;
      chars = q.start - m.end;
    } else if (m.paragraph > q.endParagraph || (m.paragraph === q.endParagraph && m.start >= q.end)) {
      par = m.paragraph - q.endParagraph;
      chars = m.start - q.end;
      isAfter = true;
    } else continue; // inside the quote
    const score = par * 1e6 + (par ? 0 : chars);
    if (score < bestScore) {
      bestScore = score;
      best = m;
      paragraphs = par;
      after = isAfter;
    }
  }
  let tokens = 99;
  if (best && paragraphs === 0) {
    const toks = info[best.paragraph].tokens;
    tokens = after
      ? tokenAt(toks, best.start) - tokenAt(toks, q.end)
      : tokenAt(toks, q.start) - tokenAt(toks, best.end);
  }
  return {
    speaker: r,
    speakerText: text ?? best?.text ?? null,
    rulePick: false,
    generators: new Set(),
    tokens,
    paragraphs,
    after,
    possessive: best?.possessive ?? false,
    titled: !!best && best.fullStart < best.start,
    mentions: ms.length,
    before: best ? wordBefore(info[best.paragraph], best) : 'none',
    coordinated: best ? coordinatedAt(info[best.paragraph], best) : false,
  };
}
