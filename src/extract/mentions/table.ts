/** The entity tables that mentions() fills: people and organisations with key lookups, and each mention's position. */
import type { ExtractedOrganisation, ExtractedPerson, OrganisationKind } from '../types.js';
import { isEastAsianSurname, splitName, foldKey, plainKey } from './names.js';
import { isPlace } from './runs.js';
import { genderOfGivenName } from './names.js';
import { firstIndexNotBefore } from '../doc/text.js';
import { COMMON_CAPS } from '../lexicon/function-words.js';
import { ORG_HEADS, CLUB_WORDS } from '../lexicon/organisation-words.js';
import { NATIONALITY_SET } from '../lexicon/places.js';
export type MentionType = 'person' | 'org' | 'place' | 'descriptor';

/** Which run rule made a mention (see run-rules.ts). */
export type MentionRule =
  | 'law-or-treaty'
  | 'known-organisation'
  | 'role-noun-then-given-name'
  | 'title-then-name'
  | 'organisation-head'
  | 'acronym'
  | 'name-with-acronym'
  | 'surname-that-is-a-nationality'
  | 'place-or-nationality'
  | 'nationality-then-place'
  | 'type-noun-before'
  | 'after-the'
  | 'facility-name'
  | 'name-shape'
  | 'lone-word';

export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  type: MentionType;
  /** person/org index; -1 for places and descriptors */
  ref: number;
  text: string;
  possessive: boolean;
  /** Start of the mention including its title prefix ("Rep. Park Sun-won"). */
  fullStart: number;
  /** Places: the country; descriptors: the country they belong to (may be null). */
  country?: string | null;
  /** Descriptors: class ("intelligence", "foreign ministry", …) and head noun. */
  cls?: string;
  /** a role noun follows an org mention ("NIS chief") */
  roleAfter?: string;
  /** The run rule that made it; none for mentions added later (lone words, descriptors, adopted speakers). */
  rule?: MentionRule;
}

export interface PersonBuild extends ExtractedPerson {
  surname: string;
  tokens: string[];
  gender: 'm' | 'f' | null;
}

/** What a later stage may add to the article's entities: an organisation or a person first seen as a speaker. */
export interface EntityAdditions {
  addOrganisation(name: string, acronym: string | null, kind: OrganisationKind, alias?: string): number;
  addPerson(name: string): number;
}

/** The mentions stage's result: the article's people and organisations and where each is mentioned. */
export interface MentionIndex {
  people: PersonBuild[];
  organisations: ExtractedOrganisation[];
  mentions: Mention[];
  byParagraph: Mention[][];
  /** Organisations named with a country ("South Korean National Intelligence Service"): that country. */
  orgCountry: ReadonlyMap<number, string | null>;
  entities: EntityAdditions;
}

/** Common nouns of organisation and programme names: a phrase containing one is not a person's name. */
export class MentionBuilder implements EntityAdditions {
  people: PersonBuild[] = [];
  organisations: ExtractedOrganisation[] = [];
  mentions: Mention[] = [];
  private orgByKey = new Map<string, number>();
  orgCountry = new Map<number, string | null>();
  private personByKey = new Map<string, number>();

  org(name: string, acronym: string | null, kind: OrganisationKind, alias?: string): number {
    const keys = [foldKey(name), alias ? foldKey(alias) : '', acronym ? `acr:${acronym.toLowerCase()}` : ''].filter(
      Boolean,
    );
    for (const k of keys) {
      const idx = this.orgByKey.get(k);
      if (idx !== undefined) {
        const o = this.organisations[idx];
        if (acronym && !o.acronym) o.acronym = acronym;
        if (o.name === o.acronym && name !== acronym && name.length > o.name.length) {
          o.aliases.push(o.name);
          o.name = name;
          o.kind = kind !== 'OTHER' ? kind : o.kind;
        } else if (name !== o.name && !o.aliases.includes(name) && name !== o.acronym) o.aliases.push(name);
        if (alias && alias !== o.name && !o.aliases.includes(alias)) o.aliases.push(alias);
        this.orgByKey.set(foldKey(name), idx);
        if (acronym) this.orgByKey.set(`acr:${acronym.toLowerCase()}`, idx);
        return idx;
      }
    }
    const idx = this.organisations.length;
    this.organisations.push({ name, acronym, aliases: alias && alias !== name ? [alias] : [], kind, mentions: 0 });
    for (const k of keys) this.orgByKey.set(k, idx);
    return idx;
  }

