/**
 * speakers(): attach each quote to its speaker.
 *
 * Order of evidence for a marked quote: a speech verb right after it (", said X" / ", X said" / ", X told
 * reporters"), a speech verb before it in its sentence ("X said: “…”", "X called it a “lie”"), a short
 * attribution sentence right after it ("“…” Smith said."), a paragraph ending in "X said:", and finally
 * continuation of the previous quote's speaker (the quote before it ended in this or the previous paragraph).
 * The subject of a verb is found by a bounded backward scan: auxiliaries and time adverbials are skipped,
 * appositions between commas are stepped over, possessives ("Putin's spokesman") and nouns after
 * prepositions are never the subject. Pronouns go to the most recent compatible speaker or person.
 * Places become speakers only as governments (a country or capital named as the subject of a speech verb).
 */
import type { ExtractedQuote, SpeakerRef } from './types.js';
import { AUX, canStartClause, findCues, isPrep, skipAfterCue, type Cue } from './clause.js';
import { CUES, GROUP_NOUNS, ORG_ROLE_NOUNS, TITLES, TITLE_MODIFIERS } from './lexicon.js';
import { DESCRIPTOR_KIND, type Mention, type MentionBuilder, type MentionIndex } from './mentions.js';
import type { ParagraphInfo, QuoteSpan } from './quotes.js';
import { sentenceAt, type Token } from './text.js';

interface Found {
  ref: SpeakerRef | null;
  text: string | null;
  /** pronoun to resolve later */
  pronoun?: 'he' | 'she' | 'it' | 'they';
  /** role noun standing for an organisation ("the NIS chief"): a person-like speaker */
  personal?: boolean;
  /** found a subject that is not an entity (a group, an unnamed official): stop looking */
  final?: boolean;
}

const PRON = new Set(['he', 'she', 'it', 'they', 'we']);
const DET = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'another', 'two', 'three', 'several', 'many', 'some', 'other']);

export class Attributor {
  private byEnd: Map<number, Mention[]>[];
  private byStart: Map<number, Mention[]>[];
  private countryOrgs = new Map<string, number>();
  lastSpeaker: { ref: SpeakerRef; personal: boolean; paragraph: number } | null = null;

  constructor(
    private info: ParagraphInfo[],
    private idx: MentionIndex & { builder: MentionBuilder },
  ) {
    this.byEnd = info.map(() => new Map());
    this.byStart = info.map(() => new Map());
    for (const m of idx.mentions) {
      const e = this.byEnd[m.paragraph];
      (e.get(m.end) ?? e.set(m.end, []).get(m.end)!).push(m);
      const s = this.byStart[m.paragraph];
      for (const pos of new Set([m.start, m.fullStart])) (s.get(pos) ?? s.set(pos, []).get(pos)!).push(m);
    }
  }

  private pick(ms: Mention[] | undefined, allowPossessive = false): Mention | null {
    if (!ms) return null;
    const order = ['person', 'org', 'descriptor', 'place'];
    const c = ms.filter((m) => allowPossessive || !m.possessive).sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
    return c[0] ?? null;
  }

  /** Turn a mention into a speaker reference (places → government of the country). */
  refOf(m: Mention): SpeakerRef | null {
    if (m.type === 'person') return { type: 'person', ref: m.ref };
    if (m.type === 'org') return { type: 'organisation', ref: m.ref };
    if (m.type === 'place') return m.country ? { type: 'organisation', ref: this.countryOrg(m.country) } : null;
    if (m.type === 'descriptor') return { type: 'organisation', ref: this.descriptorOrg(m) };
    return null;
  }

  countryOrg(country: string): number {
    const c = country.replace(/^the\s+/i, '');
    const known = this.countryOrgs.get(c);
    if (known !== undefined) return known;
    const r = this.idx.builder.org(c, null, 'GOVERNMENT');
    this.countryOrgs.set(c, r);
    return r;
  }

