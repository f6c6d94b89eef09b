/**
 * Which entity a mention or a common noun stands for: places → the country's government, descriptors ("South Korea's
 * spy agency") → the organisation named in the article, "the union" / "the ministry" / "police" → the matching
 * organisation, "the coroner" → the person so described.
 */
import type { SpeakerRef } from '../types.js';
import { DESCRIPTOR_KIND } from '../mentions/descriptors.js';
import type { Mention } from '../mentions/table.js';
import { isPrep } from '../quotes/cues.js';
import { firstIndexNotBefore } from '../doc/text.js';
import { DET } from '../lexicon/function-words.js';
import {
  BARE_ORG_NOUNS,
  COMPANY_KINDS,
  GENERIC_MODS,
  ORG_HEAD_WORDS,
  ORG_NOUN_MATCH,
} from '../lexicon/organisation-words.js';
import type { SpeakerContext } from './context.js';

/** Organisations gained mentions (the stage adopted one): recount and rematch. */
export function forgetOrgs(ctx: SpeakerContext): void {
  ctx.orgCache.clear();
  ctx.orgCounts = null;
}

/** Turn a mention into a speaker reference (places → government of the country). */
export function refOf(ctx: SpeakerContext, m: Mention): SpeakerRef | null {
  if (m.type === 'person') return { type: 'person', ref: m.ref };
  if (m.type === 'org') return { type: 'organisation', ref: m.ref };
  if (m.type === 'place') return m.country ? { type: 'organisation', ref: countryOrg(ctx, m.country) } : null;
  if (m.type === 'descriptor') {
    const org = descriptorOrg(ctx, m);
    // "South Korea's spy chief": the chief named elsewhere in the article, if any
    if (/\b(?:chief|head|director|minister)\b/.test(m.text)) {
      const o = ctx.idx.organisations[org];
      const names = [o.name, o.acronym, ...o.aliases].filter(Boolean) as string[];
      const who = ctx.idx.people.findIndex(
        (p) =>
          p.affiliations.some((a) => a.organisation === org && /chief|head|director|minister/i.test(a.role ?? '')) ||
          p.descriptions.some((d) => /chief|head|director|minister/i.test(d) && names.some((n) => d.includes(n))),
      );
      if (who >= 0) return { type: 'person', ref: who };
    }
    return { type: 'organisation', ref: org };
  }
  return null;
}

export function countryOrg(ctx: SpeakerContext, country: string): number {
  const c = country.replace(/^the\s+/i, '');
  const known = ctx.countryOrgs.get(c);
  if (known !== undefined) return known;
  const r = ctx.entities.addOrganisation(c, null, 'GOVERNMENT');
  ctx.countryOrgs.set(c, r);
  return r;
}

