/**
 * The shape of a reported clause and of the subject before its speech verb, read token by token: whether a clause
 * has a finite verb, whether the words before a cue can be its subject and what that subject's head is.
 */
import type { Cue } from './cues.js';
import { isPrep } from './cues.js';
import type { Token } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { NEGATION, SUBJECT_STOP, PRONOUN_SUBJ } from '../lexicon/function-words.js';
import { AUX, BE, FINITE_EXTRA, FINITE_FORMS } from '../lexicon/verb-words.js';
import { GROUP_NOUNS } from '../lexicon/person-words.js';
import { CATENATIVE, CUES } from '../lexicon/speech-verbs.js';
import { NOT_INFINITIVE, NOT_PLAIN_VERB, PLAIN_VERBS } from '../lexicon/reported-clause-words.js';

export const NOT_VERB_BEFORE =
  /^(?:the|a|an|two|three|four|five|many|some|all|these|those|its|their|his|her|our|my|your|several|few|other|more|most|\d[\d,.]*)$/;

/** Nominative pronouns ("it" and "you" are also objects: "said it", "told you"). */
export const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
export const DO_FORMS = new Set([
  'do',
  'does',
  'did',
  "don't",
  'am',
  "he's",
  "she's",
  "it's",
  "they're",
  "we're",
  "i'm",
]);

