/**
 * What a number counts or measures, read from the words after it ("3,000 North Korean soldiers",
 * "46C", "180 million euros") or, when none follows, before it ("magnitude 6.8", "the death toll
 * rose to 134", "the number of troops in Russia to 3,000").
 */
import { NATIONALITIES } from '../lexicon/places.js';
import {
  CURRENCY_WORDS,
  IRREGULAR_PLURALS,
  MEASURES,
  MEASURES_BEFORE,
  NOT_PLURAL,
  TIME_UNITS,
  UNIT_STOP,
  UNIT_SYNONYMS,
} from '../lexicon/figures.js';
import type { NumberToken } from './numbers.js';

const WORD_AFTER = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

function isPlural(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (lower.length < 3 || NOT_PLURAL.has(lower)) return false;
  return /[a-z]s$/.test(lower) && !/(ss|ous|is|us)$/.test(lower);
}

function canonicalCount(word: string): string {
  const bare = word.replace(/['’]s?$/, '');
  const lower = bare.toLowerCase();
  const synonym = UNIT_SYNONYMS.get(lower);
  if (synonym) return synonym;
  // "North Koreans", "Britons": people of a nationality
  if (/^\p{Lu}/u.test(bare) && NATIONALITIES[bare.replace(/s$/, '')] !== undefined) return 'people';
  return lower;
}

function measureAfter(after: string, glued: boolean): { unit: string; length: number } | null {
  const m = /^(\s?)(%|°[cf]|km\/h|[a-z°]+(?:\s[a-z]+)?)/i.exec(after);
  if (!m) return null;
  const [, space, phrase] = m;
  const lower = phrase.toLowerCase();
  const candidates = lower.includes(' ') ? [lower, lower.split(' ')[0]] : [lower];
  for (const candidate of candidates) {
    const unit = MEASURES.get(candidate);
    if (!unit) continue;
    // a bare "C" or "F" is a unit only glued to the number ("46C")
    if ((candidate === 'c' || candidate === 'f') && (space || !glued)) continue;
    if (!/[\p{L}%°]$/u.test(candidate) || after.slice(space.length + candidate.length).match(/^[\p{L}]/u)) continue;
    return { unit, length: space.length + candidate.length };
  }
  return null;
}

export interface UnitReading {
  unit: string;
  /** Characters after the number that the unit spans. */
  length: number;
  measured: boolean;
  time: boolean;
}

/** What the number counts, read from the words after it ("3,000 North Korean soldiers", "46C", "$5m"). */
export function unitAfter(token: NumberToken, after: string): UnitReading | null {
  let currency = token.currency;
  let length = 0;
  const word = /^\s([\p{L}]+)/u.exec(after);
  if (word && CURRENCY_WORDS.has(word[1].toLowerCase()) && (word[1].toLowerCase() !== 'won' || token.scaled)) {
    if (!(word[1].toLowerCase().startsWith('pound') && /^\s\w+\sof\b/.test(after))) {
      currency = CURRENCY_WORDS.get(word[1].toLowerCase()) ?? currency;
      length = word[0].length;
    }
  }
  if (currency) return { unit: currency, length, measured: true, time: false };
  const measure = measureAfter(after, true);
  if (measure) return { unit: measure.unit, length: measure.length, measured: true, time: false };
  let rest = after;
  let consumed = 0;
  for (let i = 0; i < 5; i++) {
    const m = WORD_AFTER.exec(rest);
    if (!m) return null;
    const w = m[1];
    const lower = w.toLowerCase();
    if (TIME_UNITS.has(lower)) return { unit: lower, length: 0, measured: false, time: true };
    if (UNIT_STOP.has(lower) && lower !== 'more') return null;
    consumed += m[0].length;
    rest = rest.slice(m[0].length);
    if (isPlural(w)) return { unit: canonicalCount(w), length: consumed, measured: false, time: false };
  }
  return null;
}

/** Units read from the words before the number: "magnitude 6.8", "a crowd of 19,520", "the death toll rose to 134". */
export function unitBefore(
  lead: string,
  previousUnit: string | undefined,
): { unit: string; measured?: boolean } | null {
  const lower = lead.toLowerCase();
  for (const [phrase, unit] of MEASURES_BEFORE)
    if (lower.endsWith(`${phrase} `)) return { unit, measured: unit !== 'people' };
  if (/\btoll\b[^.;:]{0,60}\b(?:to|of|at|reached|hit)\s$/.test(lower)) return { unit: 'people' };
  const counted =
    /\bnumber of\s(?:[\p{L}'’-]+\s){0,3}?(\p{L}+s)(?:['’]s?)?\b[^.;:]{0,60}\b(?:to|at|of|is|was|reached)\s$/u.exec(
      lead,
    );
  if (counted && isPlural(counted[1])) return { unit: canonicalCount(counted[1]) };
  const population = /\b(\p{L}+)\spopulation\b[^.;:]{0,40}\b(?:to|of|at)\s$/u.exec(lower);
  if (population) return { unit: `${population[1]}s` };
  if (previousUnit && /\b(?:figure|count|tally|total)\s(?:at|to|of|was|is)\s$/.test(lower))
    return { unit: previousUnit };
  return null;
}
