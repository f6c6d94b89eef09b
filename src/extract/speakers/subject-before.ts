/**
 * The subject before a speech verb (after an inverted cue and after "according to": after-verb.ts). What a noun phrase, pronoun or description found there refers to is noun-phrases.ts.
 *
 * Order of evidence for a marked quote: a speech verb right after it (", said X" / ", X said" / ", X told
 * reporters"), a speech verb before it in its sentence ("X said: “…”", "X called it a “lie”"), a short
 * attribution sentence right after it ("“…” Smith said."), a paragraph ending in "X said:", and finally
 * continuation of the previous quote's speaker (the quote before it ended in this or the previous paragraph).
 * The subject of a verb is found by a bounded backward scan: auxiliaries and time adverbials are skipped,
 * appositions between commas are stepped over, possessives ("Putin's spokesman") and nouns after
 * prepositions are never the subject. Pronouns go to the most recent compatible speaker or person.
 * Places become speakers only as governments (a country or capital named as the subject of a speech verb).
 * What stands between a subject and its verb (parentheses, time phrases, dashes, appositions) is
 * between-subject-and-verb.ts.
 */
import { isPrep } from '../quotes/cues.js';
import type { Mention } from '../mentions/table.js';
import { tokenAt as tokenIndexAt, type Token } from '../doc/text.js';
import { isEastAsianSurname } from '../mentions/names.js';
import { DET, type Found } from './noun-phrases.js';

import { DAYS, MONTH_SET, COMMON_START, PRON, INDEFINITE } from '../lexicon/function-words.js';
import { AUX, VERB_ADVERBS, FINITE_FORMS, PAST_EXTRA } from '../lexicon/verb-words.js';
import { LAW_HEADS, ORG_ROLE_NOUNS, ORG_HEAD_WORDS, ORG_NOUN_MATCH } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, GROUP_NOUNS, NATIONAL_NOUN, PERSON_NOUNS } from '../lexicon/person-words.js';
import { AMBIGUOUS_CUES, CUES } from '../lexicon/speech-verbs.js';
import { REFLEXIVES, TIME_ADVERBS } from '../lexicon/subject-modifiers.js';
import { TITLES } from '../lexicon/titles.js';
import { orgByNoun, refOf } from './entity-nouns.js';
import { adoptOrg, mentionEndingAt, nounPhrase, pick, roleBefore } from './noun-phrases.js';
import type { SpeakerContext } from './context.js';
import {
  beforeParenthesis,
  possessiveBeforeNoun,
  mannerAdverb,
  beforeTimePhrase,
  DASH_GAP,
  subjectAroundDashes,
  personOfPlace,
  personOpeningBlock,
  APPOSITION_HOPS,
  namedObjectOfApposition,
  subjectPosition,
} from './between-subject-and-verb.js';

/** Surname endings common in news (Slavic, Georgian, Armenian, Turkish, Nordic, Germanic, Greek, Italian, Iberian). */
const SURNAME_SHAPE =
  /^\p{Lu}\p{Ll}{2,}(?:skyy?|skiy|ski|ska|wicz|vich|ovic|ević|enko|chuk|yuk|ov|ova|ev|eva|ina|yan|dze|shvili|oğlu|oglu|sson|sen|stein|berg|mann|akis|opoulos|elli|etti|ini|ucci|ez|az)$/u;

/** A lone name speaks as a person when its quote is in the first person singular, or anywhere in the article
 * it is followed by "said he/she …" ("Hargreaves said he would rest two players"). */
