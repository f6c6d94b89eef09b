/**
 * Reported speech without marks (INDIRECT): "X said (that) …", "…, X said.", "according to X, …", "…, according to X".
 * One per sentence at most, unless verbs are coordinated; dropped when a marked quote covers the verb.
 */
import { findCues, skipAfterCue, canStartClause, type Cue } from './cues.js';
import { firstIndexNotBefore, isUpper, tokenAt, wordCount, type Token } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from './span.js';
import { CLAUSE_OPENERS } from '../lexicon/function-words.js';
import { FINITE_EXTRA, FINITE_FORMS } from '../lexicon/verb-words.js';
import { GROUP_NOUNS } from '../lexicon/person-words.js';
import { AMBIGUOUS_CUES, CUES, REQUESTS } from '../lexicon/speech-verbs.js';
import { type Budget, spent } from '../budget.js';
import {
  CLAUSE_PRONOUNS,
  embeddedQuote,
  hasFiniteVerb,
  infinitiveAt,
  negated,
  nominative,
  subjectBefore,
  subjectHead,
  subjectToken,
} from './clause-shape.js';
import {
  coordination,
  hasMarkBetween,
  lastCommaBefore,
  midContinuation,
  ownClauseStart,
  secondVerbOfSpeaker,
  TAIL_RE,
  trimEnd,
} from './clause-ends.js';
import { CLAUSE_AUX, COMMISSIVES, NAME_JOINERS } from '../lexicon/reported-clause-words.js';

const DOC_NOUNS =
  /\b(?:data|study|studies|figures|survey|surveys|poll|polls|report|reports|research|evidence|findings|results|estimates?|statistics|analysis|records|documents?|census|calculations|index|tally|filings?|assessment|paper|review|audit|projections?|forecasts?|models?|tracker|database|website|map|chart)\b/;
/** A sentence-initial document noun as the whole subject: "Research suggests …", "Evidence shows …" (not "Space Research Organisation"). */
const DOC_SUBJECT =
  /^\s*(?:Research|Evidence|Data|Studies|Findings|Results|Figures|Polls|Polling|Surveys|Statistics|Estimates)\s*$/;

/** "As X noted", "But as the paper reported": the subject of a comparative reporting clause (no verb, no comma). */
const AS_LEAD =
  /^\s*(?:(?:But|And|Yet|So|Still)\s+)?[Aa]s\s+(?:\p{Lu}|the\s|a\s|an\s|he\s|she\s|they\s|we\s|I\s)[^,;:.!?“”"]{0,70}$/u;

/** "As reported by X, …", "As first noted by X, …": a passive comparative reporting clause opening the sentence. */
const AS_PASSIVE = /^\s*(?:(?:But|And|Yet|So|Still)\s+)?[Aa]s\s+(?:(?:first|previously|originally|earlier|also)\s+)?$/;

/** Verbs whose how/why complement reports what was said ("explained how …"). */
const EXPLAINING = new Set(['explain', 'note', 'recall', 'recount', 'write', 'tell', 'admit', 'acknowledge']);

/** Per paragraph, the [start, end] ranges covered by marked quotes (sorted, non-overlapping). */
export function markedIntervals(info: ParagraphInfo[], marked: QuoteSpan[]): [number, number][][] {
  const iv: [number, number][][] = info.map(() => []);
  for (const q of marked) {
    for (let pi = q.paragraph; pi <= q.endParagraph && pi < info.length; pi++) {
      const a = pi === q.paragraph ? q.openMark : 0;
      const b = pi === q.endParagraph ? (q.closeMark < 0 ? q.end : q.closeMark) : info[pi].text.length;
      iv[pi].push([a, b]);
    }
  }
  for (const l of iv) l.sort((x, y) => x[0] - y[0]);
  return iv;
}

export function findIndirect(info: ParagraphInfo[], marked: QuoteSpan[], budget?: Budget): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const intervals = markedIntervals(info, marked);
  info.forEach((p, pi) => {
    if (p.text.length > 20000) return; // pathological paragraph: marked quotes only
    if (spent(budget)) return;
    const iv = intervals[pi];
    const inMarks = (pos: number) => {
      const lo = firstIndexNotBefore(iv.length, (i) => iv[i][0] <= pos);
      return lo > 0 && iv[lo - 1][1] >= pos;
    };
    for (let s = 0; s < p.starts.length; s++) {
      const sStart = p.starts[s];
      const sEnd = s + 1 < p.starts.length ? p.starts[s + 1] : p.text.length;
      const ti0 = tokenAt(p.tokens, sStart);
      const ti1 = tokenAt(p.tokens, sEnd);
      const cues = findCues(p.text, p.tokens, ti0, ti1).filter(
        (c) => c.info.indirect !== 'no' && !inMarks(c.token.start) && !negated(p.tokens, c.index),
      );
      const cands: QuoteSpan[] = [];
      for (const cue of cues) {
        const c = reportedClause(p, pi, cue, sStart, sEnd, ti1, inMarks);
        if (c) cands.push(c);
      }
      out.push(...chooseInSentence(p, sStart, cands));
    }
  });
  return out;
}

