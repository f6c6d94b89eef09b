/**
 * Which numbers of a paragraph are claims, and what each one counts: its qualifier, unit, rate and
 * range. Everything looks at a bounded window around the number, so a paragraph costs time linear
 * in its length whatever it holds.
 */
import { MONTH_ABBR } from '../lexicon/function-words.js';
import { QUALIFIER_BEFORE, WRITTEN_DETERMINERS, YEAR_BEFORE } from '../lexicon/figures.js';
import type { NumberToken } from './numbers.js';
import type { ClaimQualifier } from './types.js';
import { unitAfter, unitBefore } from './units.js';

export interface RawClaim {
  start: number;
  end: number;
  /** Where the number itself starts (after its qualifier), for the grouping rules that look before it. */
  numberStart: number;
  value: number;
  low: number | null;
  qualifier: ClaimQualifier;
  unit: string;
  per: string | null;
  /** The words between the number and the end of its unit as written ("North Korean soldiers"). */
  unitPhrase: string;
  currencyOrMeasure: boolean;
}

const WINDOW = 120;
const RATE_AFTER =
  /^\s?(?:(?:per|a|an)\s(month|year|day|week|hour|litre|liter|person|head|share|barrel|kilo|tonne|capita|household)\b|(annually|monthly|weekly|daily|yearly)\b|(each)\b)/i;
const RATE_WORDS: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  liter: 'litre',
};

const isMonth = (word: string | undefined) =>
  word !== undefined && /^\p{Lu}/u.test(word) && MONTH_ABBR[word.replace(/\.$/, '').toLowerCase()] !== undefined;

