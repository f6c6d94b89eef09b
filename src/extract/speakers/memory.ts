/**
 * Who the reader has in mind: the last speaker and the people named as subjects since. he/she and descriptions
 * ("the 27-year-old") resolve here.
 */
import type { SpeakerRef } from '../types.js';
import { sentenceAt } from '../doc/text.js';
import { subjectPrefix } from '../mentions/subject-prefix.js';
import { type SpeakerContext, genderOf } from './context.js';

/** The person a he/she or a description refers to: the latest compatible speaker, unless a compatible person has
 * been the subject of a sentence since; else the latest compatible person mentioned. */
export function resolvePerson(
  ctx: SpeakerContext,
  gender: 'm' | 'f' | null,
  pi: number,
  pos: number,
  personalOrg = true,
): SpeakerRef | null {
  if (
    gender &&
    ctx.unnamedAt &&
    pi - ctx.unnamedAt.pi <= 1 &&
    lastMention(ctx, pi, pos, 'person', pi - ctx.unnamedAt.pi) === null
  )
    return null;
  const ls = ctx.lastSpeaker && (personalOrg || ctx.lastSpeaker.ref.type === 'person') ? ctx.lastSpeaker : null;
  // "“…,” the Italian said, as Lehto celebrated": someone named in the rest of the attribution's sentence is not the speaker
  const others = namedLaterInSentence(ctx, pi, pos);
  const ok = (r: SpeakerRef) =>
    r.type === 'person' ? !others.has(r.ref) && (!gender || (genderOf(ctx, r.ref) ?? gender) === gender) : true;
  if (ls && (ls.ref.type === 'person' || ls.personal) && pi - ls.paragraph <= 2 && ok(ls.ref)) {
    // a person named as a subject after the last speaker wins
    const later = lastMention(ctx, pi, pos, 'person', 1);
    if (
      later &&
      ok(later) &&
      !(ls.ref.type === 'person' && later.ref === ls.ref.ref) &&
      mentionAfterSpeaker(ctx, later.ref, ls.paragraph, pi, pos)
    )
      return later;
    // "Okonkwo's penalty was delayed … “…,” he said": a possessor opening a sentence since the last speaker is the topic
    const topic = possessiveTopic(ctx, pi, pos, (r) => ok(r) && !(ls.ref.type === 'person' && r.ref === ls.ref.ref));
    if (topic) return topic;
    return ls.ref;
  }
  // the most recent person of a compatible gender in this or the two paragraphs before
  // subjects are more salient than people named later in their sentence ("Brannigan, 20, came on after fly-half Jack
  // Cooney limped off. … the youngster said" → Brannigan)
  return (
    lastMention(ctx, pi, pos, 'person', 2, (r) => ok(r) && isSubjectMention(ctx, r.ref, pi, pos)) ??
    lastMention(ctx, pi, pos, 'person', 2, ok) ??
    (gender ? dominantPerson(ctx, gender, pi, pos) : null)
  );
}

/** A profile's subject: "She said …" with no one of her gender named nearby is the person of that gender the article
 * has named most so far, when she clearly dominates (at least three mentions, twice anyone else of that gender). */
