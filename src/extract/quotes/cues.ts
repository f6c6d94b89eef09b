/**
 * Shallow clause analysis around speech verbs, shared by quotes.ts (reported speech) and speakers.ts
 * (attribution). Works on tokens of one paragraph; every scan is bounded by a small window.
 */
import type { Token } from '../doc/text.js';
import { PREP, CLAUSE_BLOCK } from '../lexicon/function-words.js';
import { BE, AUX, NOT_AFTER } from '../lexicon/verb-words.js';
import { ORG_ROLE_NOUNS } from '../lexicon/organisation-words.js';
import { GROUP_NOUNS } from '../lexicon/person-words.js';
import { AMBIGUOUS_CUES, CATENATIVE, CUES, type CueInfo, OBJECT_VERBS, VENUE_END } from '../lexicon/speech-verbs.js';

export interface Cue {
  /** token index in the paragraph token array */
  index: number;
  token: Token;
  info: CueInfo;
  /** "according to X", or "(as) reported by X": the source is the noun phrase two tokens after the cue */
  according?: boolean;
}

/** Words in AUX that, right after a speech verb, start the reported clause instead ("said each soldier …"). */
/** A determiner or pronoun after the first word of an object starts the reported clause ("told reporters the …"). */
const OBJ_END =
  /^(?:the|a|an|this|these|those|his|her|its|their|our|it|he|she|they|we|there|no|some|many|most|all|any)$/;
const AUXV = /^(?:is|was|are|were|has|have|had|would|will|could|can|may|might|should|must|did|does)$/;
/** Subjects of poll reports ("4 in 10 say", "a third say", "47% say", "those surveyed say"). */
export const QUANTITY =
  /^(?:\d[\d,.]*%?|percent|one|two|three|four|five|six|seven|eight|nine|ten|dozen|half|third|thirds|quarter|quarters|fifth|fifths|majority|majorities|minority|most|many|some|few|fewer|none|both|others|surveyed|polled|questioned|who)$/;
export const isPrep = (w: string) => PREP.has(w);

/** Find cue verbs among tokens [from, to). Capitalised forms are skipped unless sentence-initial gerunds. */
export function findCues(text: string, tokens: Token[], from = 0, to = tokens.length): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push({
        index: i,
        token: t,
        info: { lemma: 'according to', indirect: 'bare', gerund: false },
        according: true,
      });
      continue;
    }
    const info = CUES.get(t.lower);
    if (!info) continue;
    // "Post", "Reports" are names; "Said Carter: “…”" opens an inverted attribution
    if (
      t.text[0] !== t.lower[0] &&
      !(
        /^(?:Said|Says|Added|Adds)$/.test(t.text) &&
        /^\s+[^.!?“"]{1,60}[:,]\s*[“"]/u.test(text.slice(t.end, t.end + 80))
      ) &&
      !headlineVerb(tokens, i)
    )
      continue;
    const prev = tokens[i - 1];
    // passive "was told", "is said to": not a speech act by the subject; "is declaring" is the progressive
    if (prev && BE.has(prev.lower) && text.slice(prev.end, t.start).trim() === '') {
      if (!progressive(prev, info)) continue;
      out.push({ index: i, token: t, info: { ...info, gerund: false } });
      continue;
    }
    // "with the recall", "his comment", "a warning": after a determiner the word is a noun
    if (
      prev &&
      /^(?:the|a|an|this|its|his|her|their|our|my|your|every|each|no)$/.test(prev.lower) &&
      text.slice(prev.end, t.start) === ' '
    )
      continue;
    if (AMBIGUOUS_CUES.has(t.lower)) {
      // "Russia dismissed reports of …", "the claim that …": nouns, not verbs
      const gap = prev ? text.slice(prev.end, t.start) : '';
      const plural =
        /(?:[^su]s|people|police)$/.test(prev?.lower ?? '') &&
        /^(?:say|tell|add|claim|warn|insist|note|argue|report|estimate|predict|explain|allege|complain|charge|state|hope|fear|admit)$/.test(
          t.lower,
        );
      const subj =
        prev &&
        (gap === ' ' || (gap === ', ' && QUANTITY.test(prev.lower))) &&
        (/^\p{Lu}/u.test(prev.text) ||
          (QUANTITY.test(prev.lower) && /^(?:say|tell|add|warn|insist|note|argue|claim)$/.test(t.lower)) ||
          /^(?:he|she|it|they|we|i|you|and)$/.test(prev.lower) ||
          GROUP_NOUNS.has(prev.lower) ||
          ORG_ROLE_NOUNS.has(prev.lower) ||
          plural);
      const adv =
        prev &&
        gap === ' ' &&
        (/ly$/.test(prev.lower) || /^(?:also|still|now|often|always|never)$/.test(prev.lower)) &&
        tokens[i - 2] &&
        (/^\p{Lu}|^(?:he|she|it|they|we)$/u.test(tokens[i - 2].text) || /(?:[^su]s|people)$/.test(tokens[i - 2].lower));
      // "sources close to the campaign say she …", "rushed to TV to say he …": a verb before a clause's pronoun
      const beforeClause =
        /^(?:say|tell|add|claim|warn|insist|note|argue|predict|explain|admit|complain)$/.test(t.lower) &&
        text.slice(t.end, tokens[i + 1]?.start ?? t.end) === ' ' &&
        /^(?:he|she|they|we)$/.test(tokens[i + 1]?.lower ?? '') &&
        !/^(?:the|a|an|this|its|his|her|their|our|my|your)$/.test(prev?.lower ?? '');
      // "went on to say, “…”": an infinitive introducing a quote is a verb
      // "went on to say that …": an infinitive before "that" is a verb too
      const infinitive =
        prev?.lower === 'to' &&
        gap === ' ' &&
        (/^\s*[,:]/.test(text.slice(t.end, t.end + 2)) ||
          /^ that\s/.test(text.slice(t.end, t.end + 6)) ||
          tokens[i - 2]?.lower === 'on' ||
          CATENATIVE.has(tokens[i - 2]?.lower ?? ''));
      // right after a closing quote mark ("“…,” laughs X") the word is a verb
      if (!subj && !adv && !infinitive && !beforeClause && !/^,\s*$/.test(gap) && !/[”»"]\s*$/.test(gap)) continue;
    }
    out.push({ index: i, token: t, info });
  }
  return out;
}

