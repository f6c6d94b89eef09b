/**
 * Pure scoring for the quote-extraction evaluation (`npm run eval`).
 *
 * Nothing here knows about the extractor's internals: it compares plain gold annotations
 * (test/eval/annotations/*.json, test/eval/samples/*.json) with plain predictions
 * ({ text, kind, speaker name }) over the raw article text.
 *
 * ## Matching rule (after the SFU Gender Gap Tracker evaluation, Asr et al. 2021)
 *
 * 1. Every text is mapped to a *canonical character stream*: Unicode NFKC, lower-cased, with all
 *    whitespace and all quotation marks (" ' “ ” ‘ ’ ‚ „ « » ‹ › ＂ ＇ ` ´ and the CJK corner brackets)
 *    removed. A quote's paragraph breaks ("\n"), the opening mark that re-opens a continued paragraph,
 *    and differences such as straight vs curly apostrophes therefore do not count.
 * 2. Gold and predicted quotes are located as spans [start, end) in the stream of the whole article.
 *    Gold quotes are searched in annotation order (each after the previous gold start, else anywhere), so a
 *    repeated sentence resolves to the right occurrence. A prediction is placed where the extractor says
 *    it is (paragraph + start offset) when that agrees with its text, otherwise at the occurrence of its
 *    text nearest to that position; a predicted text that is not in the article at all is compared by
 *    longest common substring instead of span intersection.
 * 3. overlap(g, p) = |g ∩ p| / max(|g|, |p|)   (lengths in stream characters).
 *    A gold and a predicted quote *match* when overlap ≥ 0.3 (the GGT threshold; 0.8 is reported as
 *    the strict variant). Matching is one-to-one and greedy by descending overlap (ties: document order).
 * 4. Detection precision = matched / predicted, recall = matched / gold, F1 = harmonic mean — kind-blind.
 *    Per kind K: TP_K = matched pairs where gold and prediction are both K; P_K = TP_K / predicted K;
 *    R_K = TP_K / gold K.
 * 5. Speaker accuracy = among matched pairs, the fraction whose predicted speaker name equals the gold
 *    speaker (or one of the gold aliases, or — organisations only — the predicted acronym equals it),
 *    compared with `normaliseName` (case, accents, hyphens, spaces and punctuation ignored).
 *    A null gold speaker is matched only by a null prediction.
 * 6. Predictions that match nothing but overlap an annotation `ignore` span (headlines, standfirsts)
 *    by ≥ threshold are dropped rather than counted as false positives.
 */

export type Kind = 'DIRECT' | 'PARTIAL' | 'INDIRECT';
export const KINDS: Kind[] = ['DIRECT', 'PARTIAL', 'INDIRECT'];
export type SpeakerType = 'person' | 'organisation' | null;

export interface GoldQuote {
  text: string;
  kind: Kind;
  speaker: string | null;
  speakerType: SpeakerType;
}

export interface GoldArticle {
  file: string;
  quotes: GoldQuote[];
  people: string[];
  notPeople: string[];
  /** Optional: other acceptable spellings of a canonical name (person or organisation). */
  aliases?: Record<string, string[]>;
  /** Optional: spans (headline, standfirst) where predictions are neither rewarded nor penalised. */
  ignore?: string[];
}

export interface PredQuote {
  text: string;
  kind: Kind;
  /** The canonical name of the predicted speaker, or null. */
  speaker: string | null;
  speakerType: SpeakerType;
  /** Acronym of an organisation speaker, if any. */
  speakerAcronym?: string | null;
  /** Where the extractor says the quote starts, as a stream offset (see `streamOffset`); optional. */
  at?: number | null;
}

export interface PredArticle {
  quotes: PredQuote[];
  /** Canonical names of the predicted people. */
  people: string[];
}

export interface Span {
  start: number;
  end: number;
}

export const DEFAULT_THRESHOLD = 0.3;
export const STRICT_THRESHOLD = 0.8;

// ---------------------------------------------------------------- normalisation