function dominantPerson(ctx: SpeakerContext, gender: 'm' | 'f', pi: number, pos: number): SpeakerRef | null {
  const counts = new Map<number, number>();
  for (const m of ctx.idx.mentions) {
    if (m.type !== 'person' || m.paragraph > pi || (m.paragraph === pi && m.start >= pos)) continue;
    if (genderOf(ctx, m.ref) !== gender) continue;
    counts.set(m.ref, (counts.get(m.ref) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!ranked.length || ranked[0][1] < 3 || (ranked[1] && ranked[1][1] * 2 > ranked[0][1])) return null;
  return { type: 'person', ref: ranked[0][0] };
}

/** A person whose possessive opens a sentence after the last speaker, in this or the previous paragraph. */
function possessiveTopic(
  ctx: SpeakerContext,
  pi: number,
  pos: number,
  ok: (r: SpeakerRef) => boolean,
): SpeakerRef | null {
  const lp = ctx.lastSpeakerPos;
  for (let q = pi; q >= 0 && q >= pi - 1; q--) {
    const ms = ctx.idx.byParagraph[q];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (m.type !== 'person' || !m.possessive || (q === pi && m.start >= pos)) continue;
      if (lp && (q < lp.pi || (q === lp.pi && m.start < lp.pos))) return null;
      const inf = ctx.info[q];
      const [s] = sentenceAt(inf.starts, inf.text.length, m.start);
      const r: SpeakerRef = { type: 'person', ref: m.ref };
      if (/^\s*$/.test(inf.text.slice(s, m.fullStart)) && ok(r)) return r;
    }
  }
  return null;
}

/** "X said she hoped …": the reported pronoun tells the speaker's gender when nothing else did. */
export function learnGender(ctx: SpeakerContext, ref: SpeakerRef, reported: string): void {
  if (ref.type !== 'person') return;
  const p = ctx.idx.people[ref.ref];
  const m = /^(he|she)\b/i.exec(reported);
  if (m && !p.gender) p.gender = m[1].toLowerCase() === 'he' ? 'm' : 'f';
}

export function noteSpeaker(ctx: SpeakerContext, ref: SpeakerRef, personal: boolean, pi: number, pos: number): void {
  ctx.lastSpeaker = { ref, personal, paragraph: pi };
  ctx.lastSpeakerPos = { pi, pos };
  ctx.unnamedAt = null;
}

export function noteUnnamed(ctx: SpeakerContext, pi: number, pos: number): void {
  ctx.unnamedAt = { pi, pos };
}

function mentionAfterSpeaker(
  ctx: SpeakerContext,
  personRef: number,
  _lsPara: number,
  pi: number,
  pos: number,
): boolean {
  const lp = ctx.lastSpeakerPos;
  if (!lp) return false;
  if (!ctx.personMentions) {
    ctx.personMentions = new Map();
    for (const m of ctx.idx.mentions)
      if (m.type === 'person') (ctx.personMentions.get(m.ref) ?? ctx.personMentions.set(m.ref, []).get(m.ref)!).push(m);
  }
  for (const m of ctx.personMentions.get(personRef) ?? []) {
    if (m.possessive) continue;
    const after = m.paragraph > lp.pi || (m.paragraph === lp.pi && m.start > lp.pos);
    const before = m.paragraph < pi || (m.paragraph === pi && m.start < pos);
    if (after && before) {
      // only subjects count: the mention starts its sentence
      const inf = ctx.info[m.paragraph];
      const [s] = sentenceAt(inf.starts, inf.text.length, m.start);
      if (subjectPrefix(inf.text.slice(s, m.fullStart))) return true;
    }
  }
  return false;
}

/** People named after `pos` in its sentence, outside quotation marks. */
function namedLaterInSentence(ctx: SpeakerContext, pi: number, pos: number): Set<number> {
  const out = new Set<number>();
  const inf = ctx.info[pi];
  if (!inf) return out;
  const [, e] = sentenceAt(inf.starts, inf.text.length, pos);
  for (const m of ctx.idx.byParagraph[pi]) {
    if (m.type === 'person' && m.start > pos && m.start < e && !insideQuote(ctx, pi, m.start)) out.add(m.ref);
  }
  return out;
}

/** Is the latest mention of person `ref` before (pi, pos), within two paragraphs, the subject of its sentence? */
function isSubjectMention(ctx: SpeakerContext, ref: number, pi: number, pos: number): boolean {
  for (let q = pi; q >= 0 && q >= pi - 2; q--) {
    const ms = ctx.idx.byParagraph[q];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (m.type !== 'person' || m.ref !== ref || m.possessive || (q === pi && m.start >= pos)) continue;
      const inf = ctx.info[q];
      const [s] = sentenceAt(inf.starts, inf.text.length, m.start);
      return subjectPrefix(inf.text.slice(s, m.fullStart));
    }
  }
  return false;
}

/** The person who became the topic of a reporter's sentence after (fromPi, fromPos) and before (pi, pos): the subject
 * of a sentence with no quote marks in it ("Jane Roe, 52, has worked nights …", "For Jane Roe, the job is …").
 * People named inside quotes or after a verb are not topics. Looks back at most one paragraph. */
export function topicPerson(
  ctx: SpeakerContext,
  fromPi: number,
  fromPos: number,
  pi: number,
  pos: number,
): SpeakerRef | null {
  for (let q = pi; q >= Math.max(0, pi - 1, fromPi); q--) {
    const ms = ctx.idx.byParagraph[q];
    const inf = ctx.info[q];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (m.type !== 'person' || m.possessive) continue;
      if (q === pi && m.start >= pos) continue;
      if (q === fromPi && m.start <= fromPos) return null;
      const [s, e] = sentenceAt(inf.starts, inf.text.length, m.start);
      if (/[“”"«»]/.test(inf.text.slice(s, Math.min(e, q === pi ? pos : e)))) continue;
      if (subjectPrefix(inf.text.slice(s, m.fullStart))) return { type: 'person', ref: m.ref };
    }
  }
  return null;
}

/** Is `pos` inside quotation marks? (Curly marks: the last one before `pos` in a bounded window opens.) */
function insideQuote(ctx: SpeakerContext, pi: number, pos: number): boolean {
  const t = ctx.info[pi].text.slice(Math.max(0, pos - 1500), pos);
  return t.lastIndexOf('“') > t.lastIndexOf('”');
}

export function lastMention(
  ctx: SpeakerContext,
  pi: number,
  pos: number,
  type: 'person' | 'org',
  back: number,
  ok: (r: SpeakerRef) => boolean = () => true,
): SpeakerRef | null {
  for (let q = pi; q >= 0 && q >= pi - back; q--) {
    const ms = ctx.idx.byParagraph[q];
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i];
      if (q === pi && m.start >= pos) continue;
      if (m.type !== type || m.possessive) continue;
      if (type === 'person' && insideQuote(ctx, q, m.start)) continue; // people named inside quotes are not antecedents
      const r: SpeakerRef = { type: type === 'person' ? 'person' : 'organisation', ref: m.ref };
      if (ok(r)) return r;
    }
  }
  return null;
}