/** "is declaring", "were warning": a form of be before a participle in -ing is the progressive, not the passive. */
function progressive(be: Token, info: CueInfo): boolean {
  return info.gerund && be.lower !== 'get' && be.lower !== 'got' && be.lower !== 'being';
}

/**
 * "Roe Says The Levy Will Fail": a capitalised present-tense speech verb inside a headline-cased run, with at least two
 * capitalised words on each side and no word in lower case but short function words.
 */
function headlineVerb(tokens: Token[], i: number): boolean {
  if (!/^(?:Says|Tells|Warns|Claims|Insists|Admits|Vows|Predicts|Suggests|Argues|Promises)$/.test(tokens[i].text))
    return false;
  const titled = (t: Token | undefined) =>
    !!t && (/^[\p{Lu}\d]/u.test(t.text) || /^(?:a|an|the|of|to|in|on|for|and|or|at|by|with|as)$/.test(t.text));
  const side = (from: number, step: number) => {
    let capitals = 0;
    for (let k = from, n = 0; n < 4 && tokens[k]; k += step, n++) {
      if (!titled(tokens[k])) return false;
      if (/^\p{Lu}/u.test(tokens[k].text)) capitals++;
    }
    return capitals >= 2;
  };
  return side(i - 1, -1) || (i >= 1 && /^\p{Lu}/u.test(tokens[i - 1].text) && side(i + 1, 1));
}

/**
 * Skip the object and adverbials after a cue: "told lawmakers Wednesday", "said in a statement on Friday".
 * Returns the index of the first token after them (may be tokens.length).
 */