const QUOTE_CHARS = /["'“”‘’‚„«»‹›＂＇`´「」『』]/gu;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is matched on its own, never as part of a sequence
const SPACE_CHARS = /[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]/gu;

/** The canonical character stream of a text (see rule 1). */
export function toStream(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(QUOTE_CHARS, '').replace(SPACE_CHARS, '');
}

/** Name comparison key: case, accents, hyphens, spaces and punctuation ignored. */
export function normaliseName(s: string | null | undefined): string {
  if (s == null) return '';
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// ---------------------------------------------------------------- spans

export function spanLength(s: Span): number {
  return Math.max(0, s.end - s.start);
}

export function intersection(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** overlap = |a ∩ b| / max(|a|, |b|); 0 when both are empty. */
export function overlapRatio(a: Span, b: Span): number {
  const denom = Math.max(spanLength(a), spanLength(b));
  return denom === 0 ? 0 : intersection(a, b) / denom;
}

/** Length of the longest common substring (used only for predictions not found in the article). */
export function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
        const v = prev[j - 1] + 1;
        cur[j] = v;
        if (v > best) best = v;
      } else cur[j] = 0;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

function allOccurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Locate gold quotes in order; returns null for a quote whose text is not in the article. */
export function locateGold(articleStream: string, quotes: { text: string }[]): (Span | null)[] {
  let from = 0;
  return quotes.map((q) => {
    const t = toStream(q.text);
    if (!t) return null;
    let i = articleStream.indexOf(t, from);
    if (i < 0) i = articleStream.indexOf(t);
    if (i < 0) return null;
    from = i + 1;
    return { start: i, end: i + t.length };
  });
}

/** Locate a predicted quote: at `at` when the text is there, else the occurrence nearest `at` (or the first). */
export function locatePred(articleStream: string, text: string, at?: number | null): Span | null {
  const t = toStream(text);
  if (!t) return null;
  const occ = allOccurrences(articleStream, t);
  if (occ.length === 0) return null;
  let best = occ[0];
  if (at != null) {
    for (const o of occ) if (Math.abs(o - at) < Math.abs(best - at)) best = o;
  }
  return { start: best, end: best + t.length };
}

/**
 * Stream offset of the start of each extractor paragraph (searched in order), or null when a paragraph
 * cannot be found. Used to turn (paragraph, start) into a stream position.
 */
export function paragraphStreamOffsets(articleStream: string, paragraphs: string[]): (number | null)[] {
  let from = 0;
  return paragraphs.map((p) => {
    const s = toStream(p);
    if (!s) return from;
    let i = articleStream.indexOf(s, from);
    if (i < 0) i = articleStream.indexOf(s);
    if (i < 0) return null;
    from = i + s.length;
    return i;
  });
}

export function streamOffset(
  paragraphOffsets: (number | null)[],
  paragraphs: string[],
  paragraph: number,
  start: number,
): number | null {
  const base = paragraphOffsets[paragraph];
  const p = paragraphs[paragraph];
  if (base == null || p == null) return null;
  return base + toStream(p.slice(0, Math.max(0, start))).length;
}

// ---------------------------------------------------------------- matching

export interface Located<T> {
  item: T;
  span: Span | null;
  /** Canonical stream of the text (for the LCS fallback). */
  stream: string;
}

export function pairOverlap<G, P>(g: Located<G>, p: Located<P>): number {
  if (g.span && p.span) return overlapRatio(g.span, p.span);
  const denom = Math.max(g.stream.length, p.stream.length);
  if (denom === 0) return 0;
  return longestCommonSubstring(g.stream, p.stream) / denom;
}

export interface Pair {
  gold: number;
  pred: number;
  overlap: number;
}

/** One-to-one greedy matching by descending overlap, keeping pairs with overlap ≥ threshold. */
export function matchSpans<G, P>(gold: Located<G>[], pred: Located<P>[], threshold = DEFAULT_THRESHOLD): Pair[] {
  const cands: Pair[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const overlap = pairOverlap(g, p);
      if (overlap >= threshold && overlap > 0) cands.push({ gold: gi, pred: pi, overlap });
    });
  });
  cands.sort((a, b) => b.overlap - a.overlap || a.gold - b.gold || a.pred - b.pred);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (gUsed.has(c.gold) || pUsed.has(c.pred)) continue;
    gUsed.add(c.gold);
    pUsed.add(c.pred);
    out.push(c);
  }
  return out.sort((a, b) => a.gold - b.gold);
}

// ---------------------------------------------------------------- speakers

export function aliasKeys(name: string | null, aliases?: Record<string, string[]>): Set<string> {
  const keys = new Set<string>();
  if (name == null) return keys;
  keys.add(normaliseName(name));
  const key = normaliseName(name);
  for (const [canon, alts] of Object.entries(aliases ?? {})) {
    const all = [canon, ...alts];
    if (all.some((a) => normaliseName(a) === key)) for (const a of all) keys.add(normaliseName(a));
  }
  keys.delete('');
  return keys;
}