/**
 * Which of one sentence's candidate reports are quotes: a reporting clause at the end wins (with a coordinated verb
 * after it), else the verbs left to right, a verb inside an earlier clause being nested in it unless coordinated
 * with it. Returns new spans; the candidates are not changed.
 */
function chooseInSentence(p: ParagraphInfo, sStart: number, cands: QuoteSpan[]): QuoteSpan[] {
  if (!cands.length) return [];
  // prefer a reporting clause at the end, else the first (outermost) verb with a named subject
  const named = (q: QuoteSpan) => {
    const t = p.tokens[q.cue!.index - 1];
    return !!t && (isUpper(t.text[0]) || /^(?:he|she|it)$/.test(t.lower)) && !GROUP_NOUNS.has(t.lower);
  };
  let after = cands.find((q) => q.reportAfter);
  // "X said C, according to a person familiar …": the speech verb with a named subject wins over the source
  const source = after?.cue;
  if (source?.according && cands.some((q) => !q.reportAfter && q.cue!.token.start < source.token.start && named(q)))
    after = undefined;
  if (after) {
    // "…, the airline said in a statement, adding that …"
    const more = cands.find(
      (q) => !q.reportAfter && q.cue!.token.start > after.cue!.token.start && coordination(p.text, sStart, q.cue!) >= 0,
    );
    return more ? [after, { ...more, coordinated: true }] : [after];
  }
  // left to right: a verb inside an earlier clause is nested ("X said that Y confirmed …": one quote, X's)
  // unless it is coordinated with the earlier verb ("said A, but warned B", "…, saying B"): then it opens
  // a second quote and ends the first one
  const chosen: QuoteSpan[] = [];
  for (const c of cands) {
    if (c.reportAfter) continue;
    const last = chosen[chosen.length - 1];
    if (!last) {
      chosen.push(c);
      continue;
    }
    const conn = coordination(p.text, sStart, c.cue!);
    if (conn >= 0 && conn > last.start) {
      const end = trimEnd(p.text, last.start, conn);
      chosen[chosen.length - 1] = { ...last, end, text: p.text.slice(last.start, end) };
      const coordinated =
        !subjectBefore(p, c.cue!, conn + 1) ||
        /^\s*,?\s*(?:and|but|while)?\s*$/.test(
          p.text.slice(conn, c.cue!.token.start).replace(/\b(?:also|then|later|further)\b/g, ''),
        );
      chosen.push({ ...c, coordinated });
    } else if (c.cue!.token.start >= last.end) {
      chosen.push(c);
    } else if (ownClauseStart(p, last.start, c.cue!) >= 0) {
      // "one in three said A, and one in four said B": a second report with its own subject ends the first
      const end = trimEnd(p.text, last.start, ownClauseStart(p, last.start, c.cue!));
      chosen[chosen.length - 1] = { ...last, end, text: p.text.slice(last.start, end) };
      chosen.push(c);
    } else if (c.cue!.info.gerund && named(c) && !named(last)) {
      // "media reported President X saying that …": the participle with a named subject is the speaker's verb
      chosen[chosen.length - 1] = c;
    }
  }
  return chosen.filter((c) => wordCount(c.text) >= 3);
}