export function skipAfterCue(text: string, tokens: Token[], cue: Cue, limit: number): number {
  let i = cue.index + 1;
  if (cue.according) return i + 1;
  const gap = (a: number) => text.slice(tokens[a - 1].end, tokens[a].start);
  if (OBJECT_VERBS.has(cue.info.lemma) && i < limit && /^\s*$/.test(gap(i))) {
    // object NP: up to 5 tokens, stop at that/punctuation/time words/prepositions
    let k = i;
    let n = 0;
    while (
      k < limit &&
      n < 5 &&
      /^\s*$/.test(gap(k)) &&
      tokens[k].lower !== 'that' &&
      !AUX.has(tokens[k].lower) &&
      !PREP.has(tokens[k].lower) &&
      !(
        n > 0 &&
        (OBJ_END.test(tokens[k].lower) || /^(?:he|she|they|we|i)[’'](?:ll|d|s|re|ve|m)$/.test(tokens[k].lower))
      ) &&
      // "told jurors Okafor used …": a name after a common-noun object starts the clause (not "reporters Monday")
      !(
        n > 0 &&
        /^\p{Lu}/u.test(tokens[k].text) &&
        /^\p{Ll}/u.test(tokens[k - 1].text) &&
        !OBJ_END.test(tokens[k - 1].lower) &&
        !AUX.has(tokens[k].lower)
      )
    ) {
      k++;
      n++;
    }
    if (n > 0 && n < 5) i = k;
  }
  for (let guard = 0; guard < 12 && i < limit; guard++) {
    if (!/^\s*$/.test(gap(i)) && !/^\s*,\s*$/.test(gap(i))) break;
    if (/,/.test(gap(i)) && guard === 0 && i === cue.index + 1) break;
    const w = tokens[i].lower;
    if (NOT_AFTER.has(w)) break;
    // "has said for weeks he …", "has argued for years that …": a duration after the verb
    if (w === 'for' && /^(?:days|weeks|months|years|decades|some|a)$/.test(tokens[i + 1]?.lower ?? '')) {
      const unit = tokens[i + 1].lower === 'some' || tokens[i + 1].lower === 'a' ? tokens[i + 2] : tokens[i + 1];
      if (unit && /^(?:days|weeks|months|years|decades|time|while)$/.test(unit.lower) && /^\s+$/.test(gap(i + 1))) {
        i = unit === tokens[i + 1] ? i + 2 : i + 3;
        continue;
      }
    }
    if (w === 'on' || w === 'last' || w === 'this' || w === 'late' || w === 'early' || AUX.has(w)) {
      if (w === 'on' && !/day$/.test(tokens[i + 1]?.lower ?? '')) break;
      if (
        (w === 'this' || w === 'last' || w === 'late' || w === 'early') &&
        !/^(?:week|month|year|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in)$/.test(
          tokens[i + 1]?.lower ?? '',
        )
      )
        break;
      i++;
      continue;
    }
    if (
      (w === 'in' || w === 'at' || w === 'during' || w === 'after' || w === 'before' || w === 'via') &&
      i + 1 < limit
    ) {
      let k = i + 1;
      let found = -1;
      for (; k < Math.min(limit, i + 8); k++) {
        if (/[,.;:“”"]/.test(gap(k))) break;
        if (VENUE_END.has(tokens[k].lower.replace(/s$/, '')) || VENUE_END.has(tokens[k].lower)) found = k;
      }
      if (found > 0) {
        i = found + 1;
        continue;
      }
      break;
    }
    break;
  }
  return i;
}

/** True when the token at `i` can start a reported clause ("the troops …", "it was …", "North Korea …"). */
export function canStartClause(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  const gap = text.slice(tokens[i - 1]?.end ?? 0, t.start);
  if (/[“"«‘:,;.!?—–()]/.test(gap)) return false;
  if (CLAUSE_BLOCK.has(t.lower)) {
    // "said no teachers would …", "said about 140 employees were …"
    const n1 = tokens[i + 1]?.lower ?? '';
    const n2 = tokens[i + 2]?.lower ?? '';
    if (t.lower === 'no' && (AUXV.test(n2) || AUXV.test(tokens[i + 3]?.lower ?? ''))) return true;
    if (t.lower === 'about' && /^(?:\d.*|half|a|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(n1))
      return true;
    // "said there had been …", "said there are advantages …", "said there certainly was …": an existential clause
    const existential = /^(?:is|are|was|were|has|had|have|will|would|could|can|may|might|should|must)$/;
    if (t.lower === 'there' && (existential.test(n1) || (/ly$/.test(n1) && existential.test(n2)))) return true;
    return false;
  }
  return true;
}

export { BE };
