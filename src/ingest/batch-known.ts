import { nameKeys, samePerson, type Extraction, type KnownPerson, type Resolution } from '../extract/index.js';
import type { StoredOrganisation } from './known.js';
import type { RowRef } from './write.js';

// Entities an earlier article of the same batch creates have no row id before the batch commits; they
// take ids from here up (past any real one, so they sort after every stored entity, as they would
// once stored) and are written through their slugs.
const FIRST_PENDING_ID = 2 ** 52;

interface Entry<T> {
  known: T;
  ref: RowRef;
}

/**
 * What the articles of one batch may resolve against: the stored candidates, loaded once for the
 * whole batch, with what each earlier article of the batch adds (new entities, names, aliases,
 * affiliations). Each article thereby resolves as if the ones before it had been stored one by one.
 */
export class BatchKnownEntities {
  private people = new Map<string, Entry<KnownPerson>>();
  private organisations = new Map<string, Entry<StoredOrganisation>>();
  private personKeys = new Map<string, Set<string>>();
  private organisationKeys = new Map<string, Set<string>>();
  private pendingRefs = new Map<number, RowRef>();
  private nextPendingId = FIRST_PENDING_ID;
  // Both pure; the same names come up again and again across a batch's articles and candidates.
  private keysOfName = new Map<string, string[]>();
  private samePeople = new Map<string, Map<string, boolean>>();

  private keysOf(names: string[]): string[] {
    return names.flatMap((name) => {
      let keys = this.keysOfName.get(name);
      if (!keys) this.keysOfName.set(name, (keys = nameKeys(name)));
      return keys;
    });
  }

  private same(a: string, b: string): boolean {
    let of = this.samePeople.get(a);
    if (!of) this.samePeople.set(a, (of = new Map()));
    let same = of.get(b);
    if (same === undefined) of.set(b, (same = samePerson(a, b)));
    return same;
  }

  constructor(stored: { people: KnownPerson[]; organisations: StoredOrganisation[] }) {
    for (const person of stored.people) {
      this.add(
        this.people,
        this.personKeys,
        `#${person.id}`,
        { known: person, ref: person.id },
        this.keysOf([person.name, ...person.aliases]),
      );
    }
    for (const organisation of stored.organisations) {
      this.add(
        this.organisations,
        this.organisationKeys,
        `#${organisation.id}`,
        { known: organisation, ref: organisation.id },
        this.keysOf(organisationNames(organisation)),
      );
    }
  }

  /**
   * The known entities sharing a lookup key with the extraction's, in id order (as loadCandidates
   * gives them). Of the people, only those resolution could take for one of the extraction's: with a
   * name samePerson matches to one of theirs, the test resolve() filters its candidates by first, so
   * it decides as it would over all of them. A common surname is a key thousands of stored people
   * share; most of them are told apart here, each pair of names once per batch.
   */
  candidatesFor(extraction: Extraction): { people: KnownPerson[]; organisations: StoredOrganisation[] } {
    const pick = <T extends { id: number }>(
      entries: Map<string, Entry<T>>,
      index: Map<string, Set<string>>,
      keys: string[],
      keep: (known: T) => boolean = () => true,
    ) => {
      const found = new Set<string>();
      for (const key of keys) for (const entity of index.get(key) ?? []) found.add(entity);
      const kept: T[] = [];
      for (const entity of found) {
        const { known } = entries.get(entity)!;
        if (keep(known)) kept.push(known);
      }
      return kept.sort((a, b) => a.id - b.id);
    };
    const names = [...new Set(extraction.people.flatMap((p) => [p.name, ...p.aliases]))];
    // Thousands of candidates carry a few hundred distinct names: each is compared once per article.
    const matching = new Map<string, boolean>();
    const matches = (kn: string) => {
      let match = matching.get(kn);
      if (match === undefined) matching.set(kn, (match = names.some((n) => this.same(n, kn))));
      return match;
    };
    const people = pick(
      this.people,
      this.personKeys,
      this.keysOf(names),
      (known) => matches(known.name) || known.aliases.some(matches),
    );
    return {
      people,
      organisations: pick(
        this.organisations,
        this.organisationKeys,
        this.keysOf(extraction.organisations.flatMap(organisationNames)),
      ),
    };
  }

