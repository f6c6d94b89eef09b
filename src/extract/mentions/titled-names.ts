/** Person-name shaping in mentions(): role nouns and honorifics before a name, titles before it as descriptions. */
import { isEastAsianSurname } from './names.js';
import { isUpper, tokenAt } from '../doc/text.js';
import type { MentionBuilder } from './table.js';
import type { ParagraphInfo } from '../doc/index.js';
import { CONNECTORS } from '../lexicon/function-words.js';
import { KNOWN_ORGS } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, PERSON_NOUNS, ROLE_NOUNS } from '../lexicon/person-words.js';
import { NATIONALITY_SET } from '../lexicon/places.js';
import { TITLES, TITLE_MODIFIERS, HONORIFICS } from '../lexicon/titles.js';

/** A capitalised common noun for a person's role ("Passenger", "Co-author", "Researcher"), not a given name. */
export function isRoleNoun(word: string): boolean {
  const l = word.toLowerCase();
  if (GIVEN_NAMES.has(l) || TITLES.has(l)) return false;
  return ROLE_NOUNS.has(l) || PERSON_NOUNS.has(l) || /^co-\p{Ll}+$/u.test(l);
}

/** A lower-case word that names what a person does ("forecaster", "economist", "resident", "boss"). */
export function roleNounShape(w: string): boolean {
  return isRoleNoun(w) || /^\p{Ll}+(?:er|or|ist|ant|ent|ian)$/u.test(w) || w === 'boss';
}

/** "Dockworker Samuel Okoro": a capitalised common word before a known given name and a surname is a role. */
export function beforeGivenName(w: string[]): boolean {
  const first = w[0].toLowerCase();
  return (
    /^\p{Lu}\p{Ll}{3,}(?:-\p{Ll}+)?$/u.test(w[0]) &&
    /(?:er|or|ist|ant|ent|ee|man|woman|ian)$/.test(first) &&
    GIVEN_NAMES.has(w[1].toLowerCase()) &&
    !GIVEN_NAMES.has(first) &&
    !CONNECTORS.has(first) &&
    !isEastAsianSurname(w[0]) &&
    !/(?:son|sen|ez|ov|ova|ski|ska|ić|ic)$/.test(first)
  );
}

export function stripHonorific(s: string): string {
  return s
    .split(' ')
    .filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
    .join(' ')
    .trim();
}

export function addDescription(b: MentionBuilder, ref: number, d: string): void {
  const t = d.trim().replace(/^(?:the)\s+/i, '');
  if (!t || t.length > 200) return;
  const p = b.people[ref];
  if (!p.descriptions.some((x) => x.toLowerCase() === t.toLowerCase())) p.descriptions.push(t);
}

/** Lower-case title words right before `pos`: "lawmaker", "North Korean leader", "Nato secretary-general". */
export function lowerPrefix(p: ParagraphInfo, pos: number): string {
  const toks = p.tokens;
  let k = tokenAt(toks, pos) - 1;
  let first = -1;
  let sawTitle = false;
  for (let n = 0; k >= 0 && n < 6; k--, n++) {
    const t = toks[k];
    const gap = p.text.slice(t.end, toks[k + 1]?.start ?? pos);
    if (
      gap !== ' ' &&
      !(
        gap === '. ' &&
        /^(?:Rep|Sen|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Prof|Sgt|Maj|Capt|Cpl|Insp|Supt|Det|Rev|Fr|U\.S)$/.test(t.text)
      )
    )
      break;
    const l = t.lower.replace(/\.$/, '');
    if (TITLES.has(l)) sawTitle = true;
    else if (
      !(
        TITLE_MODIFIERS.has(l) ||
        NATIONALITY_SET.has(t.lower) ||
        (toks[k - 1] && NATIONALITY_SET.has(`${toks[k - 1].lower} ${t.lower}`)) ||
        /^\p{Lu}[\p{Lu}]+$/u.test(t.text) ||
        KNOWN_ORGS[l] ||
        (isUpper(t.text[0]) && sawTitle === false && n > 0 && NATIONALITY_SET.has(t.text))
      )
    ) {
      if (!(isUpper(t.text[0]) && NATIONALITY_SET.has(`${toks[k].lower} ${toks[k + 1]?.lower ?? ''}`.trim()))) break;
    }
    first = k;
  }
  if (first < 0 || !sawTitle) return '';
  return p.text.slice(toks[first].start, pos).trim();
}
