/**
 * The reads a write batch needs before it can be planned, as statements sent together in one
 * `db.batch` (one round trip to a remote database, one read transaction on an embedded one): which
 * texts are stored, the candidate people and organisations with their names, the slugs new rows
 * might want, the corrections in force about the names, and where the row ids stand. Each lookup is
 * its statements and a reader of their results; every statement binds at most MAX_BOUND_PARAMETERS.
 */
import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';
import type { KnownPerson, OrganisationKind } from '../extract/index.js';
import type { CorrectionRow } from '../corrections/apply.js';
import type { StoredOrganisation } from './known.js';

export interface Lookup<T> {
  statements: unknown[];
  /** Reads the results of `statements`, in their order. */
  read(results: unknown[]): T;
}

/** Sends the lookups' statements in one batch and reads each lookup's answer. */
export async function runLookups<T extends unknown[]>(
  db: Database,
  ...lookups: { [K in keyof T]: Lookup<T[K]> }
): Promise<T> {
  const statements = lookups.flatMap((lookup) => lookup.statements);
  const results = statements.length ? ((await db.batch(statements as never)) as unknown[]) : [];
  let at = 0;
  return lookups.map((lookup) => {
    const mine = results.slice(at, at + lookup.statements.length);
    at += lookup.statements.length;
    return lookup.read(mine);
  }) as T;
}

const rowsOf = <R>(results: unknown[]) => results.flatMap((rows) => rows as R[]);

/** Ids of the stored articles with these content hashes, by hash. */
export function articleIdsByHash(db: Database, hashes: string[]): Lookup<Map<string, number>> {
  return {
    statements: chunked([...new Set(hashes)], MAX_BOUND_PARAMETERS).map((group) =>
      db
        .select({ id: t.articles.id, hash: t.articles.contentHash })
        .from(t.articles)
        .where(inArray(t.articles.contentHash, group)),
    ),
    read: (results) => new Map(rowsOf<{ id: number; hash: string }>(results).map((row) => [row.hash, row.id])),
  };
}

/**
 * The stored people and organisations that share a lookup key with the given ones, each with all
 * of its names (and a person with the organisations it is affiliated with), in id order.
 */
export function candidateEntities(
  db: Database,
  personKeys: string[],
  organisationKeys: string[],
): Lookup<{ people: KnownPerson[]; organisations: StoredOrganisation[] }> {
  const personGroups = chunked([...new Set(personKeys)], MAX_BOUND_PARAMETERS);
  const organisationGroups = chunked([...new Set(organisationKeys)], MAX_BOUND_PARAMETERS);
  const personIds = (keys: string[]) =>
    db.select({ id: t.personAliases.personId }).from(t.personAliases).where(inArray(t.personAliases.key, keys));
  const organisationIds = (keys: string[]) =>
    db
      .select({ id: t.organisationAliases.organisationId })
      .from(t.organisationAliases)
      .where(inArray(t.organisationAliases.key, keys));
  const statements = [
    ...personGroups.map((keys) =>
      db
        .select({ id: t.people.id, name: t.people.name, alias: t.personAliases.alias })
        .from(t.people)
        .innerJoin(t.personAliases, eq(t.personAliases.personId, t.people.id))
        .where(inArray(t.people.id, personIds(keys))),
    ),
    ...personGroups.map((keys) =>
      db
        .select({ id: t.affiliations.personId, organisation: t.organisations.name })
        .from(t.affiliations)
        .innerJoin(t.organisations, eq(t.organisations.id, t.affiliations.organisationId))
        .where(inArray(t.affiliations.personId, personIds(keys)))
        .orderBy(asc(t.affiliations.id)),
    ),
    ...organisationGroups.map((keys) =>
      db
        .select({
          id: t.organisations.id,
          name: t.organisations.name,
          acronym: t.organisations.acronym,
          kind: t.organisations.kind,
          alias: t.organisationAliases.alias,
        })
        .from(t.organisations)
        .leftJoin(t.organisationAliases, eq(t.organisationAliases.organisationId, t.organisations.id))
        .where(inArray(t.organisations.id, organisationIds(keys))),
    ),
  ];
  return {
    statements,
    read(results) {
      const n = personGroups.length;
      const people = new Map<number, KnownPerson>();
      for (const row of rowsOf<{ id: number; name: string; alias: string }>(results.slice(0, n))) {
        let person = people.get(row.id);
        if (!person) people.set(row.id, (person = { id: row.id, name: row.name, aliases: [], organisations: [] }));
        if (!person.aliases.includes(row.alias)) person.aliases.push(row.alias);
      }
      // One affiliation is listed once per key group that found its person.
      const seen = new Set<string>();
      for (const row of rowsOf<{ id: number; organisation: string }>(results.slice(n, 2 * n))) {
        const key = `${row.id}\u0000${row.organisation}`;
        const person = people.get(row.id);
        if (!person || seen.has(key)) continue;
        seen.add(key);
        person.organisations.push(row.organisation);
      }
      const organisations = new Map<number, StoredOrganisation>();
      for (const row of rowsOf<{
        id: number;
        name: string;
        acronym: string | null;
        kind: OrganisationKind;
        alias: string | null;
      }>(results.slice(2 * n))) {
        let organisation = organisations.get(row.id);
        if (!organisation) {
          organisation = { id: row.id, name: row.name, acronym: row.acronym, kind: row.kind, aliases: [] };
          organisations.set(row.id, organisation);
        }
        if (row.alias !== null && !organisation.aliases.includes(row.alias)) organisation.aliases.push(row.alias);
      }
      const byId = <E extends { id: number }>(entities: Map<number, E>) =>
        [...entities.values()].sort((a, b) => a.id - b.id);
      return { people: byId(people), organisations: byId(organisations) };
    },
  };
}

