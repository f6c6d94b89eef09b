import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { nameKeys, quoteKey, type Extraction, type Resolution } from '../extract/index.js';

/** A row id that is known now (a stored entity) or only after insertion (looked up by its new slug). */
export type RowRef = number | { table: 'people' | 'organisations' | 'articles'; slug: string };

export function refSql(ref: RowRef): SQL<number> | number {
  return typeof ref === 'number' ? ref : sql<number>`(select id from ${sql.identifier(ref.table)} where slug = ${ref.slug})`;
}

export interface ArticleRow {
  slug: string;
  title: string;
  standfirst: string | null;
  url: string | null;
  byline: string | null;
  dateline: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  ingestedAt: string;
  paragraphs: string[];
  wordCount: number;
  contentHash: string;
}

export interface WritePlan {
  article: ArticleRow;
  extraction: Extraction;
  resolution: Resolution;
  /** Slugs chosen for entities the resolution found new (same index as the extraction's arrays). */
  personRefs: RowRef[];
  organisationRefs: RowRef[];
}

/**
 * Every statement that stores one article, for one atomic batch. Rows created here refer to each
 * other through their unique slugs, since a batch cannot read back generated ids between statements.
 */
export function articleStatements(db: Database, plan: WritePlan) {
  const { extraction, resolution, personRefs, organisationRefs, article } = plan;
  const articleRef = refSql({ table: 'articles', slug: article.slug });
  const statements: any[] = [];

  extraction.organisations.forEach((org, i) => {
    const ref = organisationRefs[i];
    if (typeof ref !== 'number') {
      statements.push(db.insert(t.organisations).values({ slug: ref.slug, name: resolution.organisations[i].name, acronym: org.acronym, kind: org.kind }));
    } else {
      statements.push(
        db
          .update(t.organisations)
          .set({ name: resolution.organisations[i].name, acronym: sql`coalesce(${t.organisations.acronym}, ${org.acronym})` })
          .where(sql`${t.organisations.id} = ${ref}`),
      );
    }
    const names = new Set([org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])]);
    const rows = [...names].flatMap((alias) => nameKeys(alias).map((key) => ({ organisationId: refSql(ref), alias, key })));
    if (rows.length) statements.push(db.insert(t.organisationAliases).values(rows as never).onConflictDoNothing());
  });

  extraction.people.forEach((person, i) => {
    const ref = personRefs[i];
    if (typeof ref !== 'number') {
      statements.push(db.insert(t.people).values({ slug: ref.slug, name: resolution.people[i].name }));
    } else {
      statements.push(db.update(t.people).set({ name: resolution.people[i].name }).where(sql`${t.people.id} = ${ref}`));
    }
    const names = new Set([person.name, ...person.aliases]);
    const aliasRows = [...names].flatMap((alias) => nameKeys(alias).map((key) => ({ personId: refSql(ref), alias, key })));
    if (aliasRows.length) statements.push(db.insert(t.personAliases).values(aliasRows as never).onConflictDoNothing());
    const descriptionRows = [...new Set(person.descriptions)].map((description) => ({ personId: refSql(ref), description }));
    if (descriptionRows.length) statements.push(db.insert(t.personDescriptions).values(descriptionRows as never).onConflictDoNothing());
    const affiliationRows = person.affiliations.map((a) => ({
      personId: refSql(ref),
      organisationId: refSql(organisationRefs[a.organisation]),
      role: a.role ?? '',
    }));
    if (affiliationRows.length) statements.push(db.insert(t.affiliations).values(affiliationRows as never).onConflictDoNothing());
  });

  statements.push(
    db.insert(t.articles).values({
      ...article,
      sourceId: extraction.source === null ? null : (refSql(organisationRefs[extraction.source]) as never),
      sortDate: article.publishedAt ?? article.ingestedAt,
      body: article.paragraphs.join('\n\n'),
      quoteCount: extraction.quotes.length,
    }),
  );

  const personMentions = mergeMentions(personRefs, extraction.people.map((p) => p.mentions));
  if (personMentions.length) {
    statements.push(
      db.insert(t.articlePeople).values(personMentions.map(([ref, mentions]) => ({ articleId: articleRef, personId: refSql(ref), mentions })) as never),
    );
  }
  const organisationMentions = mergeMentions(organisationRefs, extraction.organisations.map((o) => o.mentions));
  if (organisationMentions.length) {
    statements.push(
      db
        .insert(t.articleOrganisations)
        .values(organisationMentions.map(([ref, mentions]) => ({ articleId: articleRef, organisationId: refSql(ref), mentions })) as never),
    );
  }

  if (extraction.quotes.length) {
    const quoteRows = extraction.quotes.map((quote, position) => ({
      articleId: articleRef,
      position,
      text: quote.text,
      kind: quote.kind,
      cue: quote.cue,
      speakerPersonId: quote.speaker?.type === 'person' ? refSql(personRefs[quote.speaker.ref]) : null,
      speakerOrganisationId: quote.speaker?.type === 'organisation' ? refSql(organisationRefs[quote.speaker.ref]) : null,
      speakerText: quote.speakerText,
      paragraph: quote.paragraph,
      endParagraph: quote.endParagraph,
      startOffset: quote.start,
      endOffset: quote.end,
      textKey: quoteKey(quote.text),
    }));
    // Keep each statement's parameter count well under SQLite's limit.
    for (let i = 0; i < quoteRows.length; i += 50) {
      statements.push(db.insert(t.quotes).values(quoteRows.slice(i, i + 50) as never));
    }
  }

  statements.push(...recountStatements(db, personRefs, organisationRefs));
  statements.push(bumpGeneration(db));
  return statements;
}