const WORD_CHAR = /[\p{L}\p{N}'’.-]/u;

/** The last word of `text` (a backward scan: an end-anchored pattern would retry from every offset). */
function lastWord(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return start < end ? text.slice(start, end) : undefined;
}

function firstWord(text: string): string | undefined {
  return /^\s*([\p{L}\p{N}'’-]+)/u.exec(text)?.[1];
}

function qualifierBefore(before: string): { qualifier: ClaimQualifier; length: number } | null {
  const lower = before.toLowerCase();
  for (const [phrase, qualifier] of QUALIFIER_BEFORE) {
    if (!lower.endsWith(`${phrase} `)) continue;
    const edge = lower.length - phrase.length - 2;
    if (edge < 0 || !/[\p{L}\p{N}]/u.test(lower[edge])) return { qualifier, length: phrase.length + 1 };
  }
  if (/\ban? estimated\b[^.,;]{0,30}$/.test(lower.slice(-48))) return { qualifier: 'ABOUT', length: 0 };
  return null;
}

/** True when the number is not a claim whatever follows: part of a name, a date, a time, an age, an ordinal. */
function notAClaim(text: string, token: NumberToken, before: string, after: string): boolean {
  before = before.slice(-32);
  const prev = text[token.start - 1] ?? '';
  const prev2 = text[token.start - 2] ?? '';
  if (/[\p{L}#]/u.test(prev) || (prev === '-' && /[\p{L}\p{N}]/u.test(prev2))) return true;
  if (/^(?:st|nd|rd|th|s|['’]s)(?![\p{L}])/u.test(after) && token.digits !== null && !token.suffix) return true;
  if (/^[:.]\d/.test(after) && !after.startsWith('.')) return true;
  if (prev === ':' && /\d/.test(prev2)) return true;
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|h\b)/i.test(after)) return true;
  if (/^-\p{L}/u.test(after) && !/^-plus\b/i.test(after)) return true;
  if (/^\s\d/.test(after) || /\d\s$/.test(before)) return true;
  if (isMonth(lastWord(before)) || isMonth(firstWord(after))) return true;
  if (/\bno\.\s$/i.test(before)) return true;
  const integer = token.digits !== null && /^\d{1,3}$/.test(token.digits);
  if (integer && /\p{Lu}[\p{L}'’.-]*,\s$/u.test(before) && /^,/.test(after)) return true;
  if (integer && /\baged?\s$/i.test(before)) return true;
  if (token.value === 0) return true;
  return false;
}

function isYearLike(token: NumberToken): boolean {
  return (
    token.digits !== null &&
    !token.currency &&
    !token.scaled &&
    !token.suffix &&
    /^\d{4}$/.test(token.digits) &&
    token.value >= 1000 &&
    token.value <= 2100
  );
}

/** A following number joined to this one as a range or a score: "3,000 to 4,000", "20-30", "3-1". */
function partnerOf(text: string, token: NumberToken, next: NumberToken | undefined): 'range' | 'pair' | null {
  if (!next) return null;
  const between = text.slice(token.end, next.start);
  if (/^\s?[-–—]\s?$/.test(between)) return 'range';
  if (/^\s(?:to|and)\s$/.test(between)) return 'pair';
  return null;
}

/** The claims in one paragraph. `text` is the paragraph with ASCII digits; offsets are the paragraph's. */
export function readClaims(text: string, tokens: NumberToken[]): RawClaim[] {
  const claims: RawClaim[] = [];
  if (/^\s*\d+\s+(?:comments?|shares?|views?|likes?|replies|photos?)\s*$/i.test(text)) return claims;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let last = token;
    const before = text.slice(Math.max(0, token.start - WINDOW), token.start);
    const near = before.slice(-32);
    let low: number | null = null;
    let value = token.value;
    let rangeStart = token.start;
    const link = partnerOf(text, token, tokens[i + 1]);
    if (link) {
      const next = tokens[i + 1];
      const dated = isMonth(firstWord(text.slice(next.end, next.end + 20))) || isYearLike(token) || isYearLike(next);
      const joinedBy = text.slice(token.end, next.start);
      const between = /\bbetween\s$/i.exec(near);
      if (dated || (link === 'range' && next.value <= token.value)) {
        // a span of dates or years, or a score ("3-1"): neither number is a claim
        i++;
        continue;
      }
      const isRange =
        next.value > token.value &&
        !/\bfrom\s$/i.test(near) &&
        (link === 'range' || / to /.test(joinedBy) || between !== null);
      if (isRange) {
        const shareScale = token.scale === 1 && next.scale > 1 && token.value < 1000;
        low = shareScale ? token.value * next.scale : token.value;
        value = next.value;
        if (between) rangeStart = token.start - between[0].length;
        last = next;
        i++;
      }
    }
    const after = text.slice(last.end, last.end + WINDOW);
    if (notAClaim(text, token, before, text.slice(token.end, token.end + WINDOW))) continue;
    const negative = /(?:^|[^\p{L}])minus\s$/iu.test(near) && !/\bplus or minus\s$/i.test(near);
    if (negative) {
      value = -value;
      if (low !== null) low = -low;
    }
    const qualifier = negative ? null : qualifierBefore(before);
    const lead = qualifier ? before.slice(0, before.length - qualifier.length) : before;
    if (token.digits === null && WRITTEN_DETERMINERS.has((lastWord(lead) ?? '').toLowerCase())) continue;
    if (token.digits === null && /^\s(?:of|or)\b/.test(after)) continue;
    let reading = unitAfter(last, after);
    if (reading?.time) continue;
    if (last.suffix === 'm' && !last.currency && reading === null) {
      value /= 1_000_000;
      reading = { unit: 'm', length: 0, measured: true, time: false };
    }
    if (isYearLike(last) && !qualifier && (!reading || YEAR_BEFORE.has((lastWord(lead) ?? '').toLowerCase()))) continue;
    const fallback = reading ? null : unitBefore(lead, claims[claims.length - 1]?.unit);
    const unit = reading?.unit ?? fallback?.unit;
    if (!unit) continue;
    let end = last.end + (reading?.length ?? 0);
    let per: string | null = null;
    const rate = RATE_AFTER.exec(text.slice(end, end + 40));
    if (rate) {
      const word = (rate[1] ?? rate[2] ?? rate[3]).toLowerCase();
      per = word === 'each' ? previousUnitSingular(claims) : (RATE_WORDS[word] ?? word);
      end += rate[0].length;
    }
    claims.push({
      start: negative
        ? token.start - 'minus '.length
        : qualifier && low === null
          ? token.start - qualifier.length
          : rangeStart,
      end,
      numberStart: token.start,
      value,
      low,
      qualifier: low !== null ? 'RANGE' : (qualifier?.qualifier ?? 'EXACT'),
      unit,
      per,
      unitPhrase: reading && !reading.measured ? text.slice(last.end, last.end + reading.length).trim() : '',
      currencyOrMeasure: reading?.measured ?? fallback?.measured ?? false,
    });
  }
  return claims;
}

function previousUnitSingular(claims: RawClaim[]): string {
  const previous = claims[claims.length - 1];
  if (!previous || previous.currencyOrMeasure) return 'each';
  return previous.unit.replace(/s$/, '');
}