  private descriptorOrg(m: Mention): number {
    const b = this.idx.builder;
    if (m.cls === 'government') return m.country ? this.countryOrg(m.country) : b.org(m.text, null, 'GOVERNMENT');
    const want: Record<string, (n: string) => boolean> = {
      intelligence: (n) => /intelligence|\bspy\b/i.test(n),
      'foreign ministry': (n) => /foreign/i.test(n) && /ministry|office|department/i.test(n),
      'defense ministry': (n) => /defen[cs]e/i.test(n) && /ministry|department/i.test(n),
      'presidential office': (n) => /presidential office|presidency|blue house|white house|office of the president/i.test(n),
      'unification ministry': (n) => /unification/i.test(n),
      military: (n) => /armed forces|military|army|joint chiefs/i.test(n),
    };
    const test = want[m.cls ?? ''];
    if (test) {
      const cands = b.organisations
        .map((o, i) => ({ o, i }))
        .filter(({ o }) => o.kind !== 'MEDIA' && (test(o.name) || o.aliases.some(test)));
      const sameCountry = cands.filter(({ o }) => orgCountry(o.name, o.aliases, m.country));
      const pickFrom = m.country ? sameCountry : cands;
      if (pickFrom.length) return pickFrom[0].i;
    }
    const name = m.country ? `${m.country}'s ${m.text.replace(/^.*?['’]s\s+/, '').replace(/^(?:\p{Lu}[\p{L}.]*\s+)+/u, '')}` : m.text.replace(/^the\s+/i, '');
    return b.org(name, null, DESCRIPTOR_KIND[m.cls ?? ''] ?? 'OTHER', m.text);
  }

  private mentionEndingAt(pi: number, end: number): Mention | null {
    return this.pick(this.byEnd[pi].get(end));
  }