export function speakerCorrect(gold: GoldQuote, pred: PredQuote, aliases?: Record<string, string[]>): boolean {
  if (gold.speaker == null) return pred.speaker == null;
  if (pred.speaker == null) return false;
  const ok = aliasKeys(gold.speaker, aliases);
  if (ok.has(normaliseName(pred.speaker))) return true;
  if (pred.speakerType === 'organisation' && pred.speakerAcronym && ok.has(normaliseName(pred.speakerAcronym)))
    return true;
  return false;
}

// ---------------------------------------------------------------- per article

export type MissType = 'missed' | 'spurious' | 'kind' | 'speaker' | 'boundary';

export interface Miss {
  type: MissType;
  /** Short machine category, e.g. "missed INDIRECT", "speaker person→null". */
  category: string;
  gold?: GoldQuote;
  pred?: PredQuote;
  overlap?: number;
}

export interface Counts {
  gold: number;
  pred: number;
  matched: number;
  strictMatched: number;
  goldByKind: Record<Kind, number>;
  predByKind: Record<Kind, number>;
  tpByKind: Record<Kind, number>;
  /** confusion[gold][pred] among matched pairs. */
  confusion: Record<Kind, Record<Kind, number>>;
  speakerCorrect: number;
  /** Matched pairs whose gold speaker is null / non-null, and how many of each were right. */
  speakerNullGold: number;
  speakerNullCorrect: number;
  /** Predicted quotes whose speaker is a *person* named by a notPeople string. */
  notPeopleQuotes: number;
  /** Predicted people whose name is a notPeople string. */
  notPeoplePeople: number;
  peopleGold: number;
  peoplePred: number;
  peopleMatched: number;
  ignored: number;
  annotationErrors: string[];
}

export interface ArticleScore {
  file: string;
  counts: Counts;
  misses: Miss[];
}

function kindRecord(): Record<Kind, number> {
  return { DIRECT: 0, PARTIAL: 0, INDIRECT: 0 };
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    pred: 0,
    matched: 0,
    strictMatched: 0,
    goldByKind: kindRecord(),
    predByKind: kindRecord(),
    tpByKind: kindRecord(),
    confusion: { DIRECT: kindRecord(), PARTIAL: kindRecord(), INDIRECT: kindRecord() },
    speakerCorrect: 0,
    speakerNullGold: 0,
    speakerNullCorrect: 0,
    notPeopleQuotes: 0,
    notPeoplePeople: 0,
    peopleGold: 0,
    peoplePred: 0,
    peopleMatched: 0,
    ignored: 0,
    annotationErrors: [],
  };
}

function speakerCategory(g: GoldQuote, p: PredQuote): string {
  const gt = g.speaker == null ? 'null' : (g.speakerType ?? 'person');
  const pt = p.speaker == null ? 'null' : (p.speakerType ?? 'person');
  return `speaker ${gt}→${gt === pt && gt !== 'null' ? `other ${pt}` : pt}`;
}

