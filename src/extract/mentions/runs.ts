/**
 * Capitalised runs and what their words look like: organisation head words and kinds, places and countries, name shapes.
 * mentions.ts classifies each run with these; nothing here keeps state.
 */
import type { OrganisationKind } from '../types.js';
import { stripPossessive, isUpper, type Token } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { COMMON_CAPS, DAYS, CONNECTORS, MONTH_SET } from '../lexicon/function-words.js';
import { ORG_HEADS, ORG_WORDS, CIVIC_HEADS, CLUB_WORDS } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, NON_PERSON_HEADS, NAME_PARTICLES } from '../lexicon/person-words.js';
import { COUNTRY_ALIASES, COUNTRY_SET, CAPITALS, NATIONALITY_SET, PLACE_SET } from '../lexicon/places.js';
import { WORD_SURNAMES } from '../lexicon/name-forms.js';
import { HONORIFICS, NAME_PART_TITLES, TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';

export const OF_HEADS =
  /^(?:republic|district|province|diocese|archdiocese|government|kingdom|state|states|house|chamber|office|court|school|department|church|bank|secretary|minister|university|college|institute|museum|academy|federation|union|league|association|society|order|bureau|council|commission|board|port|city|town|county|borough|municipality|village|township|isle|isles|gulf|bay|sea|cape|duke|duchess|prince|princess|earl|lord|lady|king|queen|emir|sultan)$/;
/** Common nouns for kinds of organisation: "the startup", "copper producer Minera Cordillera Sur", "the group Clean Rivers". */
export const ORG_TYPE_NOUNS =
  'company|startup|start-up|firm|maker|group|bank|chain|retailer|carrier|airline|operator|platform|app|developer|provider|manufacturer|producer|supplier|chipmaker|carmaker|automaker|insurer|lender|giant|club|team|side|charity|organisation|organization|agency|regulator|union|party|network|broadcaster|newspaper|publisher|conglomerate|miner|brewer|drugmaker|utility|consultancy|consultancy firm|label|band|franchise|fund|campaign|brand';
const ORG_TYPE_BEFORE = new RegExp(`(?:^|[\\s(])(${ORG_TYPE_NOUNS})\\s$`, 'u');

export function orgTypeKind(noun: string): OrganisationKind {
  if (/^(?:club|team|side|charity|organi[sz]ation|union|party|network|group|band|campaign|label)$/.test(noun))
    return 'OTHER';
  if (/^(?:agency|regulator)$/.test(noun)) return 'GOVERNMENT_AGENCY';
  if (/^(?:broadcaster|newspaper|publisher)$/.test(noun)) return 'MEDIA';
  return 'COMPANY';
}

/** Modifier words of an apposition's head noun (no preposition: "a partner at the firm" is not a firm). */
const MODS = `(?:(?!(?:at|of|for|with|in|on|from|to|by|and|who|which)\\s)[\\p{L}\\p{N}$.'’-]+\\s+)`;
const ORG_TYPE_APPOSED = new RegExp(`(?:^|\\s)(?:the|a|an|its|their)\\s+${MODS}{0,3}(${ORG_TYPE_NOUNS}),\\s$`, 'iu');
const ORG_TYPE_AFTER = new RegExp(
  `^,\\s+(?:the|a|an)\\s+${MODS}{0,5}?(${ORG_TYPE_NOUNS})(?=\\s*[,.;)]|\\s+(?:that|which|whose|based|owned|founded)\\b)`,
  'u',
);

/** The organisation-kind noun of an apposition around a name: "The cell supplier, Sunhan Materials," or
 * "Sunhan Materials, the cell supplier," (text before `start` / after `end`), or null. */
export function orgTypeApposed(text: string, start: number, end: number): string | null {
  return (
    ORG_TYPE_APPOSED.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.toLowerCase() ??
    ORG_TYPE_AFTER.exec(text.slice(end, end + 120))?.[1] ??
    null
  );
}

/** The organisation-kind noun right before `start` ("consultancy Critical Metals Insight", "the group Clean Rivers
 * Cornwall"), or null. */
export function orgTypeBefore(text: string, start: number): string | null {
  return ORG_TYPE_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? null;
}

const POSSESSIVE_IN_NAME =
  /^(?:attorney|attorneys|state|governor|mayor|sheriff|president|auditor|comptroller|children|women|men|people|veterans|prosecutor|treasurer|controller)['’]s?$/;
/** An Arabic name with a lower-case article: "al-Abadi", "el-Sisi". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ud)-\p{Lu}\p{Ll}+$/u;
const CAPITALISED_NAME_TOKEN =
  /^\p{Lu}['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$|^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]*)*$|^\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+$|^\p{Lu}\.$|^\p{Lu}(?:\.\p{Lu})+\.?$|^\p{Lu}[\p{Ll}]+-\p{Lu}[\p{Ll}]+$/u;
export const NAME_TOKEN = new RegExp(`${ARABIC_ARTICLE.source}|${CAPITALISED_NAME_TOKEN.source}`, 'u');

/** Capitalised, or an Arabic name with a lower-case article ("al-Abadi", "el-Sisi"). */
export function isCap(t: Token): boolean {
  return isUpper(t.text[0]) || ARABIC_ARTICLE.test(t.text);
}

export function titleWord(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, '');
  return TITLES.has(l) || TITLE_MODIFIERS.has(l);
}

export function orgHead(words: string[]): string | null {
  // head = the org word before the first of/for, else the last org word
  // "City of Johannesburg", "Town of Hempstead": a local government, while "Mexico City" stays a place
  if (words.length >= 3 && CIVIC_HEADS.has(words[0].toLowerCase()) && words[1] === 'of') return words[0].toLowerCase();
  let head: string | null = null;
  for (const w of words) {
    const l = w.toLowerCase();
    if (l === 'of' || l === 'for' || l === 'on') {
      if (head) return head;
      continue;
    }
    if (ORG_HEADS[l]) head = l;
  }
  // "Northbridge United", "Harbour Athletic", "Kingsbridge Rovers", "Leeds FC": a club name ends in its club word
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!head && words.length >= 2 && CLUB_WORDS.has(last) && !isPlace(words.join(' '))) return last;
  return head;
}

