/**
 * People after the first pass over capitalised runs: lone words (surnames, "Mr Kim", organisations introduced by an
 * apposition), appositions that describe people, the evidence a person needs to be kept, and affiliations.
 */
import { splitName, foldKey } from './names.js';
import { sentenceAt, stripPossessive, type Token } from './text.js';
import { subjectPrefix } from './salience.js';
import type { ParagraphInfo } from './quotes.js';
import { addDescription, isRoleNoun, stripHonorific } from './person-names.js';
import { isPrep } from './clause.js';
import type { Mention, MentionBuilder, PersonBuild } from './mention-builder.js';
import { ORG_TYPE_NOUNS, isPlace, orgTypeKind, placeCountry, type Run } from './runs.js';
import { COMMON_CAPS } from './lexicon/function-words.js';
import { ORG_WORDS } from './lexicon/organisation-words.js';
import { GIVEN_NAMES, GROUP_NOUNS, NON_PERSON_HEADS, TEAM_ROLES, NOT_OCCUPATIONS } from './lexicon/person-words.js';
import { NATIONALITY_SET } from './lexicon/places.js';
import { CUES } from './lexicon/speech-verbs.js';
import { TITLES, TITLE_MODIFIERS } from './lexicon/titles.js';

/** A lone capitalised word that may be a person: resolved once every full name is known. */
export interface PendingSingle {
  run: Run;
  tokens: Token[];
  titled: boolean;
  gender: 'm' | 'f' | null;
  fullStart: number;
  prefix: string;
}

/** A description of a person as written in one paragraph (title, apposition, role noun). */
export interface PersonNote {
  ref: number;
  paragraph: number;
  text: string;
}

const ORG_APPOSITION = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:[\\p{L}\\p{N}$.'’-]+\\s+){0,5}?(${ORG_TYPE_NOUNS})\\b`,
  'u',
);

/** Whether the person mention starting at `order` (paragraph × 1e7 + offset) is its sentence's subject. */
function subjectAt(info: ParagraphInfo[], order: number): boolean {
  const p = info[Math.floor(order / 1e7)];
  const start = order % 1e7;
  const [s] = sentenceAt(p.starts, p.text.length, start);
  return subjectPrefix(p.text.slice(s, start));
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
    if (ref === null) {
      // "Loopwise, the San Francisco-based scheduling startup …": an organisation introduced by an apposition
      const ap = ORG_APPOSITION.exec(p.text.slice(t.end, t.end + 120));
      if (ap && !isPlace(base) && !COMMON_CAPS.has(base.toLowerCase())) {
        const oi = b.org(base, null, orgTypeKind(ap[1]));
        b.mentions.push({
          paragraph: pi,
          start: t.start,
          end: t.start + base.length,
          type: 'org',
          ref: oi,
          text: base,
          possessive: s.run.possessive,
          fullStart: s.fullStart,
        });
        continue;
      }
      // "Apple" after "Apple Inc.", "Samsung" after "Samsung Electronics": the organisation
      const oi = b.orgByFirstWord(base);
      if (oi !== null) {
        b.mentions.push({
          paragraph: pi,
          start: t.start,
          end: t.start + base.length,
          type: 'org',
          ref: oi,
          text: base,
          possessive: s.run.possessive,
          fullStart: s.fullStart,
        });
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
      const oi = ends.length === 1 ? ends[0] : b.org(base, null, 'OTHER');
      b.mentions.push({
        paragraph: pi,
        start: t.start,
        end: t.start + base.length,
        type: 'org',
        ref: oi,
        text: base,
        possessive: s.run.possessive,
        fullStart: s.fullStart,
      });
      continue;
    }
    if (ref === null) continue;
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

const AGENT_VERB = /^(?:\p{Ll}{3,}[^s\s]s|\p{Ll}{3,}ed|is|was|has|had|will|would|can|could)$/u;

/** Lone capitalised words that act as the subject of a verb or own something at least twice ("Gridly makes …",
 * "Gridly's investors"), with nothing that marks a person (a title, an age, "X said he …"), and not names or places. */
function companyLikeWords(info: ParagraphInfo[], singles: PendingSingle[]): Set<string> {
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
    const prev = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 16), t.start))?.[1].toLowerCase() ?? '';
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
    const acts = s.run.possessive ? /^\s+\p{Ll}/u.test(after) : AGENT_VERB.test(next);
    if (acts && !isPrep(prev)) counts.set(base, (counts.get(base) ?? 0) + 1);
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && !excluded.has(w)).map(([w]) => w));
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