  /** Subject of the cue at token index `ci`, scanning back no further than `winStart`. */
  subjectBefore(pi: number, ci: number, winStart: number): Found {
    const p = this.info[pi];
    const toks = p.tokens;
    let k = ci - 1;
    while (k >= 0 && toks[k].start >= winStart && AUX.has(toks[k].lower) && !PRON.has(toks[k].lower) && !/,/.test(p.text.slice(toks[k].end, toks[k + 1].start))) k--;
    if (k < 0 || toks[k].start < winStart) return { ref: null, text: null };
    const t = toks[k];
    const gapAfter = p.text.slice(t.end, toks[k + 1]?.start ?? t.end);
    if (/[“”"«»]/.test(gapAfter)) return { ref: null, text: null };
    if (!/,/.test(gapAfter)) {
      if (PRON.has(t.lower)) return { ref: null, text: t.text, pronoun: t.lower as Found['pronoun'] };
      const m = this.mentionEndingAt(pi, t.end);
      if (m && this.subjectPosition(pi, m, winStart, toks[ci]?.lower.endsWith('ing'))) return { ref: this.refOf(m), text: p.text.slice(m.fullStart, m.end).trim() || m.text, final: true };
      if (m && m.type !== 'place') return { ref: null, text: null };
      // role noun after an organisation: "the NIS chief", "Nato spokesman"
      if (ORG_ROLE_NOUNS.has(t.lower) || TITLES.has(t.lower) || GROUP_NOUNS.has(t.lower)) {
        const prev = toks[k - 1];
        if (prev && prev.start >= winStart && ORG_ROLE_NOUNS.has(t.lower) && !GROUP_NOUNS.has(t.lower)) {
          const om = this.pick(this.byEnd[pi].get(prev.end)) ?? this.pick(this.byEnd[pi].get(prev.end - 2), true);
          if (om && (om.type === 'org' || om.type === 'descriptor')) {
            return { ref: this.refOf(om), text: p.text.slice(om.fullStart, t.end), personal: true, final: true };
          }
        }
        const d = this.pick(this.byEnd[pi].get(t.end));
        if (d) return { ref: this.refOf(d), text: d.text, personal: true, final: true };
        return { ref: null, text: this.npText(pi, k, winStart), final: true };
      }
      return { ref: null, text: this.npText(pi, k, winStart), final: true };
    }
    // apposition: "X, a member of …, said" / "Putin's spokesman, Dmitry Peskov, called"
    let commaPos = t.end + gapAfter.indexOf(',');
    for (let hop = 0; hop < 3; hop++) {
      const prevComma = p.text.lastIndexOf(',', commaPos - 1);
      const blockStart = prevComma >= winStart ? prevComma + 1 : -1;
      if (blockStart < 0) {
        // no opening comma: the block itself may start the clause ("Park, who sits …, told")
        break;
      }
      const block = p.text.slice(blockStart, commaPos);
      if (/[“”"«»;:]/.test(block) || block.length > 220) break;
      // the block is itself a name
      const bt = block.trim();
      const inner = this.mentionEndingAt(pi, blockStart + block.trimEnd().length);
      if (inner && inner.fullStart <= blockStart + (block.length - block.trimStart().length) + 1 && bt.length <= inner.end - inner.fullStart + 1) {
        return { ref: this.refOf(inner), text: inner.text, final: true };
      }
      // a name right before the opening comma
      let e = prevComma;
      const m = this.mentionEndingAt(pi, e);
      if (m && m.type !== 'place' && this.subjectPosition(pi, m, winStart)) return { ref: this.refOf(m), text: p.text.slice(m.fullStart, m.end), final: true };
      if (m && m.type === 'place') break;
      const before = p.text.slice(Math.max(winStart, prevComma - 30), prevComma).match(/\b(he|she|it|they)$/i);
      if (before) return { ref: null, text: before[1], pronoun: before[1].toLowerCase() as Found['pronoun'] };
      commaPos = prevComma;
    }
    // "Park, who sits on …, told": the clause starts at winStart
    const first = toks.find((x) => x.start >= winStart);
    if (first) {
      const m = this.pick(this.byStart[pi].get(first.start));
      if (m && m.end < t.end && /^,\s*(?:who|a|an|the|\p{Ll})/u.test(p.text.slice(m.end, m.end + 8))) return { ref: this.refOf(m), text: m.text, final: true };
    }
    return { ref: null, text: null };
  }

  /** A mention can be a subject when it is not the object of a preposition. */
  private subjectPosition(pi: number, m: Mention, winStart: number, gerund = false): boolean {
    const p = this.info[pi];
    const toks = p.tokens;
    let k = toks.findIndex((t) => t.start >= m.fullStart) - 1;
    for (let n = 0; k >= 0 && n < 4 && toks[k].start >= winStart; k--, n++) {
      if (!/^\s*$/.test(p.text.slice(toks[k].end, toks[k + 1]?.start ?? m.fullStart)) && !/^\.\s$/.test(p.text.slice(toks[k].end, toks[k + 1]?.start ?? m.fullStart))) break;
      const l = toks[k].lower;
      if (isPrep(l)) return gerund && l === 'with';
      if (TITLES.has(l) || TITLE_MODIFIERS.has(l) || DET.has(l) || /^\p{Lu}/u.test(toks[k].text)) continue;
      break;
    }
    return true;
  }

  private npText(pi: number, k: number, winStart: number): string {
    const toks = this.info[pi].tokens;
    let j = k;
    while (j > 0 && toks[j - 1].start >= winStart && k - j < 4 && /^\s$/.test(this.info[pi].text.slice(toks[j - 1].end, toks[j].start)) && !isPrep(toks[j - 1].lower)) j--;
    return this.info[pi].text.slice(toks[j].start, toks[k].end);
  }

  /** Subject after an inverted cue: "said Doo Jin-ho, a …", "said the NIS". */
  subjectAfter(pi: number, ci: number, winEnd: number): Found {
    const p = this.info[pi];
    const toks = p.tokens;
    for (let j = ci + 1; j < toks.length && j <= ci + 5 && toks[j].start < winEnd; j++) {
      if (/[,.;:“”"]/.test(p.text.slice(toks[j - 1].end, toks[j].start))) break;
      const m = this.pick(this.byStart[pi].get(toks[j].start), true);
      if (m) return { ref: this.refOf(m), text: p.text.slice(m.fullStart, m.end), final: true };
      const l = toks[j].lower;
      if (PRON.has(l)) return { ref: null, text: toks[j].text, pronoun: l as Found['pronoun'] };
      if (!(DET.has(l) || TITLES.has(l.replace(/\.$/, '')) || TITLE_MODIFIERS.has(l) || /^\p{Lu}/u.test(toks[j].text))) {
        return { ref: null, text: null, final: GROUP_NOUNS.has(l) || TITLES.has(l) };
      }
    }
    return { ref: null, text: null };
  }

  /** "according to X": the first entity of the noun phrase after "to", unless it follows a preposition. */
  according(pi: number, cue: Cue): Found {
    const p = this.info[pi];
    const toks = p.tokens;
    const from = cue.index + 2;
    for (let j = from; j < toks.length && j < from + 8; j++) {
      if (/[,.;:“”"]/.test(p.text.slice(toks[j - 1].end, toks[j].start)) && j > from) break;
      const l = toks[j].lower;
      if (j > from && isPrep(l)) break;
      const m = this.pick(this.byStart[pi].get(toks[j].start), true);
      if (m) {
        if (m.possessive && m.type !== 'descriptor') continue; // "Ukraine's Military Intelligence Directorate"
        const after = p.text.slice(m.end, m.end + 20);
        if (m.type === 'place' && /^\s+\p{Ll}/u.test(after)) continue; // "Russian news agency TASS", "Russia media"
        return { ref: this.refOf(m), text: p.text.slice(m.fullStart, m.end), final: true };
      }
      if (GROUP_NOUNS.has(l)) return { ref: null, text: toks[j].text, final: true };
    }
    return { ref: null, text: null };
  }

  /** Resolve a pronoun to the latest compatible speaker / person. */
  resolvePronoun(pron: string, pi: number, pos: number): SpeakerRef | null {
    const ls = this.lastSpeaker;
    if (pron === 'they' || pron === 'we') return null;
    if (pron === 'it') {
      if (ls && ls.ref.type === 'organisation' && !ls.personal && pi - ls.paragraph <= 3) return ls.ref;
      return this.lastMention(pi, pos, 'org', 1);
    }
    const gender = pron === 'he' ? 'm' : 'f';
    const ok = (r: SpeakerRef) => r.type === 'person' ? (this.idx.people[r.ref].gender ?? gender) === gender : true;
    if (ls && (ls.ref.type === 'person' || ls.personal) && pi - ls.paragraph <= 2 && ok(ls.ref)) {
      // a person named as a subject after the last speaker wins
      const later = this.lastMention(pi, pos, 'person', 1);
      if (later && ls.ref.type === 'person' && later.ref !== ls.ref.ref && this.mentionAfterSpeaker(later.ref, ls.paragraph, pi, pos)) return later;
      return ls.ref;
    }
    const m = this.lastMention(pi, pos, 'person', 2);
    return m && ok(m) ? m : null;
  }

  private lastSpeakerPos: { pi: number; pos: number } | null = null;
  noteSpeaker(ref: SpeakerRef, personal: boolean, pi: number, pos: number): void {
    this.lastSpeaker = { ref, personal, paragraph: pi };
    this.lastSpeakerPos = { pi, pos };
  }

  private mentionAfterSpeaker(personRef: number, _lsPara: number, pi: number, pos: number): boolean {
    const lp = this.lastSpeakerPos;
    if (!lp) return false;
    for (const m of this.idx.mentions) {
      if (m.type !== 'person' || m.ref !== personRef || m.possessive) continue;
      const after = m.paragraph > lp.pi || (m.paragraph === lp.pi && m.start > lp.pos);
      const before = m.paragraph < pi || (m.paragraph === pi && m.start < pos);
      if (after && before) {
        // only subjects count: the mention starts its sentence
        const inf = this.info[m.paragraph];
        const [s] = sentenceAt(inf.starts, inf.text.length, m.start);
        if (/^(?:(?:But|And|However|Meanwhile|Separately),?\s+)?$/.test(inf.text.slice(s, m.fullStart).trim() ? inf.text.slice(s, m.fullStart).trim() + ' ' : '')) return true;
      }
    }
    return false;
  }

  private lastMention(pi: number, pos: number, type: 'person' | 'org', back: number): SpeakerRef | null {
    for (let q = pi; q >= 0 && q >= pi - back; q--) {
      const ms = this.idx.byParagraph[q];
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        if (q === pi && m.start >= pos) continue;
        if (m.type !== type || m.possessive) continue;
        return { type: type === 'person' ? 'person' : 'organisation', ref: m.ref };
      }
    }
    return null;
  }
}

function orgCountry(name: string, aliases: string[], country: string | null | undefined): boolean {
  if (!country) return true;
  // an organisation mentioned with another country's adjective/possessive is excluded by the caller's text
  const all = [name, ...aliases].join(' ');
  return !/^(?:Ukrain|Russia|Chin|Japan|America|U\.S|British|French|German)/.test(all) || all.includes(country);
}

export type { Found, Token };
export { findCues };

// ------------------------------------------------------------------ the stage

export function attribute(info: ParagraphInfo[], spans: QuoteSpan[], idx: MentionIndex & { builder: MentionBuilder }): ExtractedQuote[] {
  const a = new Attributor(info, idx);
  const out: ExtractedQuote[] = [];
  let prevQuote: { endParagraph: number; ref: SpeakerRef | null; personal: boolean; end: number } | null = null;
  for (const q of spans) {
    let found: Found | null = null;
    let cueWord: string | null = null;
    if (q.kind === 'INDIRECT' && q.cue) {
      const cue = q.cue;
      const p = info[q.paragraph];
      const [sStart] = sentenceAt(p.starts, p.text.length, cue.token.start);
      if (cue.according) found = a.according(q.paragraph, cue);
      else if (q.reportAfter) {
        found = a.subjectBefore(q.paragraph, cue.index, q.end);
        if (!found.ref && !found.pronoun && !found.final) found = a.subjectAfter(q.paragraph, cue.index, p.text.length);
      } else found = a.subjectBefore(q.paragraph, cue.index, sStart);
      cueWord = cue.according ? 'according to' : cue.token.lower;
    } else {
      const r = attributeMarked(a, info, q);
      found = r.found;
      cueWord = r.cue;
    }
    let ref: SpeakerRef | null = found?.ref ?? null;
    let speakerText = found?.text ?? null;
    if (found?.pronoun) ref = a.resolvePronoun(found.pronoun, q.paragraph, q.start);
    // continuation: a marked quote with no cue of its own continues the previous speaker
    if (!found && q.marked && prevQuote && prevQuote.ref && q.paragraph - prevQuote.endParagraph <= 1) {
      ref = prevQuote.ref;
      speakerText = null;
      cueWord = null;
    }
    if (ref) a.noteSpeaker(ref, (found?.personal ?? false) || ref.type === 'person' || found?.pronoun === 'he' || found?.pronoun === 'she' || (!found && !!prevQuote?.personal), q.endParagraph, q.end);
    out.push({
      text: q.text,
      kind: q.kind,
      cue: ref || found ? cueWord : null,
      speaker: ref,
      speakerText: speakerText ?? null,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      endParagraph: q.endParagraph,
    });
    if (q.marked || ref) prevQuote = { endParagraph: q.endParagraph, ref, personal: found?.personal ?? false, end: q.end };
  }
  return out;
}

function introducesClause(p: ParagraphInfo, cue: Cue, limit: number): boolean {
  if (cue.info.indirect === 'no') return false;
  const i = skipAfterCue(p.text, p.tokens, cue, limit);
  if (i >= limit) return false;
  if (p.tokens[i].lower === 'that') return true;
  return cue.info.indirect === 'bare' && !cue.info.gerund && canStartClause(p.text, p.tokens, i);
}

function tokenIndexAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function attributeMarked(a: Attributor, info: ParagraphInfo[], q: QuoteSpan): { found: Found | null; cue: string | null } {
  const endP = info[q.endParagraph];
  const after = q.closeMark >= 0 ? q.closeMark + 1 : endP.text.length;
  const [, sEnd] = sentenceAt(endP.starts, endP.text.length, Math.max(0, after - 1));
  // 1. after the quote: ", said X" / ", X said" / "X told reporters"
  {
    const nextOpen = endP.text.slice(after).search(/[“"«]/);
    let winEnd = nextOpen >= 0 ? after + nextOpen : endP.text.length;
    const postRaw = endP.text.slice(after, winEnd);
    const sentenceEnded = /[.!?]$/.test(q.text) && !/^\s*(?:\p{Ll}|,)/u.test(postRaw);
    const firstWord = /^\s*[,.!?;]?\s*([\p{L}’']+)/u.exec(postRaw)?.[1] ?? '';
    const attributionFollows =
      /^\s*[,!?—–-]/.test(postRaw) || /[,.!?…—–-]$/.test(q.text) || CUES.has(firstWord.toLowerCase()) ||
      /^(?:he|she|it|they|the|a|an)$/i.test(firstWord) || /^\p{Lu}/u.test(firstWord);
    if (!attributionFollows) {
      /* a partial quote inside a sentence: the verb is before it */
    } else if (!sentenceEnded || /^\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s(?:said|says|added|told|asked|wrote)\b/u.test(postRaw)) {
      winEnd = Math.min(winEnd, sentenceEnded ? endP.text.length : Math.max(sEnd, after + 1));
      const toks = endP.tokens;
      const i0 = tokenIndexAt(toks, after);
      let i1 = i0;
      while (i1 < toks.length && toks[i1].start < winEnd && i1 - i0 < 14) i1++;
      const cues = findCues(endP.text, toks, i0, i1).filter((c) => !c.info.gerund || c.index === i0);
      for (const cue of cues.slice(0, 1)) {
        if (cue.according) {
          const f = a.according(q.endParagraph, cue);
          if (f.ref || f.final) return { found: f, cue: 'according to' };
          continue;
        }
        if (cue.index === i0) {
          const f = a.subjectAfter(q.endParagraph, cue.index, winEnd);
          if (f.ref || f.pronoun || f.final) return { found: f, cue: cue.token.lower };
        }
        const f = a.subjectBefore(q.endParagraph, cue.index, after);
        if (f.ref || f.pronoun || f.final) return { found: f, cue: cue.token.lower };
      }
    }
  }
  // 2. before the quote, in its sentence: "X said: “…”", "X called it a “lie”"
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  {
    // do not look back past another quote's closing mark
    const lastClose = Math.max(p.text.lastIndexOf('”', q.openMark - 1), p.text.lastIndexOf('"', q.openMark - 1));
    const winStart = Math.max(sStart, lastClose + 1);
    const toks = p.tokens;
    const i0 = tokenIndexAt(toks, winStart);
    const i1 = tokenIndexAt(toks, q.openMark);
    const inOrder = findCues(p.text, toks, i0, i1);
    let cues = inOrder.slice().reverse();
    if (q.kind === 'PARTIAL') {
      // the outermost verb whose reported clause holds the quote: "X said Y confirmed that … “…”"
      const outer = inOrder.filter((c) => !c.according && introducesClause(p, c, i1));
      cues = [...outer, ...cues.filter((c) => !outer.includes(c))];
    }
    for (const cue of cues) {
      let f: Found;
      if (cue.according) f = a.according(q.paragraph, cue);
      else {
        f = a.subjectBefore(q.paragraph, cue.index, winStart);
        if (!f.ref && !f.pronoun && !f.final) {
          const fa = a.subjectAfter(q.paragraph, cue.index, q.openMark);
          if (fa.ref) f = fa;
        }
      }
      if (f.ref || f.pronoun || f.final) return { found: f, cue: cue.according ? 'according to' : cue.token.lower };
    }
    // cue after a partial quote, later in the same sentence ("…” in comments, Smith said)
  }
  // 3. the next sentence is a short attribution: "“…” Smith said."
  if (q.closeMark >= 0) {
    const toks = endP.tokens;
    const i0 = tokenIndexAt(toks, after);
    const cues = findCues(endP.text, toks, i0, Math.min(toks.length, i0 + 6));
    const cue = cues[0];
    if (cue && !cue.according) {
      const [, cueSentEnd] = sentenceAt(endP.starts, endP.text.length, cue.token.start);
      if (cueSentEnd - cue.token.end < 60) {
        const f = a.subjectBefore(q.endParagraph, cue.index, after);
        if (f.ref || f.pronoun) return { found: f, cue: cue.token.lower };
      }
    }
  }
  // 4. the previous paragraph introduces it: "X said:"
  if (q.paragraph > 0 && q.openMark <= 1) {
    const prev = info[q.paragraph - 1];
    if (/:\s*$/.test(prev.text)) {
      const cues = findCues(prev.text, prev.tokens).reverse();
      for (const cue of cues) {
        const [s] = sentenceAt(prev.starts, prev.text.length, cue.token.start);
        const f = a.subjectBefore(q.paragraph - 1, cue.index, s);
        if (f.ref || f.pronoun) return { found: f, cue: cue.token.lower };
      }
    }
  }
  return { found: null, cue: null };
}
