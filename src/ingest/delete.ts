import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { deleteClaimStatements, figuresOfArticle } from '../figures/store.js';
import { bumpGeneration, recountStatements } from './write.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';

/** Deletes an article and what only it referenced, atomically. Returns false when there was no such article. */
export async function deleteArticle(db: Database, articleId: number): Promise<boolean> {
  const [article] = await db
    .select({ id: t.articles.id, sourceId: t.articles.sourceId, publisherId: t.articles.publisherId })
    .from(t.articles)
    .where(eq(t.articles.id, articleId));
  if (!article) return false;
  const personIds = (
    await db
      .selectDistinct({ id: t.articlePeople.personId })
      .from(t.articlePeople)
      .where(eq(t.articlePeople.articleId, articleId))
  ).map((r) => r.id);
  const speakerIds = await db
    .selectDistinct({ person: t.quotes.speakerPersonId, organisation: t.quotes.speakerOrganisationId })
    .from(t.quotes)
    .where(eq(t.quotes.articleId, articleId));
  const organisationIds = (
    await db
      .selectDistinct({ id: t.articleOrganisations.organisationId })
      .from(t.articleOrganisations)
      .where(eq(t.articleOrganisations.articleId, articleId))
  ).map((r) => r.id);
  const people = [...new Set([...personIds, ...speakerIds.flatMap((s) => (s.person ? [s.person] : []))])];
  const organisations = [
    ...new Set([
      ...organisationIds,
      ...speakerIds.flatMap((s) => (s.organisation ? [s.organisation] : [])),
      ...[article.sourceId, article.publisherId].filter((id): id is number => id !== null),
    ]),
  ];

  // People and organisations only this article knew of go with it, with their aliases and ties.
  const orphanPeople = chunked(people, MAX_BOUND_PARAMETERS).flatMap((ids) => {
    const orphan = sql`${t.people.id} in (${sql.join(ids, sql`, `)}) and not exists (select 1 from article_people where person_id = ${t.people.id}) and not exists (select 1 from quotes where speaker_person_id = ${t.people.id})`;
    const orphanIds = db.select({ id: t.people.id }).from(t.people).where(orphan);
    return [
      db.delete(t.personAliases).where(inArray(t.personAliases.personId, orphanIds)),
      db.delete(t.personDescriptions).where(inArray(t.personDescriptions.personId, orphanIds)),
      db.delete(t.affiliations).where(inArray(t.affiliations.personId, orphanIds)),
      db.delete(t.people).where(orphan),
    ];
  });
  const orphanOrganisations = chunked(organisations, MAX_BOUND_PARAMETERS).flatMap((ids) => {
    const orphan: SQL = sql`${t.organisations.id} in (${sql.join(ids, sql`, `)}) and not exists (select 1 from article_organisations where organisation_id = ${t.organisations.id}) and not exists (select 1 from quotes where speaker_organisation_id = ${t.organisations.id}) and not exists (select 1 from articles where source_id = ${t.organisations.id} or publisher_id = ${t.organisations.id})`;
    const orphanIds = db.select({ id: t.organisations.id }).from(t.organisations).where(orphan);
    return [
      db.delete(t.organisationAliases).where(inArray(t.organisationAliases.organisationId, orphanIds)),
      db.delete(t.affiliations).where(inArray(t.affiliations.organisationId, orphanIds)),
      db.delete(t.organisations).where(orphan),
    ];
  });
  const figureIds = await figuresOfArticle(db, articleId);
  const statements: any[] = [
    ...deleteClaimStatements(db, articleId, figureIds),
    db.delete(t.quotes).where(eq(t.quotes.articleId, articleId)),
    db.delete(t.articlePeople).where(eq(t.articlePeople.articleId, articleId)),
    db.delete(t.articleOrganisations).where(eq(t.articleOrganisations.articleId, articleId)),
    db.delete(t.articles).where(eq(t.articles.id, articleId)),
    ...recountStatements(db, people, organisations),
    ...orphanPeople,
    ...orphanOrganisations,
    bumpGeneration(db),
  ];
  await db.batch(statements as never);
  return true;
}
