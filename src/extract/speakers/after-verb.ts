/**
 * Subjects after the verb: inverted cues ("said Doo Jin-ho, a …", "said Ofwat chief executive Helen Garside", "said the
 * NIS") and "according to X" (also "according to a statement from X"). subject-before.ts has the subject
 * before the verb.
 */
import { isPrep, type Cue } from '../quotes/cues.js';
import type { Mention } from '../mentions/table.js';
import { tokenAt as tokenIndexAt } from '../doc/text.js';
import { DET, type Found } from './noun-phrases.js';
import { PRON } from '../lexicon/function-words.js';
import { BARE_ORG_NOUNS } from '../lexicon/organisation-words.js';
import { GROUP_NOUNS, PERSON_NOUNS } from '../lexicon/person-words.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { orgByNoun, refOf } from './entity-nouns.js';
import { entityAt, nounPhrase, pick } from './noun-phrases.js';
import type { SpeakerContext } from './context.js';

const ISSUED_BY =
  /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|release|post|notice|letter|filing|spokes(?:wo)?man|spokesperson)\s+(?:from|by|of|issued by|for)\s+/u;

/** A person named right after title words starting at token `j` ("chief executive Helen Garside"), or null. */
function personAfterTitle(ctx: SpeakerContext, pi: number, j: number, winEnd: number): Mention | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  for (let n = 0; j < toks.length && n < 4 && toks[j].start < winEnd; j++, n++) {
    if (n > 0 && !/^(?:\s|\.\s)$/.test(p.text.slice(toks[j - 1].end, toks[j].start))) return null;
    const pm = pick(ctx.byStart[pi].get(toks[j].start));
    if (pm?.type === 'person') return pm;
    const l = toks[j].lower.replace(/\.$/, '');
    // "said Idaho nutritional-supplement executive Frank Roe": lower-case role words after a place or a body
    if (!(TITLES.has(l) || TITLE_MODIFIERS.has(l) || /^(?:executive|officer|general|affairs|spokes\w+)$/.test(l)))
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(toks[j].text) || isPrep(l) || CUES.has(l) || DET.has(l)) return null;
  }
  return null;
}