export function kindOf(words: string[]): OrganisationKind {
  const h = orgHead(words);
  const ws = words.map((w) => w.toLowerCase());
  if (ws.includes('news') && ws.includes('agency')) return 'MEDIA';
  if (h && CIVIC_HEADS.has(h)) return 'GOVERNMENT';
  if (ws.some((w) => w === 'university' || w === 'college')) return 'UNIVERSITY';
  if (
    h === 'committee' &&
    !ws.some((w) => ['assembly', 'parliament', 'congress', 'senate', 'house', 'parliamentary'].includes(w))
  )
    return 'OTHER';
  if (h === 'service' && ws.some((w) => w === 'intelligence' || w === 'security' || w === 'civil' || w === 'public'))
    return 'GOVERNMENT_AGENCY';
  return ((h && ORG_HEADS[h]) as OrganisationKind) || 'OTHER';
}

export function placeCountry(name: string): string | null {
  const l = name.toLowerCase().replace(/^the /, '');
  if (COUNTRY_ALIASES[l]) return COUNTRY_ALIASES[l];
  if (CAPITALS[name]) return CAPITALS[name];
  if (COUNTRY_SET.has(l)) return name.replace(/^the /i, '');
  return null;
}

export function isPlace(name: string): boolean {
  const l = name.toLowerCase().replace(/^the /, '');
  return PLACE_SET.has(l) || !!COUNTRY_ALIASES[l] || NATIONALITY_SET.has(l);
}

export interface Run {
  paragraph: number;
  tokens: Token[];
  possessive: boolean;
}

