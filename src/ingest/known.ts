import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { organisationAliases, personAliases } from '../db/schema.js';
import {
  nameKeys,
  type Extraction,
  type KnownOrganisation,
  type KnownPerson,
  type OrganisationKind,
} from '../extract/index.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';

// Long key lists are cut so that no lookup binds more parameters than D1 allows.
const chunks = <T>(items: T[]) => chunked(items, MAX_BOUND_PARAMETERS / 2);

/** A stored organisation as resolution sees it, with the kind an update may replace. */
export interface StoredOrganisation extends KnownOrganisation {
  kind: OrganisationKind;
}

/** The keys under which a person's names are stored and looked up (person_aliases.key). */
export const personKeysOf = (person: { name: string; aliases: string[] }) =>
  [person.name, ...person.aliases].flatMap(nameKeys);

/** Likewise for an organisation (organisation_aliases.key); its acronym is one of its names. */
export const organisationKeysOf = (organisation: { name: string; aliases: string[]; acronym: string | null }) =>
  [organisation.name, ...organisation.aliases, ...(organisation.acronym ? [organisation.acronym] : [])].flatMap(
    nameKeys,
  );

/** The stored people and organisations that share a lookup key with anything the extractions found. */
export async function loadCandidates(
  db: Database,
  extractionOrMany: Extraction | Extraction[],
): Promise<{ people: KnownPerson[]; organisations: StoredOrganisation[] }> {
  const extractions = Array.isArray(extractionOrMany) ? extractionOrMany : [extractionOrMany];
  const personKeys = [...new Set(extractions.flatMap((e) => e.people.flatMap(personKeysOf)))];
  const organisationKeys = [...new Set(extractions.flatMap((e) => e.organisations.flatMap(organisationKeysOf)))];

  const personIds = new Set<number>();
  for (const keys of chunks(personKeys)) {
    const rows = await db
      .selectDistinct({ id: personAliases.personId })
      .from(personAliases)
      .where(inArray(personAliases.key, keys));
    for (const row of rows) personIds.add(row.id);
  }
  const organisationIds = new Set<number>();
  for (const keys of chunks(organisationKeys)) {
    const rows = await db
      .selectDistinct({ id: organisationAliases.organisationId })
      .from(organisationAliases)
      .where(inArray(organisationAliases.key, keys));
    for (const row of rows) organisationIds.add(row.id);
  }

  const people: KnownPerson[] = [];
  for (const ids of chunks([...personIds])) {
    const rows = await db.query.people.findMany({
      where: { id: { in: ids } },
      columns: { id: true, name: true },
      with: {
        aliases: { columns: { alias: true } },
        affiliations: { with: { organisation: { columns: { name: true } } } },
      },
    });
    for (const row of rows) {
      people.push({
        id: row.id,
        name: row.name,
        aliases: [...new Set(row.aliases.map((a) => a.alias))],
        organisations: row.affiliations.map((a) => a.organisation.name),
      });
    }
  }
  const organisations: StoredOrganisation[] = [];
  for (const ids of chunks([...organisationIds])) {
    const rows = await db.query.organisations.findMany({
      where: { id: { in: ids } },
      columns: { id: true, name: true, acronym: true, kind: true },
      with: { aliases: { columns: { alias: true } } },
    });
    for (const row of rows) {
      organisations.push({
        id: row.id,
        name: row.name,
        acronym: row.acronym,
        kind: row.kind as OrganisationKind,
        aliases: [...new Set(row.aliases.map((a) => a.alias))],
      });
    }
  }
  people.sort((a, b) => a.id - b.id);
  organisations.sort((a, b) => a.id - b.id);
  return { people, organisations };
}

/** Slugs already taken among those a new entity might want. */
export async function takenSlugs(
  db: Database,
  table: 'people' | 'organisations' | 'articles',
  bases: string[],
): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const group of chunked([...new Set(bases)], Math.floor(MAX_BOUND_PARAMETERS / 3))) {
    // base, or base-<anything>: a range on the slug index ('.' follows '-'). Not LIKE: D1 refuses
    // patterns over 50 bytes, and slugs are longer.
    const matches = group.map((base) => sql`slug = ${base} or (slug >= ${`${base}-`} and slug < ${`${base}.`})`);
    const rows = await db.all<{ slug: string }>(
      sql`select slug from ${sql.identifier(table)} where ${sql.join(matches, sql` or `)}`,
    );
    for (const row of rows) taken.add(row.slug);
  }
  return taken;
}
