import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { mergeTarget } from './people.js';
import { CorrectionError, writeCorrection } from './write.js';

async function findOrganisation(db: Database, id: number, role = 'organisation') {
  const organisation = await db.query.organisations.findFirst({
    where: { id },
    with: { aliases: true, mentions: { columns: { articleId: true } } },
  });
  if (!organisation) throw new CorrectionError('NOT_FOUND', `No organisation has the ${role} ID.`);
  return organisation;
}

/** Makes `from` the same organisation as `into`: mentions, quotes, affiliations, published articles and names move. */
export async function mergeOrganisations(
  db: Database,
  editor: string,
  input: { into: number; from: number; reason: string },
) {
  if (input.into === input.from)
    throw new CorrectionError('BAD_USER_INPUT', 'An organisation cannot be merged into itself.');
  const [into, from] = [await findOrganisation(db, input.into, 'into'), await findOrganisation(db, input.from, 'from')];
  const published = await db.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.sourceId, from.id));
  return writeCorrection(db, {
    kind: 'MERGE_ORGANISATIONS',
    editor,
    reason: input.reason,
    targetType: 'Organisation',
    targetId: into.id,
    target: mergeTarget(into.id, from),
    before: {
      organisation: from.id,
      slug: from.slug,
      name: from.name,
      acronym: from.acronym,
      kind: from.kind,
      aliases: from.aliases.map(({ alias, key }) => ({ alias, key })),
      articles: [...new Set([...from.mentions.map((m) => m.articleId), ...published.map((a) => a.id)])],
      intoAliases: [...new Set(into.aliases.map((a) => a.alias))],
    },
    after: { organisation: into.id },
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