  /** The row a resolved id stands for: a stored row, or one an earlier article of the batch inserts. */
  refOf(id: number): RowRef {
    if (id < FIRST_PENDING_ID) return id;
    const ref = this.pendingRefs.get(id);
    if (!ref) throw new Error(`no pending entity has id ${id}`);
    return ref;
  }

  /** What is known of each entity the refs point to before this article writes; none for rows it inserts. */
  storedOf(refs: RowRef[], kind: 'people'): (KnownPerson | undefined)[];
  storedOf(refs: RowRef[], kind: 'organisations'): (StoredOrganisation | undefined)[];
  storedOf(refs: RowRef[], kind: 'people' | 'organisations') {
    const entries: Map<string, Entry<KnownPerson | StoredOrganisation>> = kind === 'people'
      ? this.people
      : this.organisations;
    return refs.map((ref) =>
      typeof ref !== 'number' && !ref.earlier ? undefined : entries.get(entityKey(ref))?.known,
    );
  }

  /** Takes in what one article's write adds, for the articles after it. */
  record(extraction: Extraction, resolution: Resolution, personRefs: RowRef[], organisationRefs: RowRef[]): void {
    extraction.organisations.forEach((organisation, i) => {
      const entry = this.entryFor(this.organisations, this.organisationKeys, organisationRefs[i], (id) => ({
        id,
        name: '',
        acronym: null,
        // What an update may replace, as nothing else is known (an inserted row takes the article's kind).
        kind: 'OTHER' as const,
        aliases: [],
      }));
      entry.known.name = resolution.organisations[i].name;
      entry.known.acronym ??= organisation.acronym;
      if (entry.known.kind === 'OTHER') entry.known.kind = organisation.kind;
      const names = [
        organisation.name,
        ...organisation.aliases,
        ...(organisation.acronym ? [organisation.acronym] : []),
      ];
      this.addAliases(this.organisationKeys, organisationRefs[i], entry.known.aliases, names);
    });
    extraction.people.forEach((person, i) => {
      const entry = this.entryFor(this.people, this.personKeys, personRefs[i], (id) => ({
        id,
        name: '',
        aliases: [],
        organisations: [],
      }));
      entry.known.name = resolution.people[i].name;
      this.addAliases(this.personKeys, personRefs[i], entry.known.aliases, [person.name, ...person.aliases]);
      for (const affiliation of person.affiliations) {
        const name = resolution.organisations[affiliation.organisation].name;
        if (!entry.known.organisations.includes(name)) entry.known.organisations.push(name);
      }
    });
  }

  private entryFor<T extends { id: number }>(
    entries: Map<string, Entry<T>>,
    index: Map<string, Set<string>>,
    ref: RowRef,
    blank: (id: number) => T,
  ): Entry<T> {
    const key = entityKey(ref);
    let entry = entries.get(key);
    if (!entry) {
      // A stored entity not among the candidates, or one this article inserts.
      if (typeof ref === 'number') {
        entry = { known: blank(ref), ref };
      } else {
        const id = this.nextPendingId++;
        entry = { known: blank(id), ref: { ...ref, earlier: true } };
        this.pendingRefs.set(id, entry.ref);
      }
      this.add(entries, index, key, entry, []);
    }
    return entry;
  }

  private addAliases(index: Map<string, Set<string>>, ref: RowRef, aliases: string[], names: string[]) {
    const key = entityKey(ref);
    for (const name of names) {
      if (aliases.includes(name)) continue;
      aliases.push(name);
      for (const nameKey of this.keysOf([name])) addTo(index, nameKey, key);
    }
  }

  private add<T>(
    entries: Map<string, Entry<T>>,
    index: Map<string, Set<string>>,
    key: string,
    entry: Entry<T>,
    keys: string[],
  ) {
    entries.set(key, entry);
    for (const nameKey of keys) addTo(index, nameKey, key);
  }
}

/** An organisation's names, its acronym among them (as organisationKeysOf reads them). */
const organisationNames = (organisation: { name: string; aliases: string[]; acronym: string | null }) => [
  organisation.name,
  ...organisation.aliases,
  ...(organisation.acronym ? [organisation.acronym] : []),
];

const entityKey = (ref: RowRef) => (typeof ref === 'number' ? `#${ref}` : ref.slug);

function addTo(index: Map<string, Set<string>>, key: string, entity: string) {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(entity);
}
