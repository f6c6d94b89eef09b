/**
 * Lone capitalised words after the first pass: a surname or name token of a person named in full ("Doo", "Mr Kim"),
 * an organisation introduced by an apposition ("Loopwise, the … startup"), else a new person when the evidence allows.
 */
import { sentenceAt, stripPossessive, type Token } from '../doc/text.js';
import { subjectPrefixAt } from './subject-prefix.js';
import type { ParagraphInfo } from '../doc/index.js';
import { addDescription, stripHonorific } from './titled-names.js';
import { isPrep } from '../quotes/cues.js';
import type { Mention, MentionBuilder } from './table.js';
import { ORG_TYPE_NOUNS, isPlace, orgTypeKind, placeCountry, type Run } from './runs.js';
import { COMMON_CAPS } from '../lexicon/function-words.js';
import { GIVEN_NAMES, GROUP_NOUNS, NON_PERSON_HEADS } from '../lexicon/person-words.js';
import { CUES } from '../lexicon/speech-verbs.js';

/** A lone capitalised word that may be a person: resolved once every full name is known. */
export interface PendingSingle {
  run: Run;
  tokens: Token[];
  titled: boolean;
  gender: 'm' | 'f' | null;
  fullStart: number;
  prefix: string;
}

export const ORG_APPOSITION = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:[\\p{L}\\p{N}$.'’-]+\\s+){0,5}?(${ORG_TYPE_NOUNS})\\b`,
  'u',
);

/** Whether the person mention starting at `order` (paragraph × 1e7 + offset) is its sentence's subject. */
export function subjectAt(info: ParagraphInfo[], order: number): boolean {
  const p = info[Math.floor(order / 1e7)];
  const start = order % 1e7;
  const [s] = sentenceAt(p.starts, p.text.length, start);
  return subjectPrefixAt(p, s, start);
}

/** Single tokens: coreference to a full name, else an organisation introduced by an apposition, a place, or a titled / aged person. */
export function resolveSingles(info: ParagraphInfo[], b: MentionBuilder, singles: PendingSingle[]): void {
  const agents = companyLikeWords(info, singles);
  for (const s of singles) {
    const t = s.tokens[0];
    const base = stripPossessive(t.text).base;
    const pi = s.run.paragraph;
    const order = pi * 1e7 + t.start;
    const known = b.personBySurname(base, order, (o) => subjectAt(info, o));
    const p = info[pi];
    const after = p.text.slice(t.end, t.end + 40);
    const speaks =
      /^\s+((?:(?:also|has|had|have|later|then|again|previously|earlier|repeatedly|\p{Ll}+ly)\s+){0,2})(\p{Ll}+)/u.exec(
        after,
      );
    const isSpeaker = !!speaks && CUES.has(speaks[2]) && !s.run.possessive;
    let ref: number | null = known ?? b.personNamed(base);
    const orgMention = (oi: number): Mention => ({
      paragraph: pi,
      start: t.start,
      end: t.start + base.length,
      type: 'org',
      ref: oi,
      text: base,
      possessive: s.run.possessive,
      fullStart: s.fullStart,
    });
    if (ref === null) {
      // "Loopwise, the San Francisco-based scheduling startup …": an organisation introduced by an apposition
      const ap = ORG_APPOSITION.exec(p.text.slice(t.end, t.end + 120));
      if (ap && !isPlace(base) && !COMMON_CAPS.has(base.toLowerCase())) {
        const oi = b.org(base, null, orgTypeKind(ap[1]));
        b.mentions.push(orgMention(oi));
        continue;
      }
      // "Apple" after "Apple Inc.", "Samsung" after "Samsung Electronics": the organisation
      const oi = b.orgByFirstWord(base);
      if (oi !== null) {
        b.nameForm('org', oi, base);
        b.mentions.push(orgMention(oi));
        continue;
      }
    }
    if (ref === null && isPlace(base)) {
      b.mentions.push({
        paragraph: pi,
        start: t.start,
        end: t.start + base.length,
        type: 'place',
        ref: -1,
        text: base,
        possessive: s.run.possessive,
        fullStart: t.start,
        country: placeCountry(base),
      });
      continue;
    }
    // a lone unknown word that speaks is more often an organisation ("Veltron said") than a person: only a title
    // ("Mr Kim", "lawmaker Lee") makes it a person; speakers.ts turns untitled ones into organisations
    const lower = base.toLowerCase();
    const nameLike =
      !NON_PERSON_HEADS.has(lower) &&
      !GROUP_NOUNS.has(lower) &&
      !COMMON_CAPS.has(lower) &&
      !/(?:ian|ese|ish|ers|ists)$/.test(lower);
    const aged = /^,\s+(?:aged\s+)?\d{1,3},/.test(after);
    // "Her daughter, Ana, who …": a given name in apposition to a kinship or role noun
    const kin =
      GIVEN_NAMES.has(lower) &&
      /\b(?:daughter|son|wife|husband|mother|father|sister|brother|friend|partner|neighbou?r|colleague|cousin|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|boss|assistant|owner|manager|student|teacher|nurse|doctor)\s*,\s*$/i.test(
        p.text.slice(Math.max(0, t.start - 30), t.start),
      );
    if (ref === null && (s.titled || aged || kin) && nameLike) ref = b.person(base, s.gender);
    void isSpeaker;
    if (ref === null && agents.has(base) && !known) {
      // "Gridly makes software …", "whether Gridly stays independent": a lone name that acts is an organisation
      // "United" after "Northbridge United": the one organisation whose name ends in the word
      const ends = b.organisations.map((o, i) => (o.name.endsWith(` ${base}`) ? i : -1)).filter((i) => i >= 0);
      b.mentions.push(orgMention(ends.length === 1 ? ends[0] : b.org(base, null, 'OTHER')));
      continue;
    }
    if (ref === null) continue;
    if (known !== null) b.nameForm('person', ref, base, s.titled);
    if (s.gender && !b.people[ref].gender) b.people[ref].gender = s.gender;
    b.mentions.push({
      paragraph: pi,
      start: t.start,
      end: t.start + base.length,
      type: 'person',
      ref,
      text: base,
      possessive: s.run.possessive,
      fullStart: s.fullStart,
    });
    if (s.prefix && s.titled) addDescription(b, ref, stripHonorific(s.prefix));
  }
}