export function scoreArticle(
  articleText: string,
  gold: GoldArticle,
  pred: PredArticle,
  threshold = DEFAULT_THRESHOLD,
): ArticleScore {
  const c = emptyCounts();
  const misses: Miss[] = [];
  const stream = toStream(articleText);

  const goldSpans = locateGold(stream, gold.quotes);
  goldSpans.forEach((s, i) => {
    if (!s)
      c.annotationErrors.push(
        `${gold.file}: gold quote ${i} not found in article: ${gold.quotes[i].text.slice(0, 60)}`,
      );
  });
  const G: Located<GoldQuote>[] = gold.quotes.map((q, i) => ({
    item: q,
    span: goldSpans[i],
    stream: toStream(q.text),
  }));
  const P: Located<PredQuote>[] = pred.quotes.map((q) => ({
    item: q,
    span: locatePred(stream, q.text, q.at),
    stream: toStream(q.text),
  }));

  const pairs = matchSpans(G, P, threshold);
  const gMatched = new Set(pairs.map((p) => p.gold));
  const pMatched = new Set(pairs.map((p) => p.pred));

  // predictions that only hit ignored furniture are dropped
  const ignoreSpans = locateGold(
    stream,
    (gold.ignore ?? []).map((text) => ({ text })),
  ).filter((s): s is Span => s != null);
  const dropped = new Set<number>();
  P.forEach((p, i) => {
    if (pMatched.has(i) || !p.span) return;
    if (
      ignoreSpans.some((s) => overlapRatio(s, p.span!) >= threshold || intersection(s, p.span!) === spanLength(p.span!))
    )
      dropped.add(i);
  });
  c.ignored = dropped.size;

  c.gold = G.length;
  c.pred = P.length - dropped.size;
  for (const g of gold.quotes) c.goldByKind[g.kind]++;
  P.forEach((p, i) => {
    if (!dropped.has(i)) c.predByKind[p.item.kind]++;
  });

  for (const pair of pairs) {
    const g = gold.quotes[pair.gold];
    const p = pred.quotes[pair.pred];
    c.matched++;
    if (pair.overlap >= STRICT_THRESHOLD) c.strictMatched++;
    else misses.push({ type: 'boundary', category: `boundary ${g.kind}`, gold: g, pred: p, overlap: pair.overlap });
    c.confusion[g.kind][p.kind]++;
    if (g.kind === p.kind) c.tpByKind[g.kind]++;
    else misses.push({ type: 'kind', category: `kind ${g.kind}→${p.kind}`, gold: g, pred: p, overlap: pair.overlap });
    const ok = speakerCorrect(g, p, gold.aliases);
    if (ok) c.speakerCorrect++;
    if (g.speaker == null) {
      c.speakerNullGold++;
      if (ok) c.speakerNullCorrect++;
    }
    if (!ok) misses.push({ type: 'speaker', category: speakerCategory(g, p), gold: g, pred: p, overlap: pair.overlap });
  }
  gold.quotes.forEach((g, i) => {
    if (!gMatched.has(i)) {
      const tag = g.text.includes('\n') ? ' (multi-paragraph)' : '';
      misses.push({ type: 'missed', category: `missed ${g.kind}${tag}`, gold: g });
    }
  });
  pred.quotes.forEach((p, i) => {
    if (!pMatched.has(i) && !dropped.has(i))
      misses.push({
        type: 'spurious',
        category: `spurious ${p.kind}${P[i].span ? '' : ' (text not in article)'}`,
        pred: p,
      });
  });

  // notPeople
  const notPeople = new Set(gold.notPeople.map(normaliseName));
  for (const p of pred.quotes)
    if (p.speaker != null && (p.speakerType ?? 'person') === 'person' && notPeople.has(normaliseName(p.speaker)))
      c.notPeopleQuotes++;
  for (const name of pred.people) if (notPeople.has(normaliseName(name))) c.notPeoplePeople++;

  // people precision / recall (aliases collapse to the canonical gold name)
  const canon = (name: string): string => {
    const k = normaliseName(name);
    for (const g of gold.people) if (aliasKeys(g, gold.aliases).has(k)) return normaliseName(g);
    return k;
  };
  const goldPeople = new Set(gold.people.map(normaliseName));
  const predPeople = new Set(pred.people.map(canon).filter(Boolean));
  c.peopleGold = goldPeople.size;
  c.peoplePred = predPeople.size;
  for (const p of predPeople) if (goldPeople.has(p)) c.peopleMatched++;

  return { file: gold.file, counts: c, misses };
}

// ---------------------------------------------------------------- aggregation

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

export function prf(tp: number, pred: number, gold: number): PRF {
  const precision = pred === 0 ? (gold === 0 ? 1 : 0) : tp / pred;
  const recall = gold === 0 ? (pred === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, pred, gold };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  const numeric = [
    'gold',
    'pred',
    'matched',
    'strictMatched',
    'speakerCorrect',
    'speakerNullGold',
    'speakerNullCorrect',
    'notPeopleQuotes',
    'notPeoplePeople',
    'peopleGold',
    'peoplePred',
    'peopleMatched',
    'ignored',
  ] as const;
  for (const k of numeric) out[k] = a[k] + b[k];
  for (const k of KINDS) {
    out.goldByKind[k] = a.goldByKind[k] + b.goldByKind[k];
    out.predByKind[k] = a.predByKind[k] + b.predByKind[k];
    out.tpByKind[k] = a.tpByKind[k] + b.tpByKind[k];
    for (const j of KINDS) out.confusion[k][j] = a.confusion[k][j] + b.confusion[k][j];
  }
  out.annotationErrors = [...a.annotationErrors, ...b.annotationErrors];
  return out;
}

