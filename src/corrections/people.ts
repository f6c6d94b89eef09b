import type { Database } from '../db/index.js';
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
 * A merge as a fact about keys: whoever carries one of the merged-away one's full names (a surname
 * alone, or an initial, could be someone else's; every name when there is no full one) is `into`.
 * Bounded so that the statements applying it stay within D1's 100 bound parameters.
 */
export function mergeTarget(into: number, from: { name: string; aliases: { alias: string }[] }) {
  const all = [...new Set([from.name, ...from.aliases.map((a) => a.alias)])];
  const full = all.filter((name) => /\S\s+\S/.test(name));
  const names = (full.length ? full : all).slice(0, MAX_MERGED_NAMES);
  // The whole-name keys (plain and folded) are the first nameKeys gives.
  const keys = [...new Set(names.flatMap((name) => nameKeys(name).slice(0, 2)))];
  return { into, names, keys } satisfies MergeTarget as MergeTarget & Record<string, unknown>;
}

/** Makes `from` the same person as `into`: its mentions, quotes, names and descriptions move to `into`. */
export async function mergePeople(db: Database, editor: string, input: { into: number; from: number; reason: string }) {
  if (input.into === input.from) throw new CorrectionError('BAD_USER_INPUT', 'A person cannot be merged into itself.');
  const [into, from] = [await findPerson(db, input.into, 'into'), await findPerson(db, input.from, 'from')];
  return writeCorrection(db, {
    kind: 'MERGE_PEOPLE',
    editor,
    reason: input.reason,
    targetType: 'Person',
    targetId: into.id,
    target: mergeTarget(into.id, from),
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