/** Subject after an inverted cue: "said Doo Jin-ho, a …", "said the NIS". */
export function subjectAfter(ctx: SpeakerContext, pi: number, ci: number, winEnd: number): Found {
  const p = ctx.info[pi];
  const toks = p.tokens;
  for (let j = ci + 1; j < toks.length && j <= ci + 5 && toks[j].start < winEnd; j++) {
    if (/[,.;:“”"]/.test(p.text.slice(toks[j - 1].end, toks[j].start))) break;
    const m = pick(ctx.byStart[pi].get(toks[j].start), true);
    if (m && m.type !== 'person') {
      // "said Ofwat chief executive Helen Garside": the person the organisation's title belongs to
      const person = personAfterTitle(ctx, pi, tokenIndexAt(toks, m.end), winEnd);
      if (person) return { ref: refOf(ctx, person), text: p.text.slice(m.fullStart, person.end), final: true };
    }
    if (m) return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
    const l = toks[j].lower;
    if (PRON.has(l)) {
      if (/^\s*(?:[,.;:!?]|$)/.test(p.text.slice(toks[j].end, toks[j].end + 2)))
        return { ref: null, text: toks[j].text, pronoun: l as Found['pronoun'] };
      return { ref: null, text: null };
    }
    if (
      !(
        DET.has(l) ||
        TITLES.has(l.replace(/\.$/, '')) ||
        TITLE_MODIFIERS.has(l) ||
        /^\p{Lu}/u.test(toks[j].text) ||
        /['’]s$/.test(l)
      )
    ) {
      // a role noun before the name ("said resident Tom Hill", "said party spokesman X") — keep looking
      const roleLike =
        (PERSON_NOUNS.has(l) || GROUP_NOUNS.has(l) || /^[a-z-]+$/.test(l)) &&
        !isPrep(l) &&
        !CUES.has(l) &&
        !PRON.has(l) &&
        !/^(?:and|or|but|that|which|who|as|when|while)$/.test(l);
      const next = toks[j + 1];
      // "said the bureau's director, James Roe": the name after the comma (below)
      if (roleLike && next && /^,\s*$/.test(p.text.slice(toks[j].end, next.start)) && /^\p{Lu}/u.test(next.text)) break;
      if (
        roleLike &&
        next &&
        next.start < winEnd &&
        /^\s+$/.test(p.text.slice(toks[j].end, next.start)) &&
        (/^\p{Lu}/u.test(next.text) || TITLES.has(next.lower))
      )
        continue;
      return { ref: null, text: null, final: GROUP_NOUNS.has(l) || TITLES.has(l) || PERSON_NOUNS.has(l) };
    }
  }
  // "said the team's coach, Jürgen Klopp": a role phrase, then the name
  const comma = p.text.indexOf(',', toks[ci].end);
  if (comma > 0 && comma - toks[ci].end < 60 && comma < winEnd && !/[.;:“”"]/.test(p.text.slice(toks[ci].end, comma))) {
    let q = comma + 1;
    while (q < p.text.length && p.text[q] === ' ') q++;
    const m = pick(ctx.byStart[pi].get(q), true);
    if (m && m.type !== 'place') return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
  }
  // an unnamed role after the verb ("said the official") is a speaker we cannot name
  const nx = toks[ci + 1];
  if (nx && DET.has(nx.lower) && nx.start < winEnd)
    return {
      ref: null,
      text: p.text.slice(nx.start, Math.min(winEnd, comma > 0 ? comma : winEnd)).trim(),
      final: true,
    };
  return { ref: null, text: null };
}

/** "according to X": the first entity of the noun phrase after "to", unless it follows a preposition. */
export function according(ctx: SpeakerContext, pi: number, cue: Cue): Found {
  const p = ctx.info[pi];
  const toks = p.tokens;
  const from = cue.index + 2;
  // "according to a statement from the Millbrook Police Department": the body that issued it
  const issued = ISSUED_BY.exec(p.text.slice(toks[from]?.start ?? p.text.length, (toks[from]?.start ?? 0) + 80));
  if (issued) {
    const f = entityAt(ctx, pi, toks[from].start + issued[0].length);
    if (f) return f;
  }
  for (let j = from; j < toks.length && j < from + 8; j++) {
    if (/[,.;:“”"]/.test(p.text.slice(toks[j - 1].end, toks[j].start)) && j > from) break;
    const l = toks[j].lower;
    if (j > from && isPrep(l)) break;
    const m = pick(ctx.byStart[pi].get(toks[j].start), true);
    if (m) {
      if (m.possessive && m.type !== 'descriptor') continue; // "Ukraine's Military Intelligence Directorate"
      const after = p.text.slice(m.end, m.end + 20);
      if (m.type === 'place' && /^\s+\p{Ll}/u.test(after)) continue; // "Russian news agency TASS", "Russia media"
      return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
    }
    if (GROUP_NOUNS.has(l)) {
      // "according to police": the police force the article names, as for "police said"
      const org = BARE_ORG_NOUNS.has(l) ? orgByNoun(ctx, l, [], pi, toks[j].start, false) : null;
      return { ref: org === null ? null : { type: 'organisation', ref: org }, text: toks[j].text, final: true };
    }
    const endNP =
      j + 1 >= toks.length || /[,.;:]/.test(p.text.slice(toks[j].end, toks[j + 1].start)) || isPrep(toks[j + 1].lower);
    if (endNP && /^\p{Ll}/u.test(toks[j].text)) {
      const np = nounPhrase(ctx, pi, j, toks[from].start);
      if (np.ref) return np;
      return { ref: null, text: np.text, final: true };
    }
  }
  return { ref: null, text: null };
}
