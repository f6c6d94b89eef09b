import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { nameKeys } from '../extract/index.js';
import type { MergeTarget } from './apply.js';
import { CorrectionError, writeCorrection } from './write.js';

async function findPerson(db: Database, id: number, role = 'person') {
  const person = await db.query.people.findFirst({
    where: { id },
    with: { aliases: true, descriptions: true, mentions: { columns: { articleId: true } } },
  });
  if (!person) throw new CorrectionError('NOT_FOUND', `No person has the ${role} ID.`);
  return person;
}

const MAX_MERGED_NAMES = 20;

/**
 * The names that say "this is the merged-away person": their full names (a surname alone, or an
 * initial, could be someone else's), and every name when there is no full one.
 */
function mergedNames(person: { name: string; aliases: { alias: string }[] }): string[] {
  const all = [...new Set([person.name, ...person.aliases.map((a) => a.alias)])];
  const full = all.filter((name) => /\S\s+\S/.test(name));
  return full.length ? full : all;
}

/** Makes `from` the same person as `into`: its mentions, quotes, names and descriptions move to `into`. */
export async function mergePeople(db: Database, editor: string, input: { into: number; from: number; reason: string }) {
  if (input.into === input.from) throw new CorrectionError('BAD_USER_INPUT', 'A person cannot be merged into itself.');
  const [into, from] = [await findPerson(db, input.into, 'into'), await findPerson(db, input.from, 'from')];
  // Bounded so that the statements applying it stay within D1's 100 bound parameters.
  const names = mergedNames(from).slice(0, MAX_MERGED_NAMES);
  const target: MergeTarget & Record<string, unknown> = {
    into: into.id,
    names,
    // The whole-name keys (plain and folded) are the first nameKeys gives.
    keys: [...new Set(names.flatMap((name) => nameKeys(name).slice(0, 2)))],
  };
  return writeCorrection(db, {
    kind: 'MERGE_PEOPLE',
    editor,
    reason: input.reason,
    targetType: 'Person',
    targetId: into.id,
    target,
    before: {
      person: from.id,
      slug: from.slug,
      name: from.name,
      aliases: from.aliases.map(({ alias, key }) => ({ alias, key })),
      descriptions: from.descriptions.map((d) => d.description),
      articles: [...new Set(from.mentions.map((m) => m.articleId))],
      intoAliases: [...new Set(into.aliases.map((a) => a.alias))],
    },
    after: { person: into.id },
  });
}

type NameKind = 'RENAME_PERSON' | 'ADD_ALIAS' | 'REMOVE_ALIAS';

/** Renames a person, or adds or removes one of their aliases (`name`). */
export async function correctPersonName(
  db: Database,
  editor: string,
  kind: NameKind,
  input: { person: number; name: string; reason: string },
) {
  const person = await findPerson(db, input.person);
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) throw new CorrectionError('BAD_USER_INPUT', 'A name has 1 to 200 characters.');
  const aliases = person.aliases.map((a) => a.alias);
  if (kind === 'REMOVE_ALIAS' && !aliases.includes(name))
    throw new CorrectionError('NOT_FOUND', 'The person has no such alias.');
  if (kind === 'REMOVE_ALIAS' && name === person.name)
    throw new CorrectionError('BAD_USER_INPUT', "A person's name cannot be removed; rename them first.");
  return writeCorrection(db, {
    kind,
    editor,
    reason: input.reason,
    targetType: 'Person',
    targetId: person.id,
    target: { person: person.id },
    before: { name: person.name, aliases: [...new Set(aliases)] },
    after: { name },
  });
}

export async function setOrganisationKind(
  db: Database,
  editor: string,
  input: { organisation: number; kind: (typeof t.organisationKinds)[number]; reason: string },
) {
  const [organisation] = await db.select().from(t.organisations).where(eq(t.organisations.id, input.organisation));
  if (!organisation) throw new CorrectionError('NOT_FOUND', 'No organisation has this ID.');
  return writeCorrection(db, {
    kind: 'SET_ORGANISATION_KIND',
    editor,
    reason: input.reason,
    targetType: 'Organisation',
    targetId: organisation.id,
    target: { organisation: organisation.id },
    before: { kind: organisation.kind },
    after: { kind: input.kind },
  });
}
