/**
 * Where a reported clause ends: tails of the reporter's (relative clauses, participles, appositions), the speaker's
 * second verb, a second report with its own subject, a coordinated speech verb.
 */
import type { Cue } from './cues.js';
import { tokenAt, wordCount } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { FINITE_FORMS, PAST_EXTRA } from '../lexicon/verb-words.js';
import { CUES } from '../lexicon/speech-verbs.js';

/**
 * Where a reported clause ends: relative and concessive clauses, participles, numeric appositions and a second
 * verb of the speaker ("… and urged residents …", "… but defended the call") belong to the reporter.
 */
export const TAIL_RE = new RegExp(
  [
    ',\\s+(?:which|when|though|although|while|whereas|who|whom|whose|where)\\b',
    ',\\s+(?:citing|according to|adding|saying|noting|warning|giving|prompting|leaving|making|sending|raising|bringing|forcing|allowing|urging|describing|calling|referring|pointing|speaking|stressing|insisting|arguing)\\b',
    ',\\s+in a (?:statement|post|letter|report|interview)\\b',
    ',\\s+(?:a|an) (?:figure|number|level|rise|fall|drop|increase|decrease|record|move|decision|step|claim|charge|allegation|accusation|process|sum|total|amount|estimate|assertion|view|position)\\b',
    ',\\s+(?:a|an) [a-z-]+ (?:that|which|who)\\b',
    ',\\s+(?:double|triple|half|up from|down from|compared with|compared to|subject to|excluding|including what)\\b',
    ',\\s+(?:and|but|while)\\s+(?=[A-Z][a-z])(?!That\\b|The\\b)',
    '\\s(?:and|but)\\s+(?:also\\s+)?(?:urged|refused|declined|defended|rejected|blamed|thanked|apologi[sz]ed|vowed|promised|pledged|called|dismissed|praised|critici[sz]ed|accused|appealed|asked|insisted|stressed|acknowledged|conceded|admitted|added|warned|noted|said|told|argued|welcomed|denied|expressed|announced|confirmed)\\b',
  ].join('|'),
);

/** Irregular past forms (a coordinated verb in the tense of "said"). */
export const PAST_FORMS = new Set([...FINITE_FORMS, ...PAST_EXTRA].filter((w) => !/s$/.test(w) && w !== 'were'));

/**
 * Where the speaker's own second verb starts, in the tense of the cue: "says he respects X and calls her …",
 * "said the plan failed, and he railed against …" — or `b` when there is none.
 */
export function secondVerbOfSpeaker(p: ParagraphInfo, cue: Cue, a: number, b: number): number {
  if (cue.info.gerund || cue.according) return b;
  const present = /s$/.test(cue.token.lower);
  const sameTense = (w: string) => (present ? /[^s]s$/.test(w) : /ed$/.test(w) || PAST_FORMS.has(w));
  const toks = p.tokens;
  for (let j = tokenAt(toks, a) + 1; j < toks.length - 1 && toks[j].end <= b; j++) {
    if (toks[j].lower !== 'and' && toks[j].lower !== 'but') continue;
    const comma = /,\s*$/.test(p.text.slice(toks[j - 1].end, toks[j].start));
    let k = j + 1;
    // ", and he railed against …", ", but she has bristled …": a new clause of the reporter's, its subject a
    // pronoun, its verb in the past or after an auxiliary of fact (not a modal of the reported clause)
    const pronoun = comma && /^(?:he|she|they)$/.test(toks[k].lower);
    if (pronoun) k++;
    if (toks[k]?.lower === 'also' || toks[k]?.lower === 'then' || toks[k]?.lower === 'later') k++;
    const w = toks[k]?.lower ?? '';
    if (!toks[k] || toks[k].end > b) continue;
    if (pronoun && ((!present && /ed$/.test(w) && !FINITE_FORMS.has(w)) || /^(?:has|had|did|does)$/.test(w)))
      return trimEnd(p.text, a, toks[j].start);
    if (!pronoun && sameTense(w) && CUES.has(w) && CUES.get(w)!.lemma !== w) return trimEnd(p.text, a, toks[j].start);
  }
  return b;
}

