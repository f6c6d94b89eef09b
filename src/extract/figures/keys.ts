/**
 * What quantity a claim is about, as a key that is equal for claims about the same quantity in any
 * article: the place it concerns, its unit and rate, what happened to what it counts (killed,
 * injured, a standing total) and, for money and percentages, what they measure.
 */
import { CAPITALS, COUNTRIES, COUNTRY_ALIASES, NATIONALITIES } from '../lexicon/places.js';
import { firstIndexNotBefore } from '../doc/text.js';
import {
  FRAMES,
  INSTITUTION_WORDS,
  MEASURE_NOUNS,
  NUMBER_WORDS,
  PLACE_PREPOSITIONS,
  STOCK_BEFORE,
} from '../lexicon/figures.js';
import type { RawClaim } from './claims.js';
import { phraseFinder } from './patterns.js';

export interface PlaceMention {
  start: number;
  end: number;
  country: string;
  /** After a preposition ("to Russia", "across Pakistan"): where things happen, seldom what is counted. */
  located: boolean;
}

const placeForms = new Map<string, string>();
for (const c of COUNTRIES) placeForms.set(c, COUNTRY_ALIASES[c.toLowerCase()] ?? c);
for (const [city, country] of Object.entries(CAPITALS)) placeForms.set(city, country);
for (const [adjective, country] of Object.entries(NATIONALITIES)) if (country) placeForms.set(adjective, country);
placeForms.set('the North', 'North Korea');
const findPlaces = phraseFinder(placeForms.keys(), 's?');

/**
 * Places that can be what a figure concerns: not a destination ("to Russia"), not the owner of the
 * body that states it ("Seoul's spy agency", "Ukrainian President").
 */
export function placeMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of findPlaces(text)) {
    const before = text.slice(Math.max(0, m.start - 24), m.start).toLowerCase();
    const words = before.match(/[\p{L}\p{N},]+/gu) ?? [];
    const prev = words[words.length - 1];
    const prev2 = words[words.length - 2];
    const located = Boolean(
      prev && (PLACE_PREPOSITIONS.has(prev) || (prev === 'the' && prev2 && PLACE_PREPOSITIONS.has(prev2))),
    );
    const after = text
      .slice(m.end, m.end + 30)
      .toLowerCase()
      .replace(/^['’]s?/, '');
    const next = after.match(/[\p{L}]+/gu) ?? [];
    if (next.slice(0, 2).some((w) => INSTITUTION_WORDS.has(w))) continue;
    const form = placeForms.has(m.phrase) ? m.phrase : m.phrase.replace(/s$/, '');
    out.push({ start: m.start, end: m.end, country: placeForms.get(form) ?? form, located });
  }
  return out;
}

/**
 * The place mentioned most often in the article as what it is about (else as where things happen):
 * what a figure concerns when its sentence names no place.
 */
export function mainPlace(mentions: PlaceMention[][]): string | null {
  const mostFrequent = (located: boolean) => {
    const counts = new Map<string, number>();
    for (const paragraph of mentions)
      for (const m of paragraph) if (m.located === located) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
    let best: string | null = null;
    for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
    return best;
  };
  return mostFrequent(false) ?? mostFrequent(true);
}

function nearestPlace(places: PlaceMention[], from: number, to: number, claim: RawClaim): string | null {
  let best: PlaceMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (
    let i = firstIndexNotBefore(places.length, (j) => places[j].end <= from);
    i < places.length && places[i].start < to;
    i++
  ) {
    const p = places[i];
    if (p.located) continue;
    const distance = p.start >= claim.end ? p.start - claim.end : Math.max(0, claim.start - p.end);
    if (distance < bestDistance) {
      best = p;
      bestDistance = distance;
    }
  }
  return best?.country ?? null;
}

/** Clause around a claim: between the nearest ", ", ";", " -- " or dash on either side, within its sentence. */
function clauseOf(text: string, claim: RawClaim, sentenceStart: number, sentenceEnd: number): [number, number] {
  const before = text.slice(Math.max(sentenceStart, claim.start - 160), claim.start);
  const cut = Math.max(
    before.lastIndexOf(', '),
    before.lastIndexOf('; '),
    before.lastIndexOf(' -- '),
    before.lastIndexOf(' – '),
  );
  const after = text.slice(claim.end, Math.min(sentenceEnd, claim.end + 160));
  const ends = [after.indexOf(', '), after.indexOf('; '), after.indexOf(' -- '), after.indexOf(' – ')].filter(
    (i) => i >= 0,
  );
  const start = cut >= 0 ? claim.start - before.length + cut + 1 : Math.max(sentenceStart, claim.start - 160);
  const end = ends.length ? claim.end + Math.min(...ends) : Math.min(sentenceEnd, claim.end + 160);
  return [start, end];
}

function frameOf(text: string, claim: RawClaim, clause: [number, number]): string {
  if (claim.currencyOrMeasure) return '';
  const lead = text.slice(Math.max(clause[0], claim.start - 40), claim.start).toLowerCase();
  const words = lead.match(/[\p{L}]+/gu) ?? [];
  const prev = words[words.length - 1];
  // "has 1.2 million troops", "an army of", "with 1.2 million soldiers," (not "with 10,000 troops expected")
  const participle = /^\s+[a-z]+(?:ed|en|ing)\b/.test(text.slice(claim.end, claim.end + 20));
  const stock =
    prev === 'with'
      ? !participle
      : STOCK_BEFORE.has(prev ?? '') || (prev === 'of' && STOCK_BEFORE.has(words[words.length - 2] ?? ''));
  if (stock && claim.per === null) return 'total strength';
  if (/-strong\b/.test(text.slice(claim.end, claim.end + 12))) return 'total strength';
  const window = text.slice(clause[0], clause[1]).toLowerCase();
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of window.matchAll(/[\p{L}]+/gu)) {
    const frame = FRAMES.get(m[0]);
    if (!frame) continue;
    const at = clause[0] + m.index;
    const distance = Math.abs(at - claim.start);
    if (distance < bestDistance) {
      best = frame;
      bestDistance = distance;
    }
  }
  return best;
}

