/**
 * The reads a write batch needs before it can be planned, as statements sent together in one
 * `db.batch` (one round trip to a remote database, one read transaction on an embedded one): which
 * texts are stored, the candidate people and organisations with their names, the slugs new rows
 * might want, the corrections in force about the names, and where the row ids stand. Each lookup is
 * its statements and a reader of their results; a list of values is bound as one JSON
 * array, so each lookup is one statement whatever the batch's size.
 */
import { and, asc, eq, inArray, isNull, sql, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import type { KnownOrganisation, KnownPerson, OrganisationKind } from '../extract/index.js';
import type { CorrectionRow } from '../corrections/apply.js';

/** A stored organisation as resolution sees it, with the kind an update may replace. */
export interface StoredOrganisation extends KnownOrganisation {
  kind: OrganisationKind;
}

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

/**
 * `column in (the values)`, the values bound as one JSON array: one statement, one parameter, however
 * many values (D1 binds at most 100 parameters; a list that long would be cut into many statements).
 */
const inJson = (column: SQLWrapper, values: unknown[]) =>
  sql`${column} in (select value from json_each(${JSON.stringify(values)}))`;

/** Ids of the stored articles with these content hashes, by hash. */
export function articleIdsByHash(db: Database, hashes: string[]): Lookup<Map<string, number>> {
  return {
    statements: [
      db
        .select({ id: t.articles.id, hash: t.articles.contentHash })
        .from(t.articles)
        .where(inJson(t.articles.contentHash, [...new Set(hashes)])),
    ],
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
  const personIds = db
    .selectDistinct({ id: t.personAliases.personId })
    .from(t.personAliases)
    .where(inJson(t.personAliases.key, [...new Set(personKeys)]));
  const organisationIds = db
    .selectDistinct({ id: t.organisationAliases.organisationId })
    .from(t.organisationAliases)
    .where(inJson(t.organisationAliases.key, [...new Set(organisationKeys)]));
  const statements = [
    // A person's names in one row (joined by a character no name holds): far fewer rows than one per alias.
    db
      .select({
        id: t.people.id,
        name: t.people.name,
        aliases: sql<string>`(select group_concat(alias, char(31)) from person_aliases where person_id = ${t.people.id})`,
      })
      .from(t.people)
      .where(inArray(t.people.id, personIds)),
    db
      .select({ id: t.affiliations.personId, organisation: t.organisations.name })
      .from(t.affiliations)
      .innerJoin(t.organisations, eq(t.organisations.id, t.affiliations.organisationId))
      .where(inArray(t.affiliations.personId, personIds))
      .orderBy(asc(t.affiliations.id)),
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
      .where(inArray(t.organisations.id, organisationIds)),
  ];
  return {
    statements,
    read([personRows, affiliationRows, organisationRows]) {
      const people = new Map<number, KnownPerson>();
      for (const row of personRows as { id: number; name: string; aliases: string | null }[]) {
        const aliases = [...new Set(row.aliases?.split('\u001f') ?? [])];
        people.set(row.id, { id: row.id, name: row.name, aliases, organisations: [] });
      }
      for (const row of affiliationRows as { id: number; organisation: string }[]) {
        people.get(row.id)?.organisations.push(row.organisation);
      }
      const organisations = new Map<number, StoredOrganisation>();
      for (const row of organisationRows as {
        id: number;
        name: string;
        acronym: string | null;
        kind: OrganisationKind;
        alias: string | null;
      }[]) {
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
  const { slug } = slugTables[table];
  const unique = [...new Set(bases)];
  return {
    statements: unique.length
      ? [
          // CROSS JOIN keeps the bases the outer loop (SQLite does not reorder it): a range seek per base.
          db
            .select({ slug: sql<string>`${slug}` })
            .from(sql`json_each(${JSON.stringify(unique)}) as base cross join ${slugTables[table]}`)
            .where(sql`${slug} >= base.value and ${slug} < base.value || '.'`),
        ]
      : [],
    read: (results) => new Set(rowsOf<{ slug: string }>(results).map((row) => row.slug)),
  };
}

/**
 * The corrections in force that are about one of these name keys, or about a stored person who
 * carries one (`person:<id>`), each with every key it is found by.
 */
export function correctionsAbout(db: Database, keys: string[]): Lookup<{ row: CorrectionRow; keys: Set<string> }[]> {
  const unique = [...new Set(keys)];
  // From the (few) correction keys to the aliases, not the other way: a common surname is carried by
  // thousands of stored people.
  const matching = db
    .select({ id: t.correctionKeys.correctionId })
    .from(t.correctionKeys)
    .where(
      sql`${inJson(t.correctionKeys.key, unique)} or (${t.correctionKeys.key} like 'person:%' and exists (select 1 from person_aliases a where a.person_id = cast(substr(${t.correctionKeys.key}, 8) as integer) and ${inJson(sql`a.key`, unique)}))`,
    );
  return {
    statements: unique.length
      ? [
          db
            .select({ correction: t.corrections, key: t.correctionKeys.key })
            .from(t.corrections)
            .innerJoin(t.correctionKeys, eq(t.correctionKeys.correctionId, t.corrections.id))
            .where(and(isNull(t.corrections.revertedAt), inArray(t.corrections.id, matching))),
        ]
      : [],
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

/** Tables whose new rows the batch writer numbers itself. */
export const numberedTables = ['people', 'organisations', 'articles', 'quotes'] as const;
export type NumberedTable = (typeof numberedTables)[number];

/**
 * The first id an insert would take in each of these tables: past the AUTOINCREMENT sequence (so no
 * id of a deleted row comes back) and every stored row. Rows numbered from here refer to each other
 * by id within their batch; a concurrent writer that took one first makes the batch fail on the
 * primary key, and it is planned again.
 */
export function nextIds(db: Database): Lookup<Record<NumberedTable, number>> {
  const tables = { people: t.people, organisations: t.organisations, articles: t.articles, quotes: t.quotes };
  return {
    statements: numberedTables.map((name) =>
      db
        .select({
          // Both as scalar subqueries: `max(id)` is one step down the primary key only when it is
          // the query's sole aggregate, else SQLite scans the table.
          next: sql<number>`max(coalesce((select seq from sqlite_sequence where name = ${name}), 0), coalesce((select max(id) from ${tables[name]}), 0)) + 1`,
        })
        .from(sql`(select 1)`),
    ),
    read: (results) =>
      Object.fromEntries(
        numberedTables.map((name, i) => [name, Number((results[i] as { next: number }[])[0].next)]),
      ) as Record<NumberedTable, number>,
  };
}