export function descriptorOrg(ctx: SpeakerContext, m: Mention): number {
  if (m.cls === 'government')
    return m.country ? countryOrg(ctx, m.country) : ctx.entities.addOrganisation(m.text, null, 'GOVERNMENT');
  const want: Record<string, (n: string) => boolean> = {
    intelligence: (n) => /intelligence|\bspy\b/i.test(n),
    'foreign ministry': (n) => /foreign/i.test(n) && /ministry|office|department/i.test(n),
    'defense ministry': (n) => /defen[cs]e/i.test(n) && /ministry|department/i.test(n),
    'presidential office': (n) =>
      /presidential office|presidency|blue house|white house|office of the president/i.test(n),
    'unification ministry': (n) => /unification/i.test(n),
    military: (n) => /armed forces|military|army|joint chiefs/i.test(n),
  };
  const mod = m.roleAfter;
  if (m.cls === 'agency' && mod)
    want.agency = (n) =>
      new RegExp(mod.slice(0, 5), 'i').test(n) &&
      /agency|administration|organi[sz]ation|authority|service|bureau|office/i.test(n);
  const test = want[m.cls ?? ''];
  if (test) {
    const cands = ctx.idx.organisations
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => o.kind !== 'MEDIA' && (test(o.name) || o.aliases.some(test)));
    const sameCountry = cands.filter(
      ({ i }) => (ctx.idx.orgCountry.get(i) ?? null) === null || ctx.idx.orgCountry.get(i) === m.country,
    );
    const pickFrom = m.country ? sameCountry : cands;
    if (pickFrom.length) return pickFrom[0].i;
  }
  const phrase = m.text.replace(/^.*?['’]s\s+/, '').replace(/^(?:\p{Lu}[\p{L}.]*\s+)+/u, '');
  // an office named by its function is written as a proper name ("Presidential Office"); others keep the country
  const name =
    m.cls === 'presidential office'
      ? 'Presidential Office'
      : m.country
        ? `${m.country}'s ${phrase}`
        : m.text.replace(/^the\s+/i, '');
  return ctx.entities.addOrganisation(name, null, DESCRIPTOR_KIND[m.cls ?? ''] ?? 'OTHER', m.text);
}

/** Latest entry before `order` (else the first after), in a list sorted by order. */
export function nearest(list: { order: number; ref: number }[], order: number): number | null {
  const lo = firstIndexNotBefore(list.length, (i) => list[i].order < order);
  if (lo > 0) return list[lo - 1].ref;
  return list.length ? list[0].ref : null;
}

export function personWithDescription(ctx: SpeakerContext, noun: string, pi: number, pos: number): SpeakerRef | null {
  let list = ctx.descCache.get(noun);
  if (!list) {
    list = [];
    const re = new RegExp(`\\b${noun.replace(/[^\p{L}-]/gu, '')}\\b`, 'i');
    const ok = new Map<number, boolean>();
    for (const m of ctx.idx.mentions) {
      if (m.type !== 'person') continue;
      let hit = ok.get(m.ref);
      if (hit === undefined) ok.set(m.ref, (hit = ctx.idx.people[m.ref].descriptions.some((d) => re.test(d))));
      if (hit) list.push({ order: m.paragraph * 1e7 + m.start, ref: m.ref });
    }
    ctx.descCache.set(noun, list);
  }
  const r = nearest(list, pi * 1e7 + pos);
  return r === null ? null : { type: 'person', ref: r };
}

/** The organisation a common noun refers to: "the union", "the ministry", "the company", "police". */
export function orgByNoun(
  ctx: SpeakerContext,
  head: string,
  mods: string[],
  pi: number,
  pos: number,
  definite: boolean,
): number | null {
  const nouns = ORG_NOUN_MATCH[head];
  if (!nouns && !ORG_HEAD_WORDS.has(head)) return null;
  if (!definite && !BARE_ORG_NOUNS.has(head)) return null;
  const orgs = ctx.idx.organisations;
  if (!ctx.orgCounts) {
    ctx.orgCounts = new Map();
    for (const m of ctx.idx.mentions)
      if (m.type === 'org') ctx.orgCounts.set(m.ref, (ctx.orgCounts.get(m.ref) ?? 0) + 1);
  }
  const mentionCount = ctx.orgCounts;
  const key = `${head}|${mods.join(' ')}`;
  let entry = ctx.orgCache.get(key);
  if (!entry) {
    entry = { list: [], cands: new Set() };
    const headRe = new RegExp(`\\b${head.replace(/[^\p{L}-]/gu, '')}`);
    const ok = new Map<number, boolean>();
    for (const m of ctx.idx.mentions) {
      if (m.type !== 'org') continue;
      let hit = ok.get(m.ref);
      if (hit === undefined) {
        const o = orgs[m.ref];
        const name = o.name.toLowerCase();
        hit = nouns
          ? nouns.kinds.includes(o.kind) ||
            nouns.words.some((w) => name.includes(w)) ||
            (nouns.kinds === COMPANY_KINDS &&
              o.kind === 'OTHER' &&
              ((mentionCount.get(m.ref) ?? 0) >= 2 || ctx.spokenOrgs.has(m.ref)))
          : headRe.test(name);
        if (o.kind === 'MEDIA' && head !== 'agency' && head !== 'newspaper' && head !== 'broadcaster') hit = false;
        if (mods.length && !mods.every((md) => name.includes(md) || !/^[a-z]+$/.test(md) || GENERIC_MODS.has(md)))
          hit = false;
        ok.set(m.ref, hit);
      }
      if (!hit) continue;
      entry.list.push({ order: m.paragraph * 1e7 + m.start, ref: m.ref });
      if (nouns?.kinds === COMPANY_KINDS) entry.cands.add(m.ref);
    }
    ctx.orgCache.set(key, entry);
  }
  const recent = nearest(entry.list, pi * 1e7 + pos);
  // "the company" in an article about one company: the most mentioned one, else the latest
  if (entry.cands.size > 1 && recent !== null) {
    const ranked = [...entry.cands].sort((a, b) => (mentionCount.get(b) ?? 0) - (mentionCount.get(a) ?? 0));
    const top = mentionCount.get(ranked[0]) ?? 0;
    if (recent !== ranked[0] && (mentionCount.get(recent) ?? 0) <= 1 && top >= 2) return ranked[0];
  }
  return recent;
}

/** The country named most often in the article (first named on a tie), or null. */
export function mainCountry(ctx: SpeakerContext): string | null {
  const counts = new Map<string, number>();
  for (const m of ctx.idx.mentions)
    if (m.type === 'place' && m.country) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  let best: string | null = null;
  for (const [c, n] of counts) if (best === null || n > counts.get(best)!) best = c;
  return best;
}

/** The latest public body described in lower case before `pos` in this or the `back` paragraphs before ("the state
 * health department", "the county's planning committee"), named as the described-body rule names it. */
export function describedBody(ctx: SpeakerContext, head: string, pi: number, pos: number, back: number): number | null {
  const re = new RegExp(`\\b[Tt]he\\s+((?:[\\p{Ll}-]+['’]?s?\\s+){1,3})${head}\\b`, 'gu');
  for (let q = pi; q >= 0 && q >= pi - back; q--) {
    const text = q === pi ? ctx.info[q].text.slice(0, pos) : ctx.info[q].text;
    let last: RegExpExecArray | null = null;
    for (const m of text.matchAll(re)) last = m;
    if (!last) continue;
    const mods = last[1]
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/['’]s?$/, ''));
    if (!mods.some((md) => !GENERIC_MODS.has(md)) || mods.some((md) => DET.has(md) || isPrep(md))) return null;
    const name = [...mods, head].map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
    return ctx.entities.addOrganisation(
      name,
      null,
      head === 'council' || head === 'committee' ? 'GOVERNMENT' : 'GOVERNMENT_AGENCY',
      `${last[1].trim()} ${head}`,
    );
  }
  return null;
}