/** For money and percentages: the party named just before ("Labour on 38%") or the measure noun nearby. */
function measureOf(text: string, claim: RawClaim, clause: [number, number]): string {
  if (!claim.currencyOrMeasure || !/^(?:[A-Z]{3}|percent|points|percentage points)$/.test(claim.unit)) return '';
  const lead = text.slice(Math.max(clause[0], claim.start - 40), claim.start);
  const party = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]*)*)\s(?:on|at|with|had|has|gets|got|polled|took)\s$/u.exec(
    lead,
  );
  if (party && party.index > 0) return party[1];
  const window = text.slice(clause[0], clause[1]).toLowerCase();
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of window.matchAll(/[\p{L}]+/gu)) {
    if (!MEASURE_NOUNS.has(m[0])) continue;
    const distance = Math.abs(clause[0] + m.index - claim.start);
    if (distance < bestDistance) {
      best = m[0];
      bestDistance = distance;
    }
  }
  return best;
}

export interface ClaimKey {
  key: string;
  label: string;
  subject: string;
}

const SUBJECT_STOP = new Set(
  'and or but that which who said says by on since last this next while when where if after before as than with for during until according was were is are be been has have had will would could should may might can the a an its their'.split(
    ' ',
  ),
);

/** The claim's grouping key, its readable name, and a short subject from the words around it. */
export function keyOf(
  text: string,
  claim: RawClaim,
  sentence: [number, number],
  places: PlaceMention[],
  aboutArticle: () => string | null,
): ClaimKey {
  const clause = clauseOf(text, claim, sentence[0], sentence[1]);
  const place =
    nearestPlace(places, clause[0], clause[1], claim) ??
    nearestPlace(places, sentence[0], sentence[1], claim) ??
    aboutArticle() ??
    '';
  const frame = frameOf(text, claim, clause);
  const measure = measureOf(text, claim, clause);
  const key = [place.toLowerCase(), claim.unit.toLowerCase(), claim.per ?? '', frame, measure.toLowerCase()].join('|');
  const label = `${place ? `${place}: ` : ''}${claim.unit}${claim.per ? ` per ${claim.per}` : ''}${frame ? ` ${frame === 'total strength' ? '(total strength)' : frame}` : ''}${measure ? ` (${measure})` : ''}`;
  const continuation: string[] = [];
  for (const m of text
    .slice(claim.end, Math.min(sentence[1], claim.end + 60))
    .matchAll(/(\s+)(\p{L}[\p{L}'’-]*)|[^\s\p{L}]/gu)) {
    if (
      !m[2] ||
      continuation.length >= 3 ||
      SUBJECT_STOP.has(m[2].toLowerCase()) ||
      NUMBER_WORDS.has(m[2].toLowerCase())
    )
      break;
    continuation.push(m[2]);
  }
  while (continuation.length && /^(?:to|in|from|of|into|at)$/i.test(continuation[continuation.length - 1]))
    continuation.pop();
  const head = claim.unitPhrase || measure || `${claim.unit}${claim.per ? ` per ${claim.per}` : ''}`;
  return { key, label, subject: [head, ...continuation].join(' ') };
}
