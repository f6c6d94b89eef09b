/**
 * People after the first pass over capitalised runs: appositions that describe people, teams that are not people
 * ("Rovers boss X"), the evidence a person needs to be kept, and affiliations. Lone words are in lone-words.ts.
 */
import { splitName, foldKey } from './names.js';
import type { Token } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import { addDescription, isRoleNoun } from './titled-names.js';
import type { Mention, MentionBuilder, PersonBuild } from './table.js';
import { isPlace } from './runs.js';
import { ORG_WORDS } from '../lexicon/organisation-words.js';
import { GIVEN_NAMES, GROUP_NOUNS, TEAM_ROLES, NOT_OCCUPATIONS } from '../lexicon/person-words.js';
import { NATIONALITY_SET } from '../lexicon/places.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { TITLES, TITLE_MODIFIERS } from '../lexicon/titles.js';

/** A description of a person as written in one paragraph (title, apposition, role noun). */
export interface PersonNote {
  ref: number;
  paragraph: number;
  text: string;
}

/** Appositions after a full name (", a professor at …") and before it ("the U.S. defense secretary, Lloyd Austin,"). */
export function addAppositions(info: ParagraphInfo[], b: MentionBuilder, descs: PersonNote[]): void {
  for (const m of b.mentions) {
    if (m.type !== 'person' || b.people[m.ref].tokens.length < 2) continue;
    const p = info[m.paragraph].text;
    const ap0 = /^,\s+((?:a|an|the)\s[^,.;:“”"()]{3,160}|[a-z][a-z-]+(?:\s[^,.;:“”"()]{2,150})?)(?=[,.;)]|$)/.exec(
      p.slice(m.end, m.end + 200),
    );
    // the apposition ends before a relative clause: "a student from Bogotá who had painted …"
    const ap = ap0 ? ([ap0[0], ap0[1].replace(/\s+(?:who|which|that|whose)\s.*$/, '')] as const) : null;
    const apOk =
      ap &&
      !/\b(?:is|are|was|were|has|have|had|will|would|believes|plans|says|said|told)\b/.test(ap[1]) &&
      !/^\d/.test(p.slice(m.end + ap[0].length, m.end + ap[0].length + 1));
    if (ap && apOk && !/^(?:who|which|that|said|says|told|added|and|but|as|while|in|on|at)\b/.test(ap[1])) {
      const first = ap[1].split(' ')[0];
      if (/^(?:a|an|the)$/.test(first) || TITLES.has(first) || TITLE_MODIFIERS.has(first)) {
        addDescription(b, m.ref, ap[1]);
        descs.push({ ref: m.ref, paragraph: m.paragraph, text: ap[1] });
      }
    }
    // apposition before: "the U.S. defense secretary, Lloyd Austin,"
    const before = /(?:^|[\s,(])(?:the|a|an)\s+([^,.;“”"]{3,80}),\s*$/.exec(
      p.slice(Math.max(0, m.fullStart - 90), m.fullStart),
    );
    if (
      before &&
      /^,/.test(p.slice(m.end, m.end + 1)) &&
      before[1].split(' ').some((x) => TITLES.has(x.toLowerCase()))
    ) {
      addDescription(b, m.ref, before[1]);
      descs.push({ ref: m.ref, paragraph: m.paragraph, text: before[1] });
    }
  }
}

/** "Kingsbridge Rovers" when the article also writes "Rovers boss Pieter Vandenberg" / "Athletic manager Sandra Okonjo":
 * a word that takes a team role before a name is a team, so a "person" named with it is an organisation. */
export function teamsNotPeople(info: ParagraphInfo[], b: MentionBuilder): void {
  const teamWords = new Set<string>();
  const cap = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);
  for (const p of info) {
    const toks = p.tokens;
    for (let i = 1; i < toks.length - 1; i++) {
      if (!TEAM_ROLES.has(toks[i].text)) continue;
      let j = i - 1;
      if (toks[j].lower === 'head' && j > 0) j--; // "head coach"
      // "director of rugby Mark Ellery"
      const next = toks[i].text === 'director' ? (toks[i + 1]?.lower === 'of' ? toks[i + 3] : undefined) : toks[i + 1];
      if (cap(toks[j]) && cap(next) && p.text.slice(toks[j].end, toks[j + 1].start) === ' ')
        teamWords.add(toks[j].text);
    }
  }
  if (!teamWords.size) return;
  const orgOf = new Map<number, number>();
  b.people.forEach((person, i) => {
    if (
      person.tokens.length >= 2 &&
      (teamWords.has(person.tokens[0]) || teamWords.has(person.tokens[person.tokens.length - 1]))
    )
      orgOf.set(i, b.org(person.name, null, 'OTHER'));
  });
  if (!orgOf.size) return;
  for (const m of b.mentions) {
    const o = m.type === 'person' ? orgOf.get(m.ref) : undefined;
    if (o === undefined) continue;
    m.type = 'org';
    m.ref = o;
  }
}