export interface Summary {
  articles: number;
  counts: Counts;
  detection: PRF;
  strict: PRF;
  byKind: Record<Kind, PRF>;
  /** Fraction of matched pairs with the same kind. */
  kindAccuracy: number;
  speakerAccuracy: number;
  speakerAccuracyNonNull: number;
  speakerAccuracyNull: number;
  /** Quotes found with the right speaker, over all gold / all predicted quotes. */
  endToEnd: PRF;
  people: PRF;
  notPeopleQuotes: number;
  notPeoplePeople: number;
  missCategories: [string, number][];
}

export function summarise(scores: ArticleScore[]): Summary {
  const c = scores.map((s) => s.counts).reduce(addCounts, emptyCounts());
  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, prf(c.tpByKind[k], c.predByKind[k], c.goldByKind[k])]),
  ) as Record<Kind, PRF>;
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const kindSame = KINDS.reduce((n, k) => n + c.confusion[k][k], 0);
  const cats = new Map<string, number>();
  for (const s of scores) for (const m of s.misses) cats.set(m.category, (cats.get(m.category) ?? 0) + 1);
  return {
    articles: scores.length,
    counts: c,
    detection: prf(c.matched, c.pred, c.gold),
    strict: prf(c.strictMatched, c.pred, c.gold),
    byKind,
    kindAccuracy: ratio(kindSame, c.matched),
    speakerAccuracy: ratio(c.speakerCorrect, c.matched),
    speakerAccuracyNonNull: ratio(c.speakerCorrect - c.speakerNullCorrect, c.matched - c.speakerNullGold),
    speakerAccuracyNull: ratio(c.speakerNullCorrect, c.speakerNullGold),
    endToEnd: prf(c.speakerCorrect, c.pred, c.gold),
    people: prf(c.peopleMatched, c.peoplePred, c.peopleGold),
    notPeopleQuotes: c.notPeopleQuotes,
    notPeoplePeople: c.notPeoplePeople,
    missCategories: [...cats.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

// ---------------------------------------------------------------- annotation checks

/** Structural problems in a gold annotation (empty list when it is well-formed). */
export function validateGold(articleText: string, gold: GoldArticle): string[] {
  const errs: string[] = [];
  const stream = toStream(articleText);
  const people = new Set(gold.people.map(normaliseName));
  const notPeople = new Set(gold.notPeople.map(normaliseName));
  locateGold(stream, gold.quotes).forEach((s, i) => {
    if (!s) errs.push(`quote ${i} not found: ${gold.quotes[i].text.slice(0, 60)}`);
  });
  gold.quotes.forEach((q, i) => {
    if (!KINDS.includes(q.kind)) errs.push(`quote ${i}: bad kind ${q.kind}`);
    if ((q.speaker == null) !== (q.speakerType == null)) errs.push(`quote ${i}: speaker/speakerType disagree`);
    if (q.speakerType === 'person' && !people.has(normaliseName(q.speaker)))
      errs.push(`quote ${i}: speaker ${q.speaker} not in people`);
    if (q.speaker != null && q.speakerType === 'person' && notPeople.has(normaliseName(q.speaker)))
      errs.push(`quote ${i}: speaker ${q.speaker} is in notPeople`);
    if (/^[\s"'“”‘’«»]|[\s"'“”‘’«»]$/u.test(q.text) && q.kind !== 'INDIRECT' && !edgeMarksAreNested(q.text))
      errs.push(`quote ${i}: text starts/ends with a mark or space`);
  });
  for (const p of gold.people) if (notPeople.has(normaliseName(p))) errs.push(`${p} is both person and notPeople`);
  for (const s of gold.ignore ?? [])
    if (!stream.includes(toStream(s))) errs.push(`ignore span not found: ${s.slice(0, 60)}`);
  return errs;
}

const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '«': '»', '"': '"', "'": "'" };

/**
 * A quote may open or close with the marks of a quotation nested inside it ("… than ‘we don’t like
 * it’"): an edge mark is allowed when its partner is inside the text, never an edge space.
 */
function edgeMarksAreNested(text: string): boolean {
  if (/^\s|\s$/u.test(text)) return false;
  const first = text[0];
  const last = text[text.length - 1];
  const opens = Object.keys(PAIRS);
  const closes = Object.values(PAIRS);
  const firstOk = !/["'“”‘’«»]/u.test(first) || (opens.includes(first) && text.indexOf(PAIRS[first], 1) > 0);
  const lastOk =
    !/["'“”‘’«»]/u.test(last) ||
    (closes.includes(last) &&
      opens.some((open) => PAIRS[open] === last && text.lastIndexOf(open, text.length - 2) >= 0));
  return firstOk && lastOk;
}