/** A nominative pronoun, alone or with a contracted auxiliary ("she", "she’ll", "they’re"). */
export function nominative(t: Token | undefined): boolean {
  return !!t && CLAUSE_PRONOUNS.has(t.lower.replace(/[’'](?:ll|d|s|re|ve|m)$/, ''));
}

/** A bare reported clause has a finite verb early on ("the presence … could be"), unlike an object NP. */
export function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  // "said he and his rival differ …": a nominative pronoun opens a clause, whatever its verb
  // "said she’ll leave …": a contracted auxiliary on the pronoun
  if (nominative(tokens[from]) && (from + 1 < to || /[’']/.test(tokens[from].lower))) return true;
  for (let j = from; j < Math.min(to, from + 15); j++) {
    const l = tokens[j].lower.replace('’', "'");
    if (DO_FORMS.has(l)) return true;
    // "declared a state of emergency and said …": the next verb is the speaker's own, not the clause's
    if ((l === 'and' || l === 'but') && CUES.has(tokens[j + 1]?.lower ?? '')) return false;
    if (FINITE_FORMS.has(l) || FINITE_EXTRA.has(l) || (/ed$/.test(l) && l.length > 3 && !/eed$/.test(l))) return true; // "died", "fled"
    if (/[^s]s$/.test(l) && j > from && !NOT_VERB_BEFORE.test(tokens[j - 1].lower) && l.length > 3) return true;
    // "saying fishermen need to …", "said people misunderstand him": a verb in its plain form after a plural noun
    if (j > from && /^(?:\p{Ll}*(?:[^su']s|men)|people|children)$/u.test(tokens[j - 1].text)) {
      if (PLAIN_VERBS.has(l)) return true;
      const plain = /^\p{Ll}+$/u.test(tokens[j].text) && !/(?:ly|ing|ed|s)$/.test(l);
      if (j === from + 1 && plain && !NOT_PLAIN_VERB.has(l) && !isPrep(l)) return true;
    }
  }
  return false;
}

/** Is the text right before the cue a plausible subject (name, pronoun, noun phrase)? */
export function subjectBefore(p: ParagraphInfo, cue: Cue, sStart: number): boolean {
  let k = cue.index - 1;
  // "X is continuing to insist …", "X went on to say …": a catenative verb and "to" stand between subject and cue
  let catenative = false;
  if (p.tokens[k]?.lower === 'to' && CATENATIVE.has(p.tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    catenative = true;
  }
  if (
    p.tokens[k]?.lower === 'to' &&
    p.tokens[k - 1]?.lower === 'on' &&
    /^(?:went|goes|go|going)$/.test(p.tokens[k - 2]?.lower ?? '')
  )
    k -= 3;
  // "X is suggesting …", "X is continuing to insist …", "X is expected to argue …": the form of be
  const progressive = catenative || cue.token.lower.endsWith('ing');
  while (
    k >= 0 &&
    p.tokens[k].start >= sStart &&
    (AUX.has(p.tokens[k].lower) || (progressive && BE.has(p.tokens[k].lower) && p.tokens[k].lower !== "it's")) &&
    !PRONOUN_SUBJ.has(p.tokens[k].lower)
  )
    k--;
  if (k < 0 || p.tokens[k].start < sStart) return false;
  const t = p.tokens[k];
  const gap = p.text.slice(t.end, p.tokens[k + 1]?.start ?? t.end);
  if (/[“”"«»]/.test(gap) && !embeddedQuote(p.text, sStart, t.end + gap.search(/[”"»]/))) return false;
  if (
    SUBJECT_STOP.has(t.lower) &&
    !(
      t.lower === 'who' &&
      (/,\s*$/.test(p.text.slice(Math.max(0, t.start - 3), t.start)) ||
        peopleBefore(p.tokens[k - 1]) ||
        // "a councillor whose ward backed X but who suggested …"
        /^(?:and|but)$/.test(p.tokens[k - 1]?.lower ?? ''))
    )
  )
    return false;
  if (/^(?:is|was|were|are|be|been|to)$/.test(t.lower)) return false;
  return true;
}

/**
 * Whether the marked phrase closing at `close` is embedded in a clause ("who calls it a “disgrace,” said …"): its
 * opening mark follows a word, not the sentence start or a colon, so it is not the quote a following verb reports.
 */
export function embeddedQuote(text: string, sStart: number, close: number): boolean {
  if (close < 0) return false;
  const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
  return open > sStart && /[\p{L}\p{N}]\s+$/u.test(text.slice(sStart, open));
}

/** The word before the cue's verb group (its auxiliaries and adverbs skipped). */
export function subjectToken(p: ParagraphInfo, cue: Cue): Token | undefined {
  let k = cue.index - 1;
  while (k > 0 && (AUX.has(p.tokens[k].lower) || BE.has(p.tokens[k].lower))) k--;
  return p.tokens[k];
}

/**
 * The head word of the subject before a cue: the last word before the verb group, or before the first preposition
 * of the subject ("20 percent of people in a poll said" → "percent", "a new assessment warns" → "assessment").
 */
export function subjectHead(p: ParagraphInfo, cue: Cue, sStart: number): Token | undefined {
  let h = cue.index - 1;
  while (h > 0 && p.tokens[h].start > sStart && AUX.has(p.tokens[h].lower)) h--;
  let from = h;
  while (
    from > 0 &&
    p.tokens[from - 1].start >= sStart &&
    !/[,;:]/.test(p.text.slice(p.tokens[from - 1].end, p.tokens[from].start))
  )
    from--;
  for (let j = from + 1; j <= h; j++) if (isPrep(p.tokens[j].lower)) return p.tokens[j - 1];
  return p.tokens[h]?.start >= sStart ? p.tokens[h] : undefined;
}

/** "members who said …", "residents who told …": a restrictive relative clause on a noun for people. */
export function peopleBefore(t: Token | undefined): boolean {
  return (
    !!t &&
    (/^\p{Ll}/u.test(t.text) || /^\d/.test(t.text)) &&
    (GROUP_NOUNS.has(t.lower) ||
      /(?:ers|ents|ants|ists|ians|ors|people)$/.test(t.lower) ||
      // "those who said …", "64 percent who say …", "four in 10 who said …"
      /^(?:those|others|many|some|most|few|percent|\d[\d,.]*%?)$/.test(t.lower))
  );
}

/** Whether the token at `j` can be the verb of an infinitive ("to fight", not "to the voters", "to 2030"). */
export function infinitiveAt(p: ParagraphInfo, j: number, limit: number): boolean {
  const t = p.tokens[j];
  if (!t || j >= limit || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.text)) return false;
  if (!/^\s+$/.test(p.text.slice(p.tokens[j - 1].end, t.start))) return false;
  return !NOT_INFINITIVE.has(t.lower) && !isPrep(t.lower) && !/(?:ly|ing|ed)$/.test(t.lower);
}

export function negated(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const l = tokens[k].lower;
    if (NEGATION.has(l) || l.endsWith("n't") || l.endsWith('n’t')) return true;
    if (!AUX.has(l)) break;
  }
  return false;
}