  addOrganisation(name: string, acronym: string | null, kind: OrganisationKind, alias?: string): number {
    return this.org(name, acronym, kind, alias);
  }

  addPerson(name: string): number {
    return this.person(name, null);
  }

  /**
   * The article calls an entity by a shorter form than its name ends in: "Mr. Lou" for Lou Jiwei (surname first),
   * "Ms. Acosta" for Melba Acosta Febo (the first of two surnames), "Pew" for Pew Research. The form is kept as an alias,
   * so the name the reader meets finds the entity. Only a form already resolved to this entity is recorded: nothing
   * is merged here.
   */
  nameForm(type: 'person' | 'org', ref: number, form: string, titled = false): void {
    const e = type === 'person' ? this.people[ref] : this.organisations[ref];
    if (!e || form.length < 2 || form === e.name || e.aliases.includes(form)) return;
    if (type === 'org' && form === (e as ExtractedOrganisation).acronym) return;
    const words = e.name.split(/\s+/);
    if (foldKey(words[words.length - 1]) === foldKey(form)) return;
    // "Donald" for Donald J. Trump: a given name alone would match everyone with that given name across articles; a
    // first word used with a title ("Mr. Lou") or shaped like an East Asian surname ("Shen wrote") is a surname
    if (
      type === 'person' &&
      !titled &&
      !splitName(e.name).surnameFirst &&
      !isEastAsianSurname(form) &&
      foldKey(words[0]) === foldKey(form)
    )
      return;
    e.aliases.push(form);
  }

  /** A person already known under exactly this name ("Johnson" after "Mr. Johnson"). */
  personNamed(name: string): number | null {
    return this.personByKey.get(foldKey(name)) ?? null;
  }

  reindexPeople(): void {
    this.personByKey.clear();
    this.people.forEach((p, i) => {
      this.personByKey.set(foldKey(p.name), i);
      for (const a of p.aliases) this.personByKey.set(foldKey(a), i);
    });
  }

  orgByFirstWord(word: string): number | null {
    if (
      word.length < 3 ||
      COMMON_CAPS.has(word.toLowerCase()) ||
      isPlace(word) ||
      NATIONALITY_SET.has(word.toLowerCase())
    )
      return null;
    const hits: number[] = [];
    this.organisations.forEach((o, i) => {
      const first = o.name.split(' ')[0];
      // "Rovers" after "Castlebridge Rovers": a club goes by its club word too
      const club = CLUB_WORDS.has(word.toLowerCase()) && o.name.endsWith(` ${word}`);
      if ((o.name.includes(' ') && first === word && !ORG_HEADS[first.toLowerCase()]) || o.name === word || club)
        hits.push(i);
    });
    return hits.length === 1 ? hits[0] : null;
  }

  findOrgByAcronym(acr: string): number | null {
    return this.orgByKey.get(`acr:${acr.toLowerCase()}`) ?? null;
  }

  person(name: string, gender: 'm' | 'f' | null): number {
    const k = foldKey(name);
    const found = this.personByKey.get(k);
    if (found !== undefined) {
      const p = this.people[found];
      if (name !== p.name && !p.aliases.includes(name)) {
        // keep the more informative spelling as canonical: more letters, else hyphenated ("Lee Seong-kweun")
        const same = plainKey(name) === plainKey(p.name);
        if (
          (!same && name.split(' ').length > p.name.split(' ').length) ||
          (same && name.includes('-') && !p.name.includes('-'))
        ) {
          p.aliases.push(p.name);
          p.name = name;
        } else p.aliases.push(name);
      }
      if (gender && !p.gender) p.gender = gender;
      return found;
    }
    const parts = splitName(name);
    const idx = this.people.length;
    // a given name that tells gender ("Maria Okafor"); surname-first names have their given name last
    if (!gender)
      gender = genderOfGivenName(parts.surnameFirst ? parts.tokens[parts.tokens.length - 1] : parts.tokens[0]);
    this.people.push({
      name,
      aliases: [],
      descriptions: [],
      affiliations: [],
      mentions: 0,
      surname: parts.surname,
      tokens: parts.tokens,
      gender,
    });
    this.personByKey.set(k, idx);
    return idx;
  }

