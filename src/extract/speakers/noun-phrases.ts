/**
 * Which entity a noun phrase in subject position stands for: a mention ending at a position, a common-noun phrase
 * ("the 52-year-old", "the union", "a ministry spokesman", "The county health department"), a role phrase before an
 * organisation ("a spokeswoman for X"), a pronoun.
 */
import type { SpeakerRef } from '../types.js';
import { isPrep } from '../quotes/cues.js';
import type { Mention } from '../mentions/table.js';
import { tokenAt as tokenIndexAt } from '../doc/text.js';
import { sentenceStart } from '../mentions/runs.js';
import { stripPoss } from '../doc/text.js';
import { DET } from '../lexicon/function-words.js';
import {
  ORG_ROLE_NOUNS,
  GENERIC_MODS,
  ORG_HEAD_WORDS,
  ORG_NOUN_MATCH,
  PUBLIC_BODY_HEADS,
} from '../lexicon/organisation-words.js';
import { GROUP_NOUNS, NATIONAL_NOUN, PERSON_NOUNS } from '../lexicon/person-words.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { POSTNOMINALS, TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';
import {
  countryOrg,
  describedBody,
  forgetOrgs,
  mainCountry,
  orgByNoun,
  personWithDescription,
  refOf,
} from './entity-nouns.js';
import { lastMention, resolvePerson } from './memory.js';
import { type SpeakerContext, genderOf } from './context.js';

/** What a subject search found. */
export interface Found {
  ref: SpeakerRef | null;
  text: string | null;
  /** pronoun to resolve later */
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** role noun standing for an organisation ("the NIS chief"): a person-like speaker */
  personal?: boolean;
  /** found a subject that is not an entity (a group, an unnamed official): stop looking */
  final?: boolean;
}

export { DET };

/** An organisation found only as a subject ("Veltron said", "Rockford police said", "A Loopwise spokesperson") becomes a
 * mention there, and a lone word also wherever else it stands alone, so that "the company", "police" and "it" can
 * refer back to it later. */