function reportedClause(
  p: ParagraphInfo,
  pi: number,
  cue: Cue,
  sStart: number,
  sEnd: number,
  ti1: number,
  inMarks: (pos: number) => boolean,
): QuoteSpan | null {
  const text = p.text;
  let end = sEnd;
  while (end > sStart && /[\s.!?”"’]/.test(text[end - 1])) end--;
  /** The content [a, b); tails of the reporter's are looked for after `tailFrom` (past a reporting clause inside it). */
  const mk = (a: number, b: number, reportAfter: boolean, tailFrom = a): QuoteSpan | null => {
    while (a < b && /[\s,:;—–-]/.test(text[a])) a++;
    while (b > a && /[\s,.;:—–-]/.test(text[b - 1])) b--;
    // trailing participial or appositive tails are the reporter's: ", citing …", ", according to …", ", a process that …"
    let from = Math.max(a, tailFrom);
    for (let n = 0; n < 3 && !reportAfter; n++) {
      const tail = TAIL_RE.exec(text.slice(from, b));
      if (!tail || from + tail.index <= Math.max(a, tailFrom)) break;
      const cut = from + tail.index;
      const relative = /^,\s+(?:which|who|whom|whose)\b/.test(tail[0]);
      if (relative && !hasFiniteVerb(p.tokens, tokenAt(p.tokens, Math.max(a, tailFrom)), tokenAt(p.tokens, cut))) {
        // "the Water Bill, which returns next month, would give …": the relative clause is inside the reported subject
        const close = text.indexOf(',', cut + tail[0].length);
        if (close < 0 || close >= b) break;
        from = close;
        continue;
      }
      // "the worst part is not drunk passengers, who he calls “mostly harmless”, but …": the marked words carry it
      if (relative && hasMarkBetween(cut, sEnd, inMarks, text)) return null;
      b = cut;
      break;
    }
    if (!reportAfter) b = secondVerbOfSpeaker(p, cue, Math.max(a, tailFrom), b);
    if (b <= a || wordCount(text.slice(a, b)) < 3) return null;
    return {
      kind: 'INDIRECT',
      text: text.slice(a, b),
      paragraph: pi,
      start: a,
      endParagraph: pi,
      end: b,
      marked: false,
      openMark: -1,
      closeMark: -1,
      cue,
      reportAfter,
    };
  };
  if (cue.according) {
    const np = /^[^,.;:]{0,80}/.exec(text.slice(cue.token.end + 3))?.[0] ?? '';
    if (DOC_NOUNS.test(np)) return null; // "according to LSEG data", "according to a study"
    const before = text.slice(sStart, cue.token.start);
    const toEnd = cue.token.end + 3;
    if (/,\s*$/.test(before) && wordCount(before) >= 3) return mk(sStart, before.lastIndexOf(',') + sStart, true);
    const comma = text.indexOf(',', toEnd);
    if (/^\s*$/.test(before) && comma > 0 && comma < end && comma - toEnd < 120) return mk(comma + 1, end, false);
    return null;
  }
  // reporting clause at the end: "<content>, <subject> said [obj] [adv]." or "<content>, said <subject>."
  const comma = lastCommaBefore(text, sStart, cue.token.start, 90);
  if (comma >= 0) {
    const subj = text.slice(comma + 1, cue.token.start).trim();
    const after = skipAfterCue(text, p.tokens, cue, ti1);
    const rest = text.slice(p.tokens[after - 1].end, sEnd);
    const subjWords = wordCount(subj);
    // "…, the automaker said in a filing with the Ministry of Land, Infrastructure, Transport and Tourism.": a venue tail
    const venueTail =
      /^\s*(?:in|at|on|to|with|during|after)\s+(?:a|an|the|its|his|her|their)\s[^.;:“”"«»]*[.!?]?\s*$/.test(
        text.slice(cue.token.end, sEnd),
      );
    const restOk =
      (/^\s*(?:[.!?]|,|$)/.test(rest) || /^\s*[.!?]?["”]?\s*$/.test(rest) || venueTail) &&
      !/^\s*,?\s*[“"‘«]/.test(rest);
    const subjFirst = subj.split(/\s+/)[0]?.toLowerCase() ?? '';
    // "…, said Jo Roe", "…, said the mayor", "…, said several observers"
    const inverted =
      subjWords === 0 &&
      /^\s+(?:\p{Lu}|(?:the|a|an|several|many|some|most|both|other|two|three|four|five) )/u.test(
        text.slice(cue.token.end, cue.token.end + 9),
      );
    if (
      (subjWords >= 1 &&
        subjWords <= 10 &&
        !/\b(?:that|which|who)\b/.test(subj) &&
        !CLAUSE_OPENERS.has(subjFirst) &&
        restOk) ||
      (inverted && (restOk || invertedSubject(p, cue, sStart, comma, sEnd, ti1)))
    ) {
      const contentStart = sStart;
      const marksAround = /["“”„»«’‘]/.test(text.slice(comma - 1, comma + 1));
      // "In the end, X said, union voters …" / "Voters, X suggested, don't have to …": the reporting clause
      // sits between two parts of one reported sentence, which is the content
      if (!marksAround && subjWords >= 1 && !DOC_NOUNS.test(subj) && midContinuation(rest)) {
        const q = mk(contentStart, end, false, p.tokens[after - 1].end);
        if (q) {
          q.reportAfter = true;
          q.sourceFrom = comma;
        }
        return q;
      }
      if (!marksAround && wordCount(text.slice(contentStart, comma)) >= 4 && !DOC_NOUNS.test(subj)) {
        return mk(contentStart, comma, true);
      }
    }
  }
  // "As X noted, <content>": a comparative reporting clause opening the sentence
  {
    const lead = text.slice(sStart, cue.token.start);
    const after = skipAfterCue(text, p.tokens, cue, ti1);
    const gap = after < ti1 ? text.slice(p.tokens[after - 1].end, p.tokens[after].start) : '';
    if (
      AS_LEAD.test(lead) &&
      !DOC_NOUNS.test(lead) &&
      /^\s*,\s*$/.test(gap) &&
      !cue.info.gerund &&
      !/[“”"«»]/.test(text.slice(cue.token.end, sEnd))
    )
      return mk(p.tokens[after].start, end, false);
    // "As reported by X, <content>": the passive comparative clause names its source after "by"
    const by = p.tokens[cue.index + 1];
    const comma = by?.lower === 'by' ? text.indexOf(',', by.end) : -1;
    if (
      AS_PASSIVE.test(lead) &&
      comma > 0 &&
      comma < end &&
      comma - by.end < 80 &&
      !/[“”"«»]/.test(text.slice(cue.token.end, sEnd))
    ) {
      const q = mk(comma + 1, end, false);
      // the source follows "by" as it follows "according to": the speakers stage reads it there
      if (q) q.cue = { ...cue, according: true };
      return q;
    }
  }
  // forward: "<subject> said (that) <content>"
  if (!subjectBefore(p, cue, sStart) && !cue.info.gerund && coordination(text, sStart, cue) < 0) return null;
  // the verb of a direct quote ("“…,” Smith told reporters outside …") introduces nothing more
  {
    const w0 = Math.max(sStart, cue.token.start - 80);
    const win = text.slice(w0, cue.token.start);
    const k = Math.max(win.lastIndexOf('”'), win.lastIndexOf('"'), win.lastIndexOf('»'), win.lastIndexOf('“'));
    if (k >= 0) {
      const between = win.slice(k + 1);
      const attached = /[,.!?…]$/.test(win.slice(0, k)) || /^,/.test(between);
      const participle = cue.info.gerund && /,\s*$/.test(between);
      // "X, who calls it a “disgrace,” said she …": a phrase quoted inside the subject is not a quote this verb
      // reports (but "It is “a bully,” said Jo Roe, an analyst" is an inverted source after a partial quote)
      const next = cue.index + 1 < ti1 ? p.tokens[cue.index + 1] : undefined;
      const ownSubject = wordCount(between) > 0 || (!!next && (nominative(next) || next.lower === 'that'));
      if (
        attached &&
        !participle &&
        !(ownSubject && embeddedQuote(text, sStart, w0 + k)) &&
        wordCount(between) <= 8 &&
        !/\b(?:and|but)\b|;/.test(between)
      )
        return null;
    }
  }
  // documents are not speakers ("a new assessment warns …")
  if (DOC_SUBJECT.test(text.slice(sStart, cue.token.start))) return null;
  // the subject's head, not any word before the verb ("Asked about the map, Roe said …", "20 percent of people in a poll said")
  if (DOC_NOUNS.test(subjectHead(p, cue, sStart)?.lower ?? '')) return null;
  const i = skipAfterCue(text, p.tokens, cue, ti1);
  if (i >= ti1) return null;
  const t = p.tokens[i];
  // "Among those who said they cared most about X, most backed Y": a relative clause's report ends at its comma
  if (/^(?:who|which)$/.test(subjectToken(p, cue)?.lower ?? '')) {
    const comma = text.indexOf(',', t.start);
    if (comma > 0 && comma < end) end = comma;
  }
  // requests and questions are not statements: "asked not to be named", "urged residents to stay indoors", "asked whether …"
  // …but a reported question is speech: "asked (the mayor) whether the ferry would run …"
  // (not the reporter's own: "I asked her whether …")
  if (cue.info.lemma === 'ask' && !cue.info.gerund && !/^(?:i|we)$/.test(p.tokens[cue.index - 1]?.lower ?? '')) {
    const w = reportedQuestion(p.tokens, cue.index + 1, ti1);
    if (w >= 0) return mk(p.tokens[w].start, end, false);
  }
  // "X vowed to fight the levy", "…, promising to campaign in every ward": a commitment is what was promised
  if (COMMISSIVES.has(cue.info.lemma) && t.lower === 'to' && i === cue.index + 1 && infinitiveAt(p, i + 1, ti1))
    return mk(t.start, end, false);
  if (REQUESTS.has(cue.info.lemma) && t.lower !== 'that') return null;
  if (t.lower === 'that' && /^\s*$/.test(text.slice(p.tokens[i - 1].end, t.start))) return mk(t.end, end, false);
  // "told analysts on a conference call that …", "said in a notice that …": a short complement before "that"
  for (let j = cue.index + 1; j < Math.min(ti1, cue.index + 12); j++) {
    const gap = text.slice(p.tokens[j - 1].end, p.tokens[j].start);
    if (
      /[,;:“”"«»()—]/.test(gap) ||
      (CUES.has(p.tokens[j].lower) && !AMBIGUOUS_CUES.has(p.tokens[j].lower)) ||
      // "told The Post and Courier on Saturday that …": "and" inside a name does not end the complement
      (/^(?:and|but|or)$/.test(p.tokens[j].lower) &&
        !(isUpper(p.tokens[j - 1].text[0]) && isUpper(p.tokens[j + 1]?.text[0] ?? ''))) ||
      // "insisted she hadn’t discussed that …": a clause has begun, its "that" is no complementiser
      (nominative(p.tokens[j]) &&
        !/^(?:when|as|after|before|while|since|because|if|once)$/.test(p.tokens[j - 1].lower)) ||
      /n[’']t$/.test(p.tokens[j].lower) ||
      FINITE_FORMS.has(p.tokens[j].lower) ||
      FINITE_EXTRA.has(p.tokens[j].lower) ||
      /^\d/.test(p.tokens[j].lower)
    )
      break;
    if (p.tokens[j].lower === 'that') {
      if (
        j > cue.index + 1 &&
        !/^(?:is|was|are|were|has|have|had|would|will|could|can|may|might|should|must|does|did)$/.test(
          p.tokens[j + 1]?.lower ?? '',
        )
      )
        return mk(p.tokens[j].end, end, false);
      break;
    }
  }
  // "announced she is expecting …", "confirmed they will …": a that-verb with a bare clause opened by a pronoun
  const pronounClause = cue.info.indirect === 'that' && !cue.info.gerund && CLAUSE_PRONOUNS.has(t.lower);
  // "…, claiming he had disavowed X", "…, arguing the levy would fail": a participle's clause needs a pronoun or
  // an auxiliary early on (not "…, warning residents to stay indoors")
  const participleClause =
    cue.info.gerund &&
    (nominative(t) || p.tokens.slice(i + 1, Math.min(ti1, i + 6)).some((x) => CLAUSE_AUX.has(x.lower)));
  if (
    (cue.info.indirect !== 'bare' && !pronounClause) ||
    (cue.info.gerund && cue.info.lemma !== 'say' && !participleClause)
  )
    return null;
  // "explained how the plan would work", "recalled why she left": an embedded how/why clause is the content
  const howClause =
    (t.lower === 'how' || t.lower === 'why') &&
    EXPLAINING.has(cue.info.lemma) &&
    /^\s*$/.test(text.slice(p.tokens[i - 1].end, t.start));
  // "explained to the board why …", "is telling the crowd how …": a short "to"-phrase or object before how/why
  if (!howClause && EXPLAINING.has(cue.info.lemma) && !cue.info.gerund) {
    for (let j = i + 1; j < Math.min(ti1 - 1, i + 5); j++) {
      if (!/^\s+$/.test(text.slice(p.tokens[j - 1].end, p.tokens[j].start))) break;
      const w = p.tokens[j].lower;
      if (w === 'how' || w === 'why') {
        if (hasFiniteVerb(p.tokens, j + 1, ti1)) return mk(p.tokens[j].start, end, false);
        break;
      }
      if (CUES.has(w) || FINITE_FORMS.has(w) || FINITE_EXTRA.has(w) || w === 'that') break;
    }
  }
  // "said if she is elected, she’ll …": a conditional opening the reported clause
  const condition = /^(?:if|unless)$/.test(t.lower) && /^\s+$/.test(text.slice(p.tokens[i - 1].end, t.start));
  if (!howClause && !condition && !canStartClause(text, p.tokens, i)) return null;
  if (!hasFiniteVerb(p.tokens, i + (howClause || condition ? 1 : 0), ti1)) return null;
  return mk(t.start, end, false);
}

/**
 * "…, said Ana Ruiz." / "…, said the company's chief executive, Jo Roe.": after an inverted verb, a short noun
 * phrase with no verb of its own (then the sentence end or an apposition), and a content before the comma that
 * has a finite verb ("Jane Roe, the mayor, said the plan …" is a forward report).
 */
function invertedSubject(
  p: ParagraphInfo,
  cue: Cue,
  sStart: number,
  comma: number,
  sEnd: number,
  ti1: number,
): boolean {
  if (cue.info.gerund || /[“”"«»]/.test(p.text.slice(cue.token.end, sEnd))) return false;
  const from = cue.index + 1;
  let stop = from;
  while (
    stop < ti1 &&
    stop - from < 9 &&
    (stop === from || !/[,;:(—]/.test(p.text.slice(p.tokens[stop - 1].end, p.tokens[stop].start)))
  )
    stop++;
  if (stop - from > 8 || stop === from) return false;
  if (stop < ti1 && !/,/.test(p.text.slice(p.tokens[stop - 1].end, p.tokens[stop].start))) return false;
  // "said Steve Grubbs, an operative …": a name's words are not verbs, whatever their ending
  const words = p.tokens.slice(from, stop);
  const name = words.every((t) => /^\p{Lu}/u.test(t.text) || NAME_JOINERS.has(t.lower));
  // "…, said several harbor pilots": a noun phrase opened by a quantifier, its plural no verb
  const quantified =
    /^(?:several|many|some|most|both|other|two|three|four|five)$/.test(words[0]?.lower ?? '') &&
    !words.some((t) => CLAUSE_AUX.has(t.lower) || /ed$/.test(t.lower));
  if (!name && !quantified && hasFiniteVerb(p.tokens, from, stop)) return false;
  return hasFiniteVerb(p.tokens, tokenAt(p.tokens, sStart), tokenAt(p.tokens, comma));
}

/** Index of the wh-word or "whether"/"if" opening a reported question within a short object after "asked", or -1. */
function reportedQuestion(tokens: Token[], from: number, to: number): number {
  for (let j = from; j < Math.min(to, from + 5); j++) {
    const l = tokens[j].lower;
    // after an object, who/whom/which are relative ("asked anyone who saw the van to call")
    if (/^(?:whether|if|why|how|what|when|where)$/.test(l) || (j === from && /^(?:who|whom|which)$/.test(l)))
      return j + 1 < to ? j : -1;
    if (!/^[\p{L}'’.-]+$/u.test(tokens[j].text) || /^(?:to|for|about|not|that|and|but)$/.test(l)) return -1;
  }
  return -1;
}
