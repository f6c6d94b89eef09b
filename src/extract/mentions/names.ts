/** Name-shape helpers: East Asian surname order, surname of a name, transliteration folding. */
import { EA_SURNAMES, WESTERN_FIRST } from '../lexicon/person-words.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/person-words.js';

export function isEastAsianSurname(t: string): boolean {
  return EA_SURNAMES.has(t.toLowerCase());
}

export interface NameParts {
  /** tokens of the name as written */
  tokens: string[];
  surname: string;
  given: string[];
  surnameFirst: boolean;
}

export function splitName(name: string): NameParts {
  const tokens = name.split(/\s+/).filter(Boolean);
  if (tokens.length === 1) return { tokens, surname: tokens[0], given: [], surnameFirst: false };
  const first = tokens[0].toLowerCase();
  const rest = tokens.slice(1);
  let surnameFirst = false;
  if (EA_SURNAMES.has(first)) {
    const hyphenGiven = rest.some((t) => /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(t));
    const shortRest = rest.every((t) => t.replace(/-/g, '').length <= 7) && rest.length <= 2;
    if (hyphenGiven) surnameFirst = true;
    else if (rest.length === 2 && shortRest) surnameFirst = true;
    else if (rest.length === 1 && shortRest && !WESTERN_FIRST.has(first)) surnameFirst = true;
    else if (rest.length === 1 && shortRest && isSinoKoreanGiven(rest[0])) surnameFirst = true;
  } else if (
    first.length <= 4 &&
    rest.length === 1 &&
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(rest[0]) &&
    !tokens[0].includes('-')
  ) {
    // "Doo Jin-ho": a short first token followed by a hyphenated two-syllable given name
    surnameFirst = true;
  }
  if (surnameFirst) return { tokens, surname: tokens[0], given: rest, surnameFirst };
  // Western: surname is the last token, particles ("van", "de", "al") join it
  let k = tokens.length - 1;
  while (k > 1 && /^(?:van|von|de|da|del|der|di|du|la|le|al|el|bin|ibn|ben|st\.?)$/i.test(tokens[k - 1])) k--;
  if (/^(?:jr\.?|sr\.?|ii|iii|iv)$/i.test(tokens[tokens.length - 1]) && tokens.length > 2) {
    return { tokens, surname: tokens[tokens.length - 2], given: tokens.slice(0, -2), surnameFirst: false };
  }
  return { tokens, surname: tokens.slice(k).join(' '), given: tokens.slice(0, k), surnameFirst: false };
}

const KO_SYL =
  /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj|sh|ts)?(?:wae|yae|yeo|wa|wo|we|wi|ya|yo|yu|ye|eo|eu|ae|oe|ui|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r)?/;

/** "Sunwon" = sun+won: a one- or two-syllable romanised Korean/Chinese given name. */
export function isSinoKoreanGiven(t: string): boolean {
  let s = t.toLowerCase();
  for (let n = 0; n < 3; n++) {
    if (!s) return n >= 1;
    const m = KO_SYL.exec(s);
    if (!m?.[0]) return false;
    s = s.slice(m[0].length);
  }
  return s.length === 0;
}

const plainCache = new Map<string, string>();
const foldCache = new Map<string, string>();

/** Lower-case, accents, hyphens, spaces and punctuation removed. */
export function plainKey(s: string): string {
  let v = plainCache.get(s);
  if (v === undefined) {
    v = plainKeyRaw(s);
    if (plainCache.size > 20000) plainCache.clear();
    plainCache.set(s, v);
  }
  return v;
}

function plainKeyRaw(s: string): string {
  if (/^[a-z0-9]*$/.test(s)) return s;
  if (/^[A-Za-z0-9 .'’-]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A looser key: transliteration variants folded (y/i/j, doubled letters, kh/h, ph/f, w/v, ck/k, c/k). */
export function foldKey(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = foldKeyRaw(s);
    if (foldCache.size > 20000) foldCache.clear();
    foldCache.set(s, v);
  }
  return v;
}

function foldKeyRaw(s: string): string {
  return plainKey(s)
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?![h])/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

/** Gender evidence for he/she resolution: given names that are near-unambiguous in news text. Unknown stays null —
 * a name not listed never blocks a pronoun. */
export function genderOfGivenName(given: string): 'm' | 'f' | null {
  const g = given.toLowerCase();
  return FEMALE_GIVEN_NAMES.has(g) ? 'f' : MALE_GIVEN_NAMES.has(g) ? 'm' : null;
}