  /** A person whose surname (or, failing that, any name token) is `tok`, nearest before position `order`. */
  private surnameIdx: Map<string, { order: number; ref: number }[]> | null = null;
  private tokenIdx: Map<string, { order: number; ref: number }[]> | null = null;

  /** Build the surname / name-token indexes of full-name mentions (once, before single words are resolved). */
  indexNames(): void {
    this.surnameIdx = new Map();
    this.tokenIdx = new Map();
    for (const m of this.mentions) {
      if (m.type !== 'person') continue;
      const p = this.people[m.ref];
      if (p.tokens.length < 2) continue;
      const e = { order: m.paragraph * 1e7 + m.start, ref: m.ref };
      const sk = foldKey(p.surname);
      (this.surnameIdx.get(sk) ?? this.surnameIdx.set(sk, []).get(sk)!).push(e);
      for (const t of p.tokens) {
        const tk = foldKey(t);
        if (tk === sk) continue;
        (this.tokenIdx.get(tk) ?? this.tokenIdx.set(tk, []).get(tk)!).push(e);
      }
    }
    for (const l of this.surnameIdx.values()) l.sort((a, b) => a.order - b.order);
    for (const l of this.tokenIdx.values()) l.sort((a, b) => a.order - b.order);
  }

  /** A person whose surname (or, failing that, an earlier-mentioned name token) is `tok`, nearest before `before`.
   * `subject` must be the same predicate on every call (it is evaluated once per full-name mention and kept). */
  personBySurname(tok: string, before: number, subject?: (order: number) => boolean): number | null {
    if (!this.surnameIdx) this.indexNames();
    const k = foldKey(tok);
    const last = (l: { order: number; ref: number }[] | undefined): number | null => {
      if (!l?.length) return null;
      const lo = firstIndexNotBefore(l.length, (i) => l[i].order <= before);
      return lo > 0 ? l[lo - 1].ref : null;
    };
    const sl = this.surnameIdx!.get(k);
    let best = last(sl) ?? (sl?.length ? sl[0].ref : null);
    // "Sian Pritchard said her mother, Gwen Pritchard, …": of two people sharing the surname, a bare surname (or "Ms X")
    // goes to the one introduced as a sentence's subject, not the one named inside it
    if (best !== null && subject && sl) {
      const s = this.subjectsOf(sl, subject);
      if (s.refs > 1) {
        const firstAsSubject = s.firstByRef.get(best);
        if (firstAsSubject === undefined || firstAsSubject > before) {
          // no mention of `best` up to `before` is a subject's: the latest subject up to there is someone else
          const lo = firstIndexNotBefore(s.subjects.length, (i) => s.subjects[i].order <= before);
          if (lo > 0) best = s.subjects[lo - 1].ref;
        }
      }
    }
    return best ?? last(this.tokenIdx!.get(k));
  }

  private subjectCache = new Map<
    { order: number; ref: number }[],
    { refs: number; subjects: { order: number; ref: number }[]; firstByRef: Map<number, number> }
  >();

  /** The entries of a surname list that are a sentence's subject, and each person's first such entry. */
  private subjectsOf(list: { order: number; ref: number }[], subject: (order: number) => boolean) {
    let s = this.subjectCache.get(list);
    if (!s) {
      const subjects = list.filter((e) => subject(e.order));
      const firstByRef = new Map<number, number>();
      for (const e of subjects) if (!firstByRef.has(e.ref)) firstByRef.set(e.ref, e.order);
      s = { refs: new Set(list.map((e) => e.ref)).size, subjects, firstByRef };
      this.subjectCache.set(list, s);
    }
    return s;
  }
}
