/**
 * Numbers as written: digits in any common notation ("3,000", "1.2 million", "1,5 million", "1.234,5",
 * "3k", "$540 million", Arabic-Indic digits) and written-out numbers ("two", "twenty-five", "six million").
 * One pass of two linear regular expressions per paragraph.
 */
import { CURRENCY_SIGNS, NUMBER_WORDS, SCALES } from '../lexicon/figures.js';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** ISO code of a currency sign written before the number ("$" → USD), else null. */
  currency: string | null;
  /** The digits with their separators, as written ("3,000"); null for a written-out number. */
  digits: string | null;
  /** The scale suffix glued to the digits ("k", "m", "bn"), when there is one. */
  suffix: string | null;
  /** A scale word after it ("million"). */
  scaled: boolean;
  /** What the written digits are multiplied by (1,000,000 for "1.2 million"). */
  scale: number;
}

const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];
const OTHER_DIGITS = /[\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\uff10-\uff19]/gu;

/** Same text with every decimal digit in ASCII; one code unit each, so offsets are unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    // Arabic thousands and decimal separators
    if (code === 0x66c) return ',';
    if (code === 0x66b) return '.';
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? c : String.fromCharCode(0x30 + code - zero);
  });
}

/**
 * The value of digits with separators: the last of two different separators is the decimal mark;
 * one comma followed by 1-2 digits is a decimal comma ("1,5"); groups of three are thousands
 * ("3,000", "1.234.567", "450.000"). Null when the notation cannot be read (a version "1.2.3").
 */
export function parseDigits(digits: string): number | null {
  const hasComma = digits.includes(',');
  const hasDot = digits.includes('.');
  let normal = digits;
  if (hasComma && hasDot) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normal = digits.split(thousands).join('').replace(decimal, '.');
  } else if (hasComma) {
    const groups = digits.split(',');
    if (groups.length === 2 && groups[1].length <= 2) normal = `${groups[0]}.${groups[1]}`;
    else normal = groups.join('');
  } else if (hasDot) {
    const groups = digits.split('.');
    const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
    if (groups.length > 2 && !thousands) return null;
    if (thousands && (groups.length > 2 || groups[1] === '000')) normal = groups.join('');
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const DIGITS_RE =
  /(?:(US\$|A\$|C\$|HK\$|\$|€|£|¥|₹|₩)\s?)?(\d+(?:[.,]\d+)*)(?:(?:\s|-)(hundred|thousand|million|billion|trillion)(?![\p{L}\p{N}])|(k|mn|m|bn|b|tn)(?![\p{L}\p{N}]))?/gu;

const WRITTEN_RE =
  /\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(one|two|three|four|five|six|seven|eight|nine))?|(a)(?=\s(?:hundred|thousand|million|billion|dozen)\b))(?:\s(hundred|thousand|million|billion|dozen))?(?![\p{L}\p{N}-])/giu;

/** Every number in `text` (already passed through asciiDigits), in reading order, without overlaps. */
export function scanNumbers(text: string, limit: number): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS_RE)) {
    if (tokens.length >= limit) break;
    const [whole, sign, digits, scaleWord, suffix] = m;
    const base = parseDigits(digits);
    if (base === null) continue;
    const scale = scaleWord ? Number(SCALES.get(scaleWord)) : suffix ? Number(SCALES.get(suffix)) : 1;
    tokens.push({
      start: m.index,
      end: m.index + whole.length,
      value: base * scale,
      currency: sign ? (CURRENCY_SIGNS.get(sign) ?? null) : null,
      digits,
      suffix: suffix ?? null,
      scaled: Boolean(scaleWord),
      scale,
    });
  }
  const written: NumberToken[] = [];
  for (const m of text.matchAll(WRITTEN_RE)) {
    if (written.length >= limit) break;
    const [whole, number, tail, article, scaleWord] = m;
    if (/[\p{L}\p{N}-]/u.test(text[m.index - 1] ?? '')) continue;
    const lowerHead = (number ?? article).toLowerCase();
    // "a" counts only as "a million"; "one" alone is too often a pronoun ("one of them")
    if ((lowerHead === 'a' || lowerHead === 'one') && !scaleWord) continue;
    const scale = scaleWord ? Number(SCALES.get(scaleWord.toLowerCase())) : 1;
    const value =
      (Number(NUMBER_WORDS.get(lowerHead)) + (tail ? Number(NUMBER_WORDS.get(tail.toLowerCase())) : 0)) * scale;
    written.push({
      start: m.index,
      end: m.index + whole.length,
      value,
      currency: null,
      digits: null,
      suffix: null,
      scaled: Boolean(scaleWord),
      scale,
    });
  }
  if (!written.length) return tokens;
  return [...tokens, ...written].sort((a, b) => a.start - b.start);
}