/** Capitalised runs in one paragraph. */
export function runs(p: ParagraphInfo, pi: number): Run[] {
  const out: Run[] = [];
  const toks = p.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isCap(toks[i])) {
      i++;
      continue;
    }
    const run: Token[] = [toks[i]];
    let possessive = stripPossessive(toks[i].text).possessive;
    let j = i + 1;
    while (j < toks.length) {
      const gap = p.text.slice(toks[j - 1].end, toks[j].start);
      // "the U.S. Attorney's Office", "Children's Hospital": a role's possessive inside an organisation's name
      if (possessive) {
        if (!(gap === ' ' && POSSESSIVE_IN_NAME.test(toks[j - 1].lower) && ORG_HEADS[toks[j].lower])) break;
        possessive = false;
      }
      // "Ministry of Trade, Industry and Energy": a list of capitalised words after "of" inside an organisation's name
      if (
        gap === ', ' &&
        run.some((x, k) => (x.lower === 'of' || x.lower === 'for') && k > 0 && ORG_HEADS[run[k - 1].lower])
      ) {
        const list = /^, (?:\p{Lu}\p{Ll}+, ){0,4}\p{Lu}\p{Ll}+,? and \p{Lu}\p{Ll}+/u.exec(
          p.text.slice(toks[j - 1].end, toks[j - 1].end + 120),
        );
        if (list) {
          const stop = toks[j - 1].end + list[0].length;
          while (j < toks.length && toks[j].end <= stop) run.push(toks[j++]);
          continue;
        }
      }
      // "Harrow & Lyle", "Oklahoma Gas & Electric": an ampersand between capitalised words joins a firm's name;
      // "Ostrava Residents’ Association": a plural possessive before an organisation word too
      if (
        (gap === ' & ' && isCap(toks[j])) ||
        (/^['’] $/.test(gap) && /s$/.test(toks[j - 1].text) && ORG_HEADS[toks[j].lower])
      ) {
        run.push(toks[j]);
        possessive = stripPossessive(toks[j].text).possessive;
        j++;
        continue;
      }
      if (
        gap !== ' ' &&
        !(
          gap === '. ' &&
          /^(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Rep|Sen|Gen|Lt|Col|St|Prof|Gov|Adm|Capt|Sgt|Maj|Cpl|Insp|Supt|Det|Rev|Fr|Cmdr|Brig|[A-Z](?:\.[A-Z])*)$/.test(
            toks[j - 1].text,
          )
        )
      )
        break;
      const t = toks[j];
      if (isCap(t)) {
        run.push(t);
        possessive = stripPossessive(t.text).possessive;
        j++;
        continue;
      }
      // "Office of the U.S. Trade Representative", "Ministry of the Interior": "of the" inside an organisation's name
      if (
        (t.lower === 'of' || t.lower === 'for') &&
        toks[j + 1]?.lower === 'the' &&
        toks[j + 2] &&
        isCap(toks[j + 2]) &&
        p.text.slice(t.end, toks[j + 2].start) === ' the ' &&
        (OF_HEADS.test(toks[j - 1].lower) || ORG_HEADS[toks[j - 1].lower]) &&
        !TITLES.has(toks[j - 1].lower)
      ) {
        run.push(t, toks[j + 1]);
        j += 2;
        continue;
      }
      // "Ruud van der Berg", "Maria de la Cruz": surname particles between a given name and a surname
      if (
        NAME_PARTICLES.has(t.lower) &&
        NAME_PARTICLES.has(toks[j + 1]?.lower ?? '') &&
        toks[j + 2] &&
        isCap(toks[j + 2]) &&
        p.text.slice(t.end, toks[j + 2].start) === ` ${toks[j + 1].text} `
      ) {
        run.push(t, toks[j + 1], toks[j + 2]);
        possessive = stripPossessive(toks[j + 2].text).possessive;
        j += 3;
        continue;
      }
      if (
        CONNECTORS.has(t.lower) &&
        toks[j + 1] &&
        isCap(toks[j + 1]) &&
        p.text.slice(t.end, toks[j + 1].start) === ' '
      ) {
        // "the European Commission on Wednesday": a date is not part of a name
        if (
          (t.lower === 'on' || t.lower === 'of' || t.lower === 'for') &&
          (DAYS.has(toks[j + 1].lower) || MONTH_SET.has(toks[j + 1].lower))
        )
          break;
        if (
          (t.lower === 'and' || t.lower === 'the' || t.lower === 'on' || t.lower === '&') &&
          !orgHead(run.map((x) => x.text))
        ) {
          // "Avon and Somerset Police": an organisation head word follows in the same capitalised run
          let q = j + 1;
          let headAhead = false;
          while (
            q < toks.length &&
            q < j + 5 &&
            isCap(toks[q]) &&
            p.text.slice(toks[q - 1].end, toks[q].start) === ' '
          ) {
            if (ORG_HEADS[toks[q].lower]) headAhead = true;
            q++;
          }
          if (!(t.lower !== 'on' && headAhead)) break;
        }
        if (
          (t.lower === 'of' || t.lower === 'for') &&
          ((!OF_HEADS.test(toks[j - 1].lower) &&
            !ORG_HEADS[toks[j - 1].lower] &&
            !TITLES.has(toks[j - 1].lower.replace(/\.$/, ''))) ||
            titleAsSurname(toks, j - 1))
        )
          break;
        // "Halvorsen Foods of Portland": a company is not named after the place it is based in
        if (
          t.lower === 'of' &&
          ORG_HEADS[toks[j - 1].lower] === 'COMPANY' &&
          !OF_HEADS.test(toks[j - 1].lower) &&
          placeAt(toks, j + 1)
        )
          break;
        run.push(t);
        j++;
        continue;
      }
      break;
    }
    // trim trailing connectors
    while (run.length && !isCap(run[run.length - 1])) run.pop();
    out.push({ paragraph: pi, tokens: run, possessive });
    i = j;
  }
  return out;
}

/** A sentence-initial adjective before a place name: "Neighbouring Malawi", "Landlocked Chad", "Tiny Malta". */
export const PLACE_ADJECTIVE = /^(?:\p{L}+(?:ing|ed)|tiny|nearby|rival|fellow|neutral|poor|rich|small|oil-rich)$/u;