export const AGENT_VERB = /^(?:\p{Ll}{3,}[^s\s]s|\p{Ll}{3,}ed|is|was|has|had|will|would|can|could)$/u;

/** Lone capitalised words that act as the subject of a verb or own something at least twice ("Gridly makes …",
 * "Gridly's investors"), with nothing that marks a person (a title, an age, "X said he …"), and not names or places. */
export function companyLikeWords(info: ParagraphInfo[], singles: PendingSingle[]): Set<string> {
  const counts = new Map<string, number>();
  const excluded = new Set<string>();
  for (const s of singles) {
    const t = s.tokens[0];
    const base = stripPossessive(t.text).base;
    const lower = base.toLowerCase();
    if (excluded.has(base)) continue;
    if (
      s.titled ||
      GIVEN_NAMES.has(lower) ||
      COMMON_CAPS.has(lower) ||
      NON_PERSON_HEADS.has(lower) ||
      GROUP_NOUNS.has(lower) ||
      isPlace(base) ||
      base.length < 3
    ) {
      excluded.add(base);
      continue;
    }
    const text = info[s.run.paragraph].text;
    const after = text.slice(t.end, t.end + 60);
    if (
      /^,\s+(?:aged\s+)?\d{1,3},|^,?\s+(?:\p{Ll}+\s+){0,2}(?:said|says|told|added|adds)\b[^.;:“”"]{0,30}?\b(?:he|she|his|her)\b/u.test(
        after,
      )
    ) {
      excluded.add(base);
      continue;
    }
    // "“Fine words are not enough”": a capitalised sentence opener inside a quote is the speaker's prose
    if (opensQuotedSentence(info[s.run.paragraph], t.start)) continue;
    const prev = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 16), t.start))?.[1].toLowerCase() ?? '';
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
    const acts = s.run.possessive ? /^\s+\p{Ll}/u.test(after) : AGENT_VERB.test(next);
    if (acts && !isPrep(prev)) counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && !excluded.has(w)).map(([w]) => w));
}

const QUOTE_LOOKBACK = 600;

/** Whether the word at `start` opens a sentence inside a quotation: right after the opening mark, or at a sentence
 * start while a quotation is open ("“Fine words. Fine speeches too,”"). */
function opensQuotedSentence(p: ParagraphInfo, start: number): boolean {
  const before = p.text.slice(Math.max(0, start - 2), start);
  if (/["“‘]\s?$/u.test(before)) return true;
  const [sentence] = sentenceAt(p.starts, p.text.length, start);
  if (p.text.slice(sentence, start).trim() !== '') return false;
  // a bounded look back keeps the stage linear; a quotation open for longer than that is not seen
  const upTo = p.text.slice(Math.max(0, start - QUOTE_LOOKBACK), start);
  const curly = (upTo.match(/“/g)?.length ?? 0) - (upTo.match(/”/g)?.length ?? 0);
  return curly > 0 || (upTo.match(/"/g)?.length ?? 0) % 2 === 1;
}
