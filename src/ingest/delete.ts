import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { deleteClaimStatements, figuresOfArticle } from '../figures/store.js';
import { bumpGeneration, chunked, MAX_BOUND_PARAMETERS, recountStatements } from './write.js';

/** Deletes an article and what only it referenced, atomically. Returns false when there was no such article. */
export async function deleteArticle(db: Database, articleId: number): Promise<boolean> {
  const [exists] = await db.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.id, articleId));
  if (!exists) return false;
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
    ...new Set([...organisationIds, ...speakerIds.flatMap((s) => (s.organisation ? [s.organisation] : []))]),
  ];

  // People only this article knew of go with it; organisations stay (outlets, affiliations).
  const orphanStatements = chunked(people, MAX_BOUND_PARAMETERS).flatMap((ids) => {
    const orphanPeople = sql`${t.people.id} in (${sql.join(ids, sql`, `)}) and not exists (select 1 from article_people where person_id = ${t.people.id}) and not exists (select 1 from quotes where speaker_person_id = ${t.people.id})`;
    return [
      db
        .delete(t.personAliases)
        .where(inArray(t.personAliases.personId, db.select({ id: t.people.id }).from(t.people).where(orphanPeople))),
      db
        .delete(t.personDescriptions)
        .where(
          inArray(t.personDescriptions.personId, db.select({ id: t.people.id }).from(t.people).where(orphanPeople)),
        ),
      db
        .delete(t.affiliations)
        .where(inArray(t.affiliations.personId, db.select({ id: t.people.id }).from(t.people).where(orphanPeople))),
      db.delete(t.people).where(orphanPeople),
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
    ...orphanStatements,
    bumpGeneration(db),
  ];
  await db.batch(statements as never);
  return true;
}