export function adoptOrg(ctx: SpeakerContext, ref: number, pi: number, start: number, end: number): void {
  const text = ctx.info[pi].text.slice(start, end);
  addOrgMention(ctx, ref, pi, start, end, text, false);
  if (ctx.adopted.has(ref)) {
    forgetOrgs(ctx);
    return;
  }
  ctx.adopted.add(ref);
  if (/^\p{Lu}[\p{L}\p{N}&-]+$/u.test(text)) {
    ctx.info.forEach((p, q) => {
      if (p.text.length > 50000) return;
      let at = p.text.indexOf(text);
      for (let n = 0; at >= 0 && n < 50; n++, at = p.text.indexOf(text, at + 1)) {
        const before = p.text.slice(Math.max(0, at - 30), at);
        const after = p.text.slice(at + text.length, at + text.length + 30);
        if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}-]/u.test(after)) continue; // inside another word
        if (/\p{Lu}[\p{L}.]*\s$/u.test(before) && !/(?:^|[.!?:;]\s*|[“"]\s*)\p{Lu}\p{Ll}*\s$/u.test(before)) continue; // inside a longer name
        if (/^\s\p{Lu}/u.test(after)) continue;
        const possessive = /^['’]s\b/.test(after);
        addOrgMention(ctx, ref, q, at, at + text.length, text, possessive);
      }
    });
  }
  forgetOrgs(ctx);
}

function addOrgMention(
  ctx: SpeakerContext,
  ref: number,
  pi: number,
  start: number,
  end: number,
  text: string,
  possessive: boolean,
): void {
  if (ctx.byEnd[pi].get(end)?.some((m) => m.type === 'org' && m.ref === ref)) return;
  const m: Mention = { paragraph: pi, start, end, type: 'org', ref, text, possessive, fullStart: start };
  ctx.idx.mentions.push(m);
  const list = ctx.idx.byParagraph[pi];
  let i = list.length;
  while (i > 0 && list[i - 1].start > start) i--;
  list.splice(i, 0, m);
  const e = ctx.byEnd[pi];
  (e.get(end) ?? e.set(end, []).get(end)!).push(m);
  const st = ctx.byStart[pi];
  (st.get(start) ?? st.set(start, []).get(start)!).push(m);
  ctx.idx.organisations[ref].mentions++;
}

export function pick(ms: Mention[] | undefined, allowPossessive = false): Mention | null {
  if (!ms) return null;
  const order = ['person', 'org', 'descriptor', 'place'];
  const c = ms
    .filter((m) => allowPossessive || !m.possessive)
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return c[0] ?? null;
}

export function mentionEndingAt(ctx: SpeakerContext, pi: number, end: number): Mention | null {
  const m = pick(ctx.byEnd[pi].get(end));
  if (m) return m;
  // "Callum Reid MP said", "Rachel Doe KC, representing …, told": the person before the postnominal letters
  const pn = /\s(\p{Lu}[\p{L}]{0,2})\.?$/u.exec(ctx.info[pi].text.slice(Math.max(0, end - 6), end));
  if (!pn || !POSTNOMINALS.has(pn[1])) return null;
  const person = pick(ctx.byEnd[pi].get(end - pn[0].length));
  return person?.type === 'person' ? person : null;
}

/** "a spokeswoman for X" / "an official at X": start of the role phrase before the org mention, or null. */
export function roleBefore(ctx: SpeakerContext, pi: number, m: Mention): number | null {
  const p = ctx.info[pi];
  const mm =
    /(?:^|\s)((?:an?|the)\s+)?(?:\p{Ll}+\s+)?(spokes(?:wo)?man|spokesperson|official|officials|representative|director|head|chief|chairman|chairwoman|president|secretary|minister|member|statement|lawyer|attorney|analysts?|economists?|strategists?)\s+(?:for|at|of|with|from)\s+(?:the\s+)?$/u.exec(
      p.text
        .slice(Math.max(0, m.fullStart - 60), m.fullStart)
        .replace(/(?<=^|[.!?\s])(Analysts?|Economists?|Strategists?) /, (w) => w.toLowerCase()),
    );
  return mm ? m.fullStart - mm[0].length + (mm[0].length - mm[0].trimStart().length) : null;
}

/** A common-noun subject: "the 52-year-old", "the union", "The central bank", "A Loopwise spokesperson", "police". */
export function nounPhrase(ctx: SpeakerContext, pi: number, k: number, winStart: number): Found {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let j = k;
  while (
    j > 0 &&
    toks[j - 1].start >= winStart &&
    k - j < 5 &&
    !DET.has(toks[j].lower) &&
    // "The employers' association": a plural possessive modifier
    (/^\s+$/.test(p.text.slice(toks[j - 1].end, toks[j].start)) ||
      (/^['’]\s+$/.test(p.text.slice(toks[j - 1].end, toks[j].start)) && /s$/.test(toks[j - 1].lower))) &&
    !isPrep(toks[j - 1].lower) &&
    // "the state health department": a verb-shaped modifier right after a determiner is not a cue
    !(CUES.has(toks[j - 1].lower) && !(j >= 2 && DET.has(toks[j - 2].lower))) &&
    !/^(?:that|which|who|whom|and|but|or|as|if|when|while|because)$/.test(toks[j - 1].lower)
  )
    j--;
  const words = toks.slice(j, k + 1);
  const text = p.text.slice(toks[j].start, toks[k].end);
  const head = toks[k].lower;
  const det = words[0] && DET.has(words[0].lower) ? words[0].lower : undefined;
  const definite = det === 'the' || det === 'this' || det === 'that';
  const mods = words.filter((w, i) => i < words.length - 1 && !DET.has(w.lower));
  const pos = toks[k].start;
  // organisation named as a modifier: "the NIS chief", "A Loopwise spokesperson"
  if (ORG_ROLE_NOUNS.has(head) || /^spokes/.test(head)) {
    for (let i = mods.length - 1; i >= 0; i--) {
      const om = pick(ctx.byEnd[pi].get(mods[i].end)) ?? pick(ctx.byEnd[pi].get(mods[i].end - 2), true);
      if (om && (om.type === 'org' || om.type === 'descriptor'))
        return { ref: refOf(ctx, om), text, personal: true, final: true };
      if (
        om &&
        om.type === 'place' &&
        om.country &&
        /^(?:government|presidential|foreign|defen[cs]e)$/.test(mods[i + 1]?.lower ?? '')
      )
        break;
      // "District officials said" at a sentence's start: the generic noun, not an organisation called "District"
      if (i === 0 && !om && ORG_NOUN_MATCH[mods[i].lower] && sentenceStart(p.text, mods[i].start)) {
        const org = orgByNoun(ctx, mods[i].lower, [], pi, pos, true);
        return { ref: org === null ? null : { type: 'organisation', ref: org }, text, personal: true, final: true };
      }
      if (/^\p{Lu}/u.test(mods[i].text) && !om) {
        // "Northern Link’s managing director": the whole capitalised name before the role
        let f = i;
        while (f > 0 && /^\p{Lu}/u.test(mods[f - 1].text) && !/['’]s$/.test(mods[f - 1].text)) f--;
        const name = stripPoss(p.text.slice(mods[f].start, mods[i].end));
        const r = ctx.entities.addOrganisation(name, null, 'OTHER');
        adoptOrg(ctx, r, pi, mods[f].start, mods[f].start + name.length);
        return { ref: { type: 'organisation', ref: r }, text, personal: true, final: true };
      }
    }
    // "a ministry spokesman", "the club's spokeswoman": the organisation of that kind named in the article
    for (let i = mods.length - 1; i >= 0; i--) {
      const org = /^\p{Ll}/u.test(mods[i].text) ? orgByNoun(ctx, stripPoss(mods[i].lower), [], pi, pos, true) : null;
      if (org !== null) return { ref: { type: 'organisation', ref: org }, text, personal: true, final: true };
    }
    const d = pick(ctx.byEnd[pi].get(toks[k].end));
    if (d) return { ref: refOf(ctx, d), text: d.text, personal: true, final: true };
    if (/^spokes/.test(head) && definite && ctx.lastSpeaker?.ref.type === 'organisation')
      return { ref: ctx.lastSpeaker.ref, text, personal: true, final: true };
  }
  // "the Goldfinch analysts wrote": a firm's analysts speak for the firm named before by its first word
  if (/^(?:analysts?|economists?|strategists?)$/.test(head)) {
    const firm = mods.find((md) => /^\p{Lu}/u.test(md.text));
    const r = firm
      ? ctx.idx.organisations.findIndex((o) => o.name.split(' ')[0] === stripPoss(firm.text) && o.kind === 'COMPANY')
      : -1;
    if (r >= 0) return { ref: { type: 'organisation', ref: r }, text, final: true };
  }
  const d = pick(ctx.byEnd[pi].get(toks[k].end));
  if (d && d.type === 'descriptor') return { ref: refOf(ctx, d), text: d.text, final: true };
  // "the statement said": the statement of the latest speaker
  if (
    definite &&
    /^(?:statement|release|communique|communiqué|post|letter|notice)$/.test(head) &&
    ctx.lastSpeaker &&
    pi - ctx.lastSpeaker.paragraph <= 1
  ) {
    return { ref: ctx.lastSpeaker.ref, text, final: true };
  }
  // a person described by age, origin or role: "the 52-year-old", "The Dutchman", "the coroner"
  if (definite || det === undefined) {
    if (
      /^\d+-year-old$/.test(head) ||
      PERSON_NOUNS.has(head) ||
      (/(?:man|woman)$/.test(head) && head.length > 5) ||
      NATIONAL_NOUN.test(toks[k].text)
    ) {
      // like a pronoun: the last person speaker unless another person has been the subject of a sentence since
      const gender = /(?:^|-)(?:woman|mother|girl|daughter|wife|grandmother|actress|widow|sister)$/.test(head)
        ? 'f'
        : /(?:^|-)(?:man|father|boy|son|husband|grandfather|brother)$|(?:man)$/.test(head)
          ? 'm'
          : null;
      const r = resolvePerson(ctx, gender, pi, pos, false) ?? lastMention(ctx, pi, pos, 'person', 3);
      return { ref: r, text, final: true };
    }
    if (TITLES.has(head) && definite) {
      const r = personWithDescription(ctx, head, pi, pos);
      return { ref: r, text, final: true };
    }
    // "The state health department has sent a team. According to the department, …": a body described just before
    const described =
      definite && PUBLIC_BODY_HEADS.has(head) && mods.every((md) => GENERIC_MODS.has(md.lower))
        ? describedBody(ctx, head, pi, pos, 1)
        : null;
    if (described !== null) return { ref: { type: 'organisation', ref: described }, text, final: true };
    // "The mayor's office said", "the prime minister's office": an office named by whose it is, as written
    const owner = mods[mods.length - 1];
    if (
      definite &&
      head === 'office' &&
      owner &&
      /^\p{Ll}/u.test(owner.text) &&
      TITLES.has(stripPoss(owner.lower)) &&
      owner.lower !== stripPoss(owner.lower)
    ) {
      const name = p.text.slice(mods[0].start, toks[k].end);
      const r = ctx.entities.addOrganisation(name, null, 'GOVERNMENT');
      adoptOrg(ctx, r, pi, mods[0].start, toks[k].end);
      return { ref: { type: 'organisation', ref: r }, text, final: true };
    }
    const org = orgByNoun(
      ctx,
      head,
      mods.map((m) => m.lower),
      pi,
      pos,
      definite,
    );
    if (org !== null) return { ref: { type: 'organisation', ref: org }, text, final: true };
    // "The government says …" in an article about one country: that country's government
    if (definite && head === 'government' && mods.length === 0) {
      const country = mainCountry(ctx);
      if (country) return { ref: { type: 'organisation', ref: countryOrg(ctx, country) }, text, final: true };
    }
    // "The UN verification mission in Colombia said": a unit of a named organisation speaks for it
    if (definite && (ORG_HEAD_WORDS.has(head) || PUBLIC_BODY_HEADS.has(head) || head === 'mission')) {
      for (let i = mods.length - 1; i >= 0; i--) {
        const om = /^\p{Lu}/u.test(mods[i].text) ? pick(ctx.byEnd[pi].get(mods[i].end)) : undefined;
        if (om && om.type === 'org') return { ref: refOf(ctx, om), text, final: true };
      }
    }
    // "The county health department said": a public body described by what it does is an organisation
    if (
      definite &&
      PUBLIC_BODY_HEADS.has(head) &&
      mods.length &&
      mods.every((md) => /^\p{Ll}[\p{Ll}-]+$/u.test(md.text)) &&
      mods.some((md) => !GENERIC_MODS.has(md.lower))
    ) {
      const name = [...mods, toks[k]].map((w) => w.text[0].toUpperCase() + w.text.slice(1)).join(' ');
      const r = ctx.entities.addOrganisation(
        name,
        null,
        head === 'council' || head === 'committee' ? 'GOVERNMENT' : 'GOVERNMENT_AGENCY',
        text.replace(/^the\s+/i, ''),
      );
      adoptOrg(ctx, r, pi, mods[0].start, toks[k].end);
      return { ref: { type: 'organisation', ref: r }, text, final: true };
    }
    // "The state health department has sent a team. … the department said": the body described earlier
    if (definite && PUBLIC_BODY_HEADS.has(head) && mods.every((md) => GENERIC_MODS.has(md.lower))) {
      const r = describedBody(ctx, head, pi, pos, 3);
      if (r !== null) return { ref: { type: 'organisation', ref: r }, text, final: true };
    }
    if (
      (ORG_NOUN_MATCH[head] || ORG_HEAD_WORDS.has(head)) &&
      mods.some((md) => /^\p{Lu}/u.test(md.text) && !NATIONAL_NOUN.test(md.text))
    ) {
      // "the Arizona Secretary of State's office": the capitalised name before "of" belongs to it
      let from = tokenIndexAt(toks, mods[0].start);
      while (
        from >= 2 &&
        /^(?:of|for)$/.test(toks[from - 1].lower) &&
        /^\p{Lu}/u.test(toks[from - 2].text) &&
        /^ \S+ $/.test(p.text.slice(toks[from - 2].end, toks[from].start))
      ) {
        from -= 2;
        while (
          from > 0 &&
          /^\p{Lu}/u.test(toks[from - 1].text) &&
          !DET.has(toks[from - 1].lower) &&
          p.text.slice(toks[from - 1].end, toks[from].start) === ' '
        )
          from--;
      }
      const name = p.text.slice(toks[from].start, toks[k].end);
      const r = ctx.entities.addOrganisation(name, null, 'OTHER');
      adoptOrg(ctx, r, pi, toks[from].start, toks[k].end);
      return { ref: { type: 'organisation', ref: r }, text, final: true };
    }
  }
  if (GROUP_NOUNS.has(head) || ORG_ROLE_NOUNS.has(head) || TITLES.has(head)) return { ref: null, text, final: true };
  return { ref: null, text, final: true };
}

/** The entity mentioned at `pos` (skipping titles), for "That was the verdict of X". */
export function entityAt(ctx: SpeakerContext, pi: number, pos: number): Found | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let j = tokenIndexAt(toks, pos);
  for (let n = 0; n < 4 && j < toks.length; n++, j++) {
    const m = pick(ctx.byStart[pi].get(toks[j].start), true);
    if (m && m.type !== 'place') return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
    if (!(TITLES.has(toks[j].lower) || TITLE_MODIFIERS.has(toks[j].lower) || DET.has(toks[j].lower))) break;
  }
  return null;
}

/** The person an interviewer's question in paragraph `pi` is about ("Does she worry about being labelled a “rural
 * writer”?", "Did Roe expect to win?"): the next uncued quote is that person's answer. Null when `pi` is not a short
 * question or names no one. */
export function questionSubject(ctx: SpeakerContext, pi: number): SpeakerRef | null {
  const p = ctx.info[pi];
  if (!p || p.text.length > 250 || !/\?\s*$/.test(p.text)) return null;
  const named = ctx.idx.byParagraph[pi].find((m) => m.type === 'person' && !m.possessive);
  const pron = /\b(he|she)\b/i.exec(p.text);
  if (named && (!pron || named.start < pron.index)) return { type: 'person', ref: named.ref };
  if (pron) {
    const g = pron[1].toLowerCase() === 'he' ? 'm' : 'f';
    // an interview's subject may have last been named several paragraphs back
    return (
      resolvePerson(ctx, g, pi, pron.index) ??
      lastMention(ctx, pi, pron.index, 'person', 6, (r) => (genderOf(ctx, r.ref) ?? g) === g)
    );
  }
  return null;
}

/** Resolve a pronoun to the latest compatible speaker / person. */
export function resolvePronoun(ctx: SpeakerContext, pron: string, pi: number, pos: number): SpeakerRef | null {
  const ls = ctx.lastSpeaker;
  if (pron === 'they' || pron === 'we') return null;
  if (pron === 'it') {
    // "The ministry rejected the criticism. …, it said": a definite organisation noun just before
    const p = ctx.info[pi];
    const back = p.text.slice(Math.max(0, pos - 300), pos);
    const re =
      /\b[Tt]he\s+((?:[a-z-]+\s+){0,2}?)(ministry|company|club|union|agency|council|department|government|bank|firm|group|party|commission|committee|board|authority|regulator|police|airline|carrier|operator|army|military|organisation|organization|institute|university|court|federation|association|alliance|confederation|office|embassy|charity|startup|court)\b/g;
    let mm: RegExpExecArray | null;
    let last: RegExpExecArray | null = null;
    while ((mm = re.exec(back)) !== null) last = mm;
    if (last) {
      const org = orgByNoun(ctx, last[2], last[1].trim().split(/\s+/).filter(Boolean), pi, pos, true);
      if (org !== null) return { type: 'organisation', ref: org };
    }
    if (ls && ls.ref.type === 'organisation' && !ls.personal && pi - ls.paragraph <= 3) return ls.ref;
    return lastMention(ctx, pi, pos, 'org', 1);
  }
  return resolvePerson(ctx, pron === 'he' ? 'm' : 'f', pi, pos);
}