const slugColumns = { people: t.people.slug, organisations: t.organisations.slug, articles: t.articles.slug };
const slugTables = { people: t.people, organisations: t.organisations, articles: t.articles };

/**
 * The slugs taken among those new rows with these bases might want: `base` and `base-<anything>`,
 * one range of the slug index per base ('.' follows '-', and slugs hold only letters, digits and
 * '-'). Not LIKE: D1 refuses patterns over 50 bytes, and slugs are longer.
 */
export function slugsTaken(
  db: Database,
  table: 'people' | 'organisations' | 'articles',
  bases: string[],
): Lookup<Set<string>> {
  const column = slugColumns[table];
  const range = (base: string) =>
    db
      .select({ slug: column })
      .from(slugTables[table])
      .where(and(gte(column, base), lt(column, `${base}.`)));
  return {
    statements: chunked([...new Set(bases)], Math.floor(MAX_BOUND_PARAMETERS / 2)).map((group) =>
      group.length === 1 ? range(group[0]) : unionAll(range(group[0]), range(group[1]), ...group.slice(2).map(range)),
    ),
    read: (results) => new Set(rowsOf<{ slug: string }>(results).map((row) => row.slug)),
  };
}

/**
 * The corrections in force that are about one of these name keys, or about a stored person who
 * carries one (`person:<id>`), each with every key it is found by.
 */
export function correctionsAbout(db: Database, keys: string[]): Lookup<{ row: CorrectionRow; keys: Set<string> }[]> {
  const statements = chunked([...new Set(keys)], Math.floor(MAX_BOUND_PARAMETERS / 2)).map((group) => {
    const matching = db
      .select({ id: t.correctionKeys.correctionId })
      .from(t.correctionKeys)
      .where(
        or(
          inArray(t.correctionKeys.key, group),
          inArray(
            t.correctionKeys.key,
            db
              .select({ key: sql<string>`'person:' || ${t.personAliases.personId}` })
              .from(t.personAliases)
              .where(inArray(t.personAliases.key, group)),
          ),
        ),
      );
    return db
      .select({ correction: t.corrections, key: t.correctionKeys.key })
      .from(t.corrections)
      .innerJoin(t.correctionKeys, eq(t.correctionKeys.correctionId, t.corrections.id))
      .where(and(isNull(t.corrections.revertedAt), inArray(t.corrections.id, matching)));
  });
  return {
    statements,
    read(results) {
      const found = new Map<number, { row: CorrectionRow; keys: Set<string> }>();
      for (const { correction, key } of rowsOf<{ correction: CorrectionRow; key: string }>(results)) {
        let entry = found.get(correction.id);
        if (!entry) found.set(correction.id, (entry = { row: correction, keys: new Set() }));
        entry.keys.add(key);
      }
      return [...found.values()].sort((a, b) => a.row.id - b.row.id);
    },
  };
}