/** People need evidence: a title or apposition, a common given name, East Asian name shape, speaking, an age,
 * or a later reference by surname. Capitalised phrases without any ("Baggy Green") are dropped. */
export function keepEvidencedPeople(
  info: ParagraphInfo[],
  b: MentionBuilder,
  descs: PersonNote[],
  titled: Set<number>,
): void {
  const evidence = new Array(b.people.length).fill(false);
  b.people.forEach((person, i) => {
    if (person.descriptions.length || person.tokens.length === 1 || titled.has(i)) evidence[i] = true;
    else if (GIVEN_NAMES.has(person.tokens[0].toLowerCase()) || splitName(person.name).surnameFirst) evidence[i] = true;
    else if (
      (person.tokens.length >= 3 ||
        person.tokens.some(
          (t) => /-/.test(t) && /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(t) && !t.split('-').some((x) => isPlace(x)),
        )) &&
      !person.tokens.some((t) => ORG_WORDS.has(t.toLowerCase()))
    )
      evidence[i] = true;
  });
  // people whose every mention became an organisation (teamsNotPeople) are gone
  const mentioned = new Set(b.mentions.filter((m) => m.type === 'person').map((m) => m.ref));
  evidence.forEach((_, i) => {
    if (!mentioned.has(i)) evidence[i] = false;
  });
  const firstMention = new Map<number, Mention>();
  for (const m of b.mentions) if (m.type === 'person' && !firstMention.has(m.ref)) firstMention.set(m.ref, m);
  for (const m of b.mentions) {
    if (m.type !== 'person' || evidence[m.ref]) continue;
    const person = b.people[m.ref];
    if (m.text.split(' ').length < person.tokens.length && foldKey(m.text) === foldKey(person.surname)) {
      const first = firstMention.get(m.ref);
      if (first && (first.paragraph < m.paragraph || (first.paragraph === m.paragraph && first.start < m.start))) {
        evidence[m.ref] = true; // referred to by surname alone, after the full name
        continue;
      }
    }
    const text = info[m.paragraph].text;
    const after = text.slice(m.end, m.end + 160);
    const before = text.slice(Math.max(0, m.fullStart - 25), m.fullStart);
    const cueAfter = /^(?:,[^,.;“”"]{1,120},|,)?\s+(?:\p{Ll}+ly\s+|has\s+|had\s+|also\s+)?(\p{Ll}+)/u.exec(after);
    const afterPrep = /\b(?:in|at|of|from|to|for|by|with|near|across|around)\s+(?:the\s+)?$/.test(before);
    // "Analysts at Hauck Bernstein said": the group speaks, the name after the preposition is where they work
    const groupWord = /(\p{L}+)\s+(?:at|of|from|with)\s+(?:the\s+)?$/u.exec(before)?.[1].toLowerCase() ?? '';
    const groupBefore = GROUP_NOUNS.has(groupWord) || /(?:ists|ysts|ers|ors|ians)$/.test(groupWord);
    const direct = /^,\s+(\p{Ll}+)/u.exec(after);
    const bareComma = !!direct && CUES.has(direct[1]);
    const roleBefore = /([a-z-]+),\s*$/.exec(before);
    // "charge nurse Abena Mensah": a lower-case role noun right before the name
    const roleNoun = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s$/u.exec(before);
    if (roleNoun && (isRoleNoun(roleNoun[1]) || occupation(roleNoun[1])) && !m.possessive) {
      evidence[m.ref] = true;
      continue;
    }
    // referred to by he/she in the next sentence (this paragraph or the start of the next, also after an opening quote:
    // "“…,” she says"), or asked a question by the reporter ("I ask Maren Holt whether …")
    const rest = text.slice(m.end, m.end + 300);
    const next = info[m.paragraph + 1]?.text.slice(0, 400) ?? '';
    const endsHere = /^[^.!?“”"]{0,250}[.!?][”"]?\s*$/.test(rest);
    if (
      !m.possessive &&
      (/^[^.!?“”"]{0,250}[.!?][”"]?\s+(?:He|She)\s/.test(rest) ||
        (endsHere &&
          (/^(?:He|She)\s/.test(next) || /^[“"][^“”"]{1,350}[,?!]?[”"],?\s+(?:he|she)\s+(?:says|said)\b/.test(next))) ||
        /(?:^|[.!?]\s+)(?:I|We)\s+(?:ask|asked)\s+$/.test(text.slice(Math.max(0, m.fullStart - 12), m.fullStart)))
    ) {
      evidence[m.ref] = true;
      continue;
    }
    // "Tarquin Mulgrew of the Riverside Tenants Association said": a name followed by the body it belongs to, then the verb
    const ofBody = /^\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,6}\p{Lu}[\p{L}'’.-]*,?\s+(\p{Ll}+)/u.exec(
      after,
    );
    if (
      ofBody &&
      CUES.has(ofBody[1]) &&
      !afterPrep &&
      !b.people[m.ref].tokens.some((w) => ORG_WORDS.has(w.toLowerCase()))
    ) {
      evidence[m.ref] = true;
      continue;
    }
    if (
      (roleBefore && TITLES.has(roleBefore[1])) ||
      (cueAfter && CUES.has(cueAfter[1]) && !(afterPrep && (bareComma || groupBefore))) ||
      /^,\s+\d{1,3},/.test(after) ||
      /\b(?:said|says|told|added)\s+$/.test(before)
    )
      evidence[m.ref] = true;
  }
  if (evidence.some((e) => !e)) {
    const remap = new Map<number, number>();
    const kept: PersonBuild[] = [];
    b.people.forEach((p, i) => {
      if (evidence[i]) {
        remap.set(i, kept.length);
        kept.push(p);
      }
    });
    b.mentions = b.mentions.filter((m) => m.type !== 'person' || remap.has(m.ref));
    for (const m of b.mentions) if (m.type === 'person') m.ref = remap.get(m.ref)!;
    for (let k = descs.length - 1; k >= 0; k--) {
      if (!remap.has(descs[k].ref)) descs.splice(k, 1);
      else descs[k].ref = remap.get(descs[k].ref)!;
    }
    b.people = kept;
    b.reindexPeople();
  }
}

/** "conductor Piet Aalders", "baker …", "cartoonist …": a lower-case occupational noun right before a name. */
function occupation(word: string): boolean {
  return word.length >= 5 && /(?:er|or|ist|ian|ant)$/.test(word) && !NOT_OCCUPATIONS.has(word) && !CUES.has(word);
}

/**
 * The role in a description around an organisation's name: the words before it ("a research fellow
 * at"), else those after it. A nationality is where the body is, not a role: "South Korean National
 * Intelligence Service (NIS) Director" is a Director, and the acronym in brackets is the body's.
 */
function roleAround(text: string, organisation: string): string | null {
  for (const piece of text.split(organisation)) {
    const role = piece
      .replace(/^\s*\([^)]*\)/, '')
      .trim()
      .replace(/^(?:a|an|the)(?:\s+|$)/i, '')
      .replace(/\s+(?:at|of|in|with|for|from)(?:\s+the)?$/i, '')
      .replace(/^(?:South Korean|North Korean|\p{Lu}\p{Ll}+an)\s+/u, '')
      .trim();
    if (!role || NATIONALITY_SET.has(role.toLowerCase())) continue;
    return role.split(' ').length > 8 ? null : role;
  }
  return null;
}

/** Affiliations from descriptions that contain an organisation. */
export function addAffiliations(b: MentionBuilder, descs: PersonNote[]): void {
  for (const d of descs) {
    const person = b.people[d.ref];
    for (const o of b.organisations.map((o, i) => [o, i] as const)) {
      const names = [o[0].name, o[0].acronym, ...o[0].aliases].filter(Boolean) as string[];
      const hit = names.find((n) => d.text.includes(n));
      if (!hit) continue;
      if (person.affiliations.some((a) => a.organisation === o[1])) continue;
      let role = roleAround(d.text, hit);
      if (d.text.indexOf(hit) < d.text.length / 2 && d.text.startsWith(hit))
        role = d.text.slice(hit.length).trim() || role;
      person.affiliations.push({ organisation: o[1], role });
      break;
    }
  }
}
