import type { Database } from '../db/index.js';
import { nameKeys, type Extraction, type KnownPerson } from '../extract/index.js';
import { candidateEntities, runLookups, slugsTaken, type StoredOrganisation } from './lookups.js';

export type { StoredOrganisation } from './lookups.js';

/** The keys under which a person's names are stored and looked up (person_aliases.key). */
export const personKeysOf = (person: { name: string; aliases: string[] }) =>
  [person.name, ...person.aliases].flatMap(nameKeys);

/** Likewise for an organisation (organisation_aliases.key); its acronym is one of its names. */
export const organisationKeysOf = (organisation: { name: string; aliases: string[]; acronym: string | null }) =>
  [organisation.name, ...organisation.aliases, ...(organisation.acronym ? [organisation.acronym] : [])].flatMap(
    nameKeys,
  );

/** The lookup keys of everything the extractions found: people's, and organisations'. */
export function extractionKeys(extractions: Extraction[]) {
  return {
    people: [...new Set(extractions.flatMap((e) => e.people.flatMap(personKeysOf)))],
    organisations: [...new Set(extractions.flatMap((e) => e.organisations.flatMap(organisationKeysOf)))],
  };
}

/** The stored people and organisations that share a lookup key with anything the extractions found. */
export async function loadCandidates(
  db: Database,
  extractionOrMany: Extraction | Extraction[],
): Promise<{ people: KnownPerson[]; organisations: StoredOrganisation[] }> {
  const keys = extractionKeys(Array.isArray(extractionOrMany) ? extractionOrMany : [extractionOrMany]);
  const [found] = await runLookups(db, candidateEntities(db, keys.people, keys.organisations));
  return found;
}

/** Slugs already taken among those a new entity might want. */
export async function takenSlugs(
  db: Database,
  table: 'people' | 'organisations' | 'articles',
  bases: string[],
): Promise<Set<string>> {
  const [taken] = await runLookups(db, slugsTaken(db, table, bases));
  return taken;
}