function speaksAsPerson(ctx: SpeakerContext, name: string): boolean {
  if (/(?:^|[^\p{L}'’])(?:I|me|my|I['’](?:m|ve|ll|d))(?![\p{L}'’])/u.test(ctx.quoteText)) return true;
  if (!ctx.pronounSubjects) {
    ctx.pronounSubjects = new Set();
    const re =
      /(\p{Lu}[\p{Ll}'’-]+),? (?:(?:also|later|then) )?(?:said|says|told|tells|added|adds|explained|insisted|argued|noted|claimed|admitted|recalled|recalls)\b[^.;:“”"]{0,30}?\b(?:he|she|his|her)\b/gu;
    for (const p of ctx.info) {
      if (p.text.length > 20000) continue;
      for (const m of p.text.matchAll(re)) ctx.pronounSubjects.add(m[1]);
    }
  }
  return ctx.pronounSubjects.has(name);
}

/** Subject of the cue at token index `ci`, scanning back no further than `winStart`. */
export function subjectBefore(ctx: SpeakerContext, pi: number, ci: number, winStart: number, depth = 0): Found {
  const f = subjectCore(ctx, pi, ci, winStart);
  const toks = ctx.info[pi].tokens;
  const cueTok = toks[ci];
  // a participle ("…, saying …", "issued a statement calling …") takes the subject of the finite verb before it
  let kk = ci - 1;
  while (kk >= 0 && /^(?:also|then|later|further|again|separately)$/.test(toks[kk].lower)) kk--;
  const coordinated = kk >= 0 && /^(?:and|but)$/.test(toks[kk].lower);
  // "with one man shouting …": a participle with its own (unnamed) subject does not take the main verb's subject
  const ownSubject =
    !coordinated &&
    f.final &&
    !!f.text &&
    /^(?:one|a|an|another|some)\s/i.test(f.text) &&
    !/\b(?:statement|release|post|letter|notice)\b/.test(f.text);
  // an infinitive ("X went on to say", "X was prompted to say") takes the subject of the verb before it too
  const infinitive = toks[ci - 1]?.lower === 'to';
  if (
    !f.ref &&
    !f.pronoun &&
    !ownSubject &&
    depth === 0 &&
    cueTok &&
    (/ing$/.test(cueTok.lower) || coordinated || infinitive)
  ) {
    let impersonal: Found | null = null;
    for (let k = ci - 1; k >= 0 && k >= ci - 40 && toks[k].start >= winStart; k--) {
      const l = toks[k].lower;
      if (/^\p{Lu}/u.test(toks[k].text) || AUX.has(l) || isPrep(l) || DET.has(l) || PRON.has(l)) continue;
      if (!(/ed$/.test(l) && l.length > 4) && !FINITE_FORMS.has(l) && !PAST_EXTRA.has(l) && !CUES.has(l)) continue;
      // "Dr Askew said the trust was prioritising … but warned that …": a verb inside an earlier speech verb's
      // reported clause is not the one the and/but joins; that speech verb's subject speaks
      if (coordinated) {
        for (let j = k - 1; j >= 0 && toks[j].start >= winStart; j--) {
          if (!CUES.has(toks[j].lower) || AMBIGUOUS_CUES.has(toks[j].lower) || /^\p{Lu}/u.test(toks[j].text)) continue;
          const h = subjectCore(ctx, pi, j, winStart);
          if (h.ref || h.pronoun) return h;
          break;
        }
      }
      const g = subjectCore(ctx, pi, k, winStart);
      // "Roe apologized for the columns after they came out, saying …": "they"/"it" of a verb in a subordinate clause
      // is kept only when no named subject of an earlier verb takes the participle
      if (g.pronoun && /^(?:they|it)$/.test(g.pronoun) && /ing$/.test(cueTok.lower)) {
        impersonal ??= g;
        continue;
      }
      if (g.ref || g.pronoun) return g;
    }
    if (impersonal) return impersonal;
    if (coordinated) {
      const first = clauseSubjectBefore(ctx, pi, kk, winStart);
      if (first) return first;
    }
  }
  return f;
}

/**
 * "Mrs. Roe shook her head and said", "Roe supports “…,” opposes “…” and recalled": when the verb the and/but joins is
 * not a known form, the name that opens the clause before it, followed by a lower-case word, is the shared subject.
 */
function clauseSubjectBefore(ctx: SpeakerContext, pi: number, andAt: number, winStart: number): Found | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let i0 = tokenIndexAt(toks, winStart);
  // past an introductory clause ("Asked on Monday whether …, Mrs. Roe shook …")
  for (let j = andAt - 1; j > i0; j--)
    if (/,\s*$/.test(p.text.slice(toks[j - 1].end, toks[j].start)) && /^\p{Lu}/u.test(toks[j].text)) {
      const pm = pick(ctx.byStart[pi].get(toks[j].start));
      if (pm && (pm.type === 'person' || pm.type === 'org')) {
        i0 = j;
        break;
      }
    }
  const first = toks[i0];
  if (!first || i0 >= andAt) return null;
  const m = pick(ctx.byStart[pi].get(first.start));
  if (!m || (m.type !== 'person' && m.type !== 'org') || m.possessive) return null;
  const next = toks[tokenIndexAt(toks, m.end)];
  if (!next || tokenIndexAt(toks, m.end) >= andAt || !/^\s+$/.test(p.text.slice(m.end, next.start))) return null;
  const l = next.lower;
  if (
    !/^\p{Ll}+$/u.test(next.text) ||
    isPrep(l) ||
    DET.has(l) ||
    PRON.has(l) ||
    /^(?:and|or|but|that|which|who)$/.test(l)
  )
    return null;
  return { ref: refOf(ctx, m), text: m.text, final: true };
}

function subjectCore(ctx: SpeakerContext, pi: number, ci: number, winStart: number): Found {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let k = ci > 0 ? beforeTimePhrase(p.text, toks, ci - 1, winStart) : -1;
  // auxiliaries and adverbs between the subject and the verb: "has also said", "He often said", "she later told"
  while (
    k >= 0 &&
    toks[k].start >= winStart &&
    (AUX.has(toks[k].lower) ||
      VERB_ADVERBS.has(toks[k].lower) ||
      REFLEXIVES.has(toks[k].lower) ||
      TIME_ADVERBS.has(toks[k].lower) ||
      mannerAdverb(toks[k].text)) &&
    !PRON.has(toks[k].lower) &&
    !/,/.test(p.text.slice(toks[k].end, toks[k + 1].start))
  )
    k--;
  if (k < 0 || toks[k].start < winStart) return { ref: null, text: null };
  if (possessiveBeforeNoun(toks, ci, k)) return { ref: null, text: null };
  k = beforeTimePhrase(p.text, toks, k, winStart);
  k = beforeParenthesis(ctx, pi, k, winStart);
  const t = toks[k];
  const gapAfter = p.text.slice(t.end, toks[k + 1]?.start ?? t.end);
  if (/[“”"«»]/.test(gapAfter)) return { ref: null, text: null };
  const dashed = DASH_GAP.test(gapAfter) ? subjectAroundDashes(ctx, pi, t.start, winStart) : null;
  if (dashed) return dashed;
  // "Luz Alvarado, a tenant organizer, who said …": the antecedent of "who"
  let relComma = -1;
  if (t.lower === 'who' && k > 0 && /,\s*$/.test(p.text.slice(toks[k - 1].end, t.start)))
    relComma = p.text.lastIndexOf(',', t.start);
  if (!/,/.test(gapAfter) && relComma < 0) {
    if (PRON.has(t.lower)) return { ref: null, text: t.text, pronoun: t.lower as Found['pronoun'] };
    let m = mentionEndingAt(ctx, pi, t.end);
    const ofPlace = m && m.type !== 'person' ? personOfPlace(ctx, pi, m, winStart) : null;
    if (ofPlace) return ofPlace;
    if (m && m.type === 'place' && !m.country?.length) m = null;
    if (m && m.type === 'place' && NATIONAL_NOUN.test(m.text) && /^the$/i.test(toks[k - 1]?.lower ?? ''))
      return nounPhrase(ctx, pi, k, winStart);
    if (m && subjectPosition(ctx, pi, m, winStart, toks[ci]?.lower.endsWith('ing'))) {
      // "The dockworkers' union and the employers' association announced": a joint subject is no one speaker
      if (coordinatedWith(ctx, pi, m.fullStart, winStart))
        return { ref: null, text: p.text.slice(winStart, m.end).trim(), final: true };
      return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end).trim() || m.text, final: true };
    }
    if (m) {
      // "a spokeswoman for the European Commission said"
      const role = roleBefore(ctx, pi, m);
      if (role !== null && (m.type === 'org' || m.type === 'descriptor'))
        return { ref: refOf(ctx, m), text: p.text.slice(role, m.end), personal: true, final: true };
      const ci0 = clauseInitial(ctx, pi, winStart, k, t);
      if (ci0) return ci0;
      if (m.type !== 'place') return { ref: null, text: null };
    }
    // "The Tariff Board in March said": a date is not the subject
    if (MONTH_SET.has(t.lower) || DAYS.has(t.lower))
      return clauseInitial(ctx, pi, winStart, k, t) ?? { ref: null, text: null };
    // "a Trump-style retort", "Kremlin-backed media": a name with a lower-case suffix is an adjective, not a subject
    if (/^\p{Lu}/u.test(t.text) && !m && /-\p{Ll}+$/u.test(t.text)) return { ref: null, text: null };
    if (/^\p{Lu}/u.test(t.text) && !m) {
      // an unknown capitalised subject of a speech verb is an organisation ("Cricket Australia said", "Veltron said")
      let j = k;
      while (
        j > 0 &&
        k - j < 4 &&
        toks[j - 1].start >= winStart &&
        /^\p{Lu}/u.test(toks[j - 1].text) &&
        p.text.slice(toks[j - 1].end, toks[j].start) === ' ' &&
        !COMMON_START.has(toks[j - 1].lower) &&
        // "CNBC's Becky Quick said": the possessor is not part of the subject's name
        !/['’]s$/.test(toks[j - 1].text)
      )
        j--;
      const name = p.text.slice(toks[j].start, t.end);
      // "Analysts at Hauck Bernstein said": the name is where the subject works, not the subject
      if (
        j > 0 &&
        toks[j - 1].start >= winStart &&
        isPrep(toks[j - 1].lower) &&
        /^\s+$/.test(p.text.slice(toks[j - 1].end, toks[j].start))
      ) {
        // "Analysts at Brackley Sinclair said": a firm whose name looks like a person's is the speaker (the group works there)
        const group = toks[j - 2];
        if (
          toks[j - 1].lower === 'at' &&
          group &&
          group.start >= winStart &&
          /^(?:analysts|economists|strategists|researchers|traders)$/i.test(group.text)
        ) {
          const r = ctx.entities.addOrganisation(name, null, 'COMPANY');
          adoptOrg(ctx, r, pi, toks[j].start, t.end);
          return { ref: { type: 'organisation', ref: r }, text: name, final: true };
        }
        return clauseInitial(ctx, pi, winStart, k, t) ?? { ref: null, text: null, final: true };
      }
      const single = j === k;
      // "Union says …" in a headline, "Council said": a generic organisation noun stands for the one named, else no one
      if (single && (ORG_NOUN_MATCH[t.lower] || ORG_HEAD_WORDS.has(t.lower))) {
        const org = orgByNoun(ctx, t.lower, [], pi, t.start, true);
        return { ref: org === null ? null : { type: 'organisation', ref: org }, text: name, final: true };
      }
      const personNoun = NATIONAL_NOUN.test(name) || PERSON_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower);
      const plural = single && /(?:ers|ists|ians|ants|ents|ors|ics|ees|ives|ies|men|women|people)$/.test(t.lower);
      if (single && (personNoun || plural)) return nounPhrase(ctx, pi, k, winStart);
      if (LAW_HEADS.has(t.lower)) return { ref: null, text: name, final: true }; // "the Clean Rivers Act says"
      const ok =
        !COMMON_START.has(toks[j].lower) &&
        !TITLES.has(toks[j].lower) &&
        !/^(?:I|We|You)$/.test(name) &&
        !/ly$/.test(toks[j].lower);
      // "Becky Quick said": a common given name and a word that is not a name's is still a person's name
      const givenFirst = !single && k - j <= 2 && GIVEN_NAMES.has(toks[j].lower);
      if (
        ok &&
        (givenFirst || (single && (SURNAME_SHAPE.test(name) || isEastAsianSurname(name) || speaksAsPerson(ctx, name))))
      ) {
        // "Zelenskyy thanked …": a lone word shaped like a surname is a person
        const r = ctx.entities.addPerson(name);
        return { ref: { type: 'person', ref: r }, text: name, final: true };
      }
      if (ok) {
        const r = ctx.entities.addOrganisation(name, /^\p{Lu}{2,6}$/u.test(name) ? name : null, 'OTHER');
        ctx.spokenOrgs.add(r);
        adoptOrg(ctx, r, pi, toks[j].start, t.end);
        return { ref: { type: 'organisation', ref: r }, text: name, final: true };
      }
    }
    const np = nounPhrase(ctx, pi, k, winStart);
    const prep = prepositionBefore(ctx, pi, k, winStart);
    if (np.ref && prep > 0) {
      // "a spokesman for the union said" speaks for it; "A person close to the company said" is someone else
      const before = toks[prep - 1].lower;
      if (ORG_ROLE_NOUNS.has(before) || /^spokes/.test(before)) return { ...np, personal: true };
      return clauseInitial(ctx, pi, winStart, k, t) ?? { ref: null, text: null, final: true };
    }
    return np;
  }
  // apposition: "X, a member of …, said" / "Putin's spokesman, Dmitry Peskov, called"
  let commaPos = relComma >= 0 ? relComma : t.end + gapAfter.indexOf(',');
  if (relComma >= 0) {
    const m0 = mentionEndingAt(ctx, pi, relComma);
    if (m0 && m0.type !== 'place')
      return { ref: refOf(ctx, m0), text: p.text.slice(m0.fullStart, m0.end), final: true };
  }
  for (let hop = 0; hop < APPOSITION_HOPS; hop++) {
    const prevComma = p.text.lastIndexOf(',', commaPos - 1);
    const blockStart = prevComma >= winStart ? prevComma + 1 : -1;
    if (blockStart < 0) break;
    const block = p.text.slice(blockStart, commaPos);
    if (/[“”"«»;:]/.test(block) || block.length > 220) break;
    const bt = block.trim();
    const inner = mentionEndingAt(ctx, pi, blockStart + block.trimEnd().length);
    // "Another pollster, David Roe of Clemson University, said": the person named with the body they come from
    const named = inner ? personOpeningBlock(ctx, pi, blockStart, inner, winStart) : null;
    if (named) return named;
    if (
      inner &&
      inner.fullStart <= blockStart + (block.length - block.trimStart().length) + 1 &&
      bt.length <= inner.end - inner.fullStart + 1
    ) {
      // "a welder from Dayton, Ohio, says", "whose hometown, Miami, is …, argues": a place set off by commas is part
      // of the apposition around it
      if (inner.type === 'place') {
        commaPos = prevComma;
        continue;
      }
      const object = namedObjectOfApposition(ctx, pi, inner, prevComma, winStart);
      if (object) return object;
      const prevPerson = mentionEndingAt(ctx, pi, prevComma);
      if (!(inner.type === 'org' && /^\p{Lu}{2,5}$/u.test(bt) && prevPerson?.type === 'person'))
        return { ref: refOf(ctx, inner), text: inner.text, final: true };
      commaPos = prevComma;
      continue;
    }
    const m = mentionEndingAt(ctx, pi, prevComma);
    if (m && m.type !== 'place' && (relComma >= 0 || subjectPosition(ctx, pi, m, winStart)))
      return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
    // "A spokesperson for Zoomcab, the state's second-largest app, said": the role speaks for the organisation
    const role = m && (m.type === 'org' || m.type === 'descriptor') ? roleBefore(ctx, pi, m) : null;
    if (m && role !== null && role >= winStart)
      return { ref: refOf(ctx, m), text: p.text.slice(role, m.end), personal: true, final: true };
    // "Norway, one of the guarantors, said": a country at the start of its clause with an apposition speaks as a government
    if (
      m &&
      m.type === 'place' &&
      m.country &&
      /^(?:one of|a|an|the|which|whose|home to)\b/.test(bt) &&
      /^(?:\s*(?:and|but|meanwhile|however),?)?\s*$/i.test(p.text.slice(winStart, m.fullStart))
    ) {
      return { ref: refOf(ctx, m), text: m.text, final: true };
    }
    const before = p.text.slice(Math.max(winStart, prevComma - 30), prevComma).match(/\b(he|she|it|they)$/i);
    if (before) return { ref: null, text: before[1], pronoun: before[1].toLowerCase() as Found['pronoun'] };
    commaPos = prevComma;
  }
  return clauseInitial(ctx, pi, winStart, k, t) ?? { ref: null, text: null };
}

/** The clause-initial noun phrase, followed by modifiers: "Park, who sits …, told", "Greene of Queens, who …, said",
 * "The 23-year-old from Bunbury, who …, said". */
function clauseInitial(ctx: SpeakerContext, pi: number, winStart: number, k: number, t: Token): Found | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let i0 = tokenIndexAt(toks, winStart);
  if (i0 >= toks.length) i0 = -1;
  // "Outside court, Chief Inspector X of Y said": an introductory phrase before the clause's subject
  if (
    i0 >= 0 &&
    (isPrep(toks[i0].lower) ||
      /^(?:outside|inside|later|earlier|afterwards|meanwhile|separately|however|\p{Ll}+ly)$/u.test(toks[i0].lower))
  ) {
    for (let j = i0 + 1; j < k && j - i0 <= 6; j++) {
      const gap = p.text.slice(toks[j - 1].end, toks[j].start);
      if (/^,\s+$/.test(gap)) {
        i0 = j;
        break;
      }
      if (!/^\s+$/.test(gap)) break;
    }
  }
  if (i0 >= 0 && i0 < k) {
    const first = toks[i0];
    const m = pick(ctx.byStart[pi].get(first.start));
    const modified = (x: Mention) =>
      x.end < t.end && /^(?:,\s*(?:who|a|an|the|\p{Ll})|\s+(?:of|from|in|at)\s)/u.test(p.text.slice(x.end, x.end + 8));
    if (m && m.type !== 'place' && modified(m)) return { ref: refOf(ctx, m), text: m.text, final: true };
    // "Labor economist Kevin Liang of Western Pacific University said": role words, then the person
    for (let j = i0 + 1; j < k && j - i0 <= 5; j++) {
      if (!/^(?:\s|\.\s)$/.test(p.text.slice(toks[j - 1].end, toks[j].start))) break;
      const l = toks[j - 1].lower;
      if (CUES.has(l) || AUX.has(l) || PRON.has(l) || isPrep(l) || /^(?:and|or|but|that|which|who)$/.test(l)) break;
      const pm = pick(ctx.byStart[pi].get(toks[j].start));
      if (pm?.type === 'person' && modified(pm)) return { ref: refOf(ctx, pm), text: pm.text, final: true };
      if (pm) break;
    }
    // first NP up to a preposition or comma
    let j = i0;
    while (
      j + 1 < k &&
      j - i0 < 6 &&
      /^\s+$/.test(p.text.slice(toks[j].end, toks[j + 1].start)) &&
      !isPrep(toks[j + 1].lower)
    )
      j++;
    if (!m && DET.has(first.lower)) {
      const np = nounPhrase(ctx, pi, j, winStart);
      if (np.ref || np.pronoun) return np;
      // "Another resident, who did not want to be named, said": an unnamed person, never the last named one
      if (INDEFINITE.has(first.lower)) return { ref: null, text: np.text, final: true };
    }
  }
  return null;
}

/** Index of the preposition before the common-noun phrase ending at token `k` ("close to the company"), or -1. */
function prepositionBefore(ctx: SpeakerContext, pi: number, k: number, winStart: number): number {
  const p = ctx.info[pi];
  const toks = p.tokens;
  for (let j = k - 1; j >= 0 && k - j <= 5 && toks[j].start >= winStart; j--) {
    if (!/^['’]?\s+$/.test(p.text.slice(toks[j].end, toks[j + 1].start))) return -1;
    if (isPrep(toks[j].lower)) return j;
    if (/^\p{Lu}/u.test(toks[j].text) && !DET.has(toks[j].lower)) return -1;
    if (CUES.has(toks[j].lower) && !(j > 0 && DET.has(toks[j - 1].lower))) return -1;
  }
  return -1;
}

/** Does the subject starting at `start` follow "X and (the)" with X a named entity (a joint subject)? */
function coordinatedWith(ctx: SpeakerContext, pi: number, start: number, winStart: number): boolean {
  const p = ctx.info[pi];
  const mm = /(\S)\s+and\s+(?:the\s+)?$/i.exec(p.text.slice(Math.max(winStart, start - 12), start));
  if (!mm) return false;
  const end = start - mm[0].length + 1;
  const other = mentionEndingAt(ctx, pi, end);
  return !!other && (other.type !== 'place' || !!other.country) && other.fullStart >= winStart;
}