/**
 * Offset of the clause boundary (", and", ", but", ", while", ";", "—") before a speech verb with its own short
 * subject ("…, and one in four said …", "…; 26 percent say …"), after `from`; or -1.
 */
export function ownClauseStart(p: ParagraphInfo, from: number, cue: Cue): number {
  const toks = p.tokens;
  for (let j = cue.index - 1; j >= 0 && j >= cue.index - 7 && toks[j].start > from; j--) {
    const gap = p.text.slice(toks[j - 1]?.end ?? 0, toks[j].start);
    if (/[;—–]/.test(gap)) return j === cue.index - 1 ? -1 : (toks[j - 1]?.end ?? -1);
    if (/,/.test(gap)) {
      const joined = /^(?:and|but|while|whereas)$/.test(toks[j].lower) && j < cue.index - 1;
      return joined && !CUES.has(toks[j + 1].lower) ? toks[j - 1].end : -1;
    }
    if (CUES.has(toks[j].lower) || FINITE_FORMS.has(toks[j].lower)) return -1;
    // "… about the towns and one in four said …": a poll share after a bare "and" is a subject of its own
    if (
      /^(?:and|but)$/.test(toks[j].lower) &&
      toks.slice(j + 1, cue.index).some((t) => /^(?:\d|one$|half$|most$)/.test(t.lower))
    )
      return toks[j - 1]?.end ?? -1;
  }
  return -1;
}

/**
 * Offset where a coordinated speech verb's connector starts (", but warned", "and said", ", saying", also after a
 * closing mark: "…,” claiming …"), or -1.
 */
export function coordination(text: string, sStart: number, cue: Cue): number {
  const before = text.slice(Math.max(sStart, cue.token.start - 40), cue.token.start);
  const base = Math.max(sStart, cue.token.start - 40);
  const m =
    /(,[”"]?\s*(?:and|but|while|although|though|whereas)?|\s(?:and|but|although|though|while|whereas))\s+(?:(?:he|she|it|they)\s+)?(?:(?:has|have|had|would|will)\s+)?(?:(?:also|then|later|further|separately|again)\s+)?$/.exec(
      before,
    );
  if (m) return base + m.index;
  return -1;
}

/**
 * After a parenthetical reporting clause, the rest of the reported sentence: ", union voters almost always …" —
 * not a second verb of the speaker (", adding …", ", and …"), a relative clause or a marked quote.
 */
export function midContinuation(rest: string): boolean {
  const m = /^\s*,\s*(\S+)/.exec(rest);
  if (!m || /[“”"«»]/.test(rest) || wordCount(rest) < 3) return false;
  return !/^(?:and|but|or|who|whom|whose|which|where|when|while|as|according|citing|in|at|on|to|after|before|during|from|with|without|than|though|although|\p{Ll}+ing)$/u.test(
    m[1].toLowerCase(),
  );
}

export function hasMarkBetween(a: number, b: number, inMarks: (pos: number) => boolean, text: string): boolean {
  for (let i = a; i < b; i++) if (/[“”"«»]/.test(text[i]) && inMarks(i)) return true;
  return false;
}

export function trimEnd(text: string, a: number, b: number): number {
  while (b > a && /[\s,.;:—–-]/.test(text[b - 1])) b--;
  return b;
}

export function lastCommaBefore(text: string, from: number, to: number, maxDist: number): number {
  for (let j = to - 1; j >= Math.max(from, to - maxDist); j--) {
    const c = text[j];
    if (c === ',') return j;
    // a period after a letter inside one sentence is an abbreviation ("Ms. Roe said", "Dr. Roe")
    if (c === '.' && j > from && /\p{L}/u.test(text[j - 1])) continue;
    if (c === '.' || c === ';' || c === ':' || c === '“' || c === '”' || c === '"') return -1;
  }
  return -1;
}