function mergeMentions(refs: RowRef[], counts: number[]): [RowRef, number][] {
  // Two local entities can resolve to one stored entity; their mentions add up.
  const merged = new Map<string, [RowRef, number]>();
  refs.forEach((ref, i) => {
    const key = typeof ref === 'number' ? `#${ref}` : ref.slug;
    const entry = merged.get(key);
    if (entry) entry[1] += counts[i];
    else merged.set(key, [ref, counts[i]]);
  });
  return [...merged.values()];
}

/** Recomputes the denormalised counts of the given entities from the rows that define them. */
export function recountStatements(db: Database, personRefs: RowRef[], organisationRefs: RowRef[]) {
  const statements: any[] = [];
  if (personRefs.length) {
    statements.push(
      db
        .update(t.people)
        .set({
          mentionCount: sql`(select coalesce(sum(mentions), 0) from article_people where person_id = ${t.people.id})`,
          quoteCount: sql`(select count(*) from quotes where speaker_person_id = ${t.people.id})`,
        })
        .where(sql`${t.people.id} in (${sql.join(personRefs.map((ref) => sql`${refSql(ref)}`), sql`, `)})`),
    );
  }
  if (organisationRefs.length) {
    statements.push(
      db
        .update(t.organisations)
        .set({
          mentionCount: sql`(select coalesce(sum(mentions), 0) from article_organisations where organisation_id = ${t.organisations.id})`,
          quoteCount: sql`(select count(*) from quotes where speaker_organisation_id = ${t.organisations.id})`,
        })
        .where(sql`${t.organisations.id} in (${sql.join(organisationRefs.map((ref) => sql`${refSql(ref)}`), sql`, `)})`),
    );
  }
  return statements;
}

/** Every write bumps the data generation in the same batch, so caches keyed on it never serve older data. */
export function bumpGeneration(db: Database) {
  return db
    .insert(t.meta)
    .values({ key: t.generationKey, value: 1 })
    .onConflictDoUpdate({ target: t.meta.key, set: { value: sql`${t.meta.value} + 1` } });
}