/** Whether `pos` starts a sentence of `text`. */
export function sentenceStart(text: string, pos: number): boolean {
  return /(?:^|[.!?:]["”’]?\s+|["“‘(]\s*)$/u.test(text.slice(Math.max(0, pos - 4), pos));
}

/** Whether the run starts with a place of two or three words ("New Jersey Department of Education"). */
export function placeStart(toks: Token[]): boolean {
  if (toks[0]?.lower === 'the') return false;
  for (let n = 2; n <= 3 && n <= toks.length; n++)
    if (
      isPlace(
        toks
          .slice(0, n)
          .map((t) => stripPossessive(t.text).base)
          .join(' '),
      )
    )
      return true;
  return false;
}

/** Whether the capitalised words from token `k` (up to three) name a place: "Portland", "New Jersey". */
function placeAt(toks: Token[], k: number): boolean {
  const words: string[] = [];
  for (let q = k; q < toks.length && q < k + 3 && isCap(toks[q]); q++) {
    words.push(stripPossessive(toks[q].text).base);
    if (isPlace(words.join(' '))) return true;
  }
  return false;
}

/**
 * "Peter T. King of New York", "Erik Prince of …", "Mr. King": a title word after a given name, an initial or an
 * honorific is a surname, so "of" after it does not continue a title ("Secretary of State").
 */
export function titleAsSurname(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  const l = prev.lower.replace(/\.$/, '');
  return GIVEN_NAMES.has(l) || /^\p{Lu}$/u.test(prev.text) || HONORIFICS.has(l);
}

export function looksLikeName(words: string[]): boolean {
  // "Luiz Inácio Lula da Silva": up to four names, the particles between them not counted
  const particle = (w: string, i: number) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w);
  if (words.length < 1 || words.filter((w, i) => !particle(w, i)).length > 4) return false;
  for (const [i, w] of words.entries()) {
    // "Ruud van der Berg", "Anna von Hessen", "Marieke de Vries", "José Manuel dos Santos" (a lone "de" between a
    // place and another word is a place's: "Santiago de Compostela")
    if (
      particle(w, i) &&
      (/^v[oa]n$/.test(w) ||
        NAME_PARTICLES.has(words[i - 1]) ||
        NAME_PARTICLES.has(words[i + 1]) ||
        (!isPlace(words[i - 1]) && !isPlace(words.slice(0, i).join(' ')) && !isPlace(words.slice(i + 1).join(' '))))
    )
      continue;
    if (!NAME_TOKEN.test(w)) return false;
    const l = w.toLowerCase();
    // "Peter T. King", "Angus King": a title word is a surname after a given name or an initial
    const surnameAfterName =
      i === words.length - 1 &&
      i > 0 &&
      (GIVEN_NAMES.has(words[i - 1].toLowerCase()) || /^\p{Lu}\.?$/u.test(words[i - 1]));
    const titleInName = i === 0 && words.length === 2 && NAME_PART_TITLES.has(l);
    if (
      COMMON_CAPS.has(l) ||
      MONTH_SET.has(l) ||
      DAYS.has(l) ||
      ORG_HEADS[l] ||
      (TITLES.has(l) && !surnameAfterName && !titleInName)
    )
      return false;
    // "Tom English", "Mark Roe": a nationality word is a surname after a given name
    const surnameAfterGiven = i === words.length - 1 && i > 0 && GIVEN_NAMES.has(words[0].toLowerCase());
    if ((NATIONALITY_SET.has(l) && !surnameAfterGiven) || COUNTRY_SET.has(l)) return false;
  }
  const all = words.join(' ');
  if (
    /s$/.test(all) &&
    (NATIONALITY_SET.has(all.slice(0, -1).toLowerCase()) ||
      NATIONALITY_SET.has(all.replace(/(?:e?s)$/, '').toLowerCase()))
  )
    return false;
  const last = words[words.length - 1].toLowerCase();
  // "Rachel Green", "Samantha Power": a surname that is also an organisation word, right after a given name
  const wordSurname = words.length === 2 && GIVEN_NAMES.has(words[0].toLowerCase()) && WORD_SURNAMES.has(last);
  if ((NON_PERSON_HEADS.has(last) || ORG_WORDS.has(last)) && !wordSurname) return false;
  if (words.some((w) => /-based$|-born$|-led$|-backed$|-owned$/i.test(w))) return false;
  if (isPlace(all)) return false;
  if (words.length >= 2 && words.slice(-2).every((w) => isPlace(w))) return false;
  return true;
}
