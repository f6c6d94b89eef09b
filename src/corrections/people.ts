import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { takenSlugs } from '../ingest/known.js';
import { slugify, uniqueSlug } from '../ingest/slug.js';
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

const MAX_SPLIT_ARTICLES = 20;

/**
 * Says that in the given articles `person` is someone else: `into`, or a new person called `name`.
 * Their mentions and quotes there move to that person, and stay moved when the articles are re-extracted.
 */
export async function splitPerson(
  db: Database,
  editor: string,
  input: { person: number; articles: number[]; into: number | null; name: string | null; reason: string },
) {
  if ((input.into === null) === (input.name === null))
    throw new CorrectionError('BAD_USER_INPUT', 'Give exactly one of `into` and `name`.');
  if (input.into === input.person) throw new CorrectionError('BAD_USER_INPUT', 'A person cannot be split into itself.');
  const articles = [...new Set(input.articles)];
  if (!articles.length || articles.length > MAX_SPLIT_ARTICLES)
    throw new CorrectionError('BAD_USER_INPUT', `A split names 1 to ${MAX_SPLIT_ARTICLES} articles.`);
  const person = await findPerson(db, input.person);
  const inArticles = new Set(person.mentions.map((m) => m.articleId));
  const missing = articles.filter((a) => !inArticles.has(a));
  if (missing.length)
    throw new CorrectionError('BAD_USER_INPUT', 'The person is not mentioned in every article given.');
  for (let attempt = 1; ; attempt++) {
    const created = input.name === null ? null : await newPersonStatements(db, input.name);
    const to = created ? created.id : (await findPerson(db, input.into as number, 'into')).id;
    try {
      return await writeCorrection(db, {
        kind: 'SPLIT_PERSON',
        editor,
        reason: input.reason,
        targetType: 'Person',
        targetId: person.id,
        target: { person: person.id, articles },
        before: { person: person.id, name: person.name },
        after: { person: to, ...(created ? { created: true, name: input.name } : {}) },
        prelude: created?.statements,
      });
    } catch (error) {
      // Someone took the new person's ID or slug first: the batch rolled back whole; try again.
      if (created && attempt < 3 && /UNIQUE constraint failed/i.test(String((error as Error)?.cause ?? error)))
        continue;
      throw error;
    }
  }
}

/** A new person called `name`, with an ID past every one ever given (AUTOINCREMENT's counter) or redirected, so none is given out twice. */
async function newPersonStatements(db: Database, rawName: string) {
  const name = checkName(rawName);
  const [row] = await db.all<{ next: number }>(
    sql`select max(coalesce((select seq from sqlite_sequence where name = 'people'), 0), coalesce((select max(id) from people), 0), coalesce((select max(from_id) from person_redirects), 0)) + 1 as next`,
  );
  const id = Number(row.next);
  const base = slugify(name);
  const slug = uniqueSlug(base, await takenSlugs(db, 'people', [base]));
  return {
    id,
    statements: [
      db.insert(t.people).values({ id, slug, name }),
      ...nameKeys(name).map((key) =>
        db.insert(t.personAliases).values({ personId: id, alias: name, key }).onConflictDoNothing(),
      ),
    ],
  };
}

function checkName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name || name.length > 200) throw new CorrectionError('BAD_USER_INPUT', 'A name has 1 to 200 characters.');
  return name;
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
  const name = checkName(input.name);
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
