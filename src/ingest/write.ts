import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import {
  figuresOfExtraction,
  type ExtractedClaim,
  nameKeys,
  quoteKey,
  speakerConfidence,
  type Extraction,
  type KnownPerson,
  type LocalRef,
  type Resolution,
} from '../extract/index.js';
import { claimStatements } from '../figures/store.js';
import { reprintStatements } from '../provenance/reprints.js';
import { indexNewArticles } from '../search/index-rows.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';
import type { StoredOrganisation } from './known.js';
import { speakerCandidateStatements } from './speaker-candidates.js';

/** Rows per insert so that one statement binds no more than MAX_BOUND_PARAMETERS (a value binds at most one). */
function rowChunks<T extends object>(rows: T[]): T[][] {
  if (!rows.length) return [];
  return chunked(rows, Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / Object.keys(rows[0]).length)));
}

/**
 * A row id that is known now (a stored entity) or a row the batch inserts under its new slug: with
 * the `id` the writer chose for it, else looked up by its slug once inserted.
 * `earlier`: the row is inserted by an earlier article of the same batch, so this one updates it.
 */
export type RowRef =
  | number
  | { table: 'people' | 'organisations' | 'articles'; slug: string; id?: number; earlier?: true };

const insertsRow = (ref: RowRef): ref is Exclude<RowRef, number> => typeof ref !== 'number' && !ref.earlier;

export function refSql(ref: RowRef): SQL<number> | number {
  if (typeof ref === 'number') return ref;
  return ref.id ?? sql<number>`(select id from ${sql.identifier(ref.table)} where slug = ${ref.slug})`;
}

export interface ArticleRow {
  /** Given when an article is written again (re-extraction), so that it keeps its ID, or chosen by the batch writer. */
  id?: number;
  slug: string;
  title: string;
  standfirst: string | null;
  url: string | null;
  byline: string | null;
  dateline: string | null;
  publishedAt: string | null;
  publishedLocal?: string | null;
  publishedOffset?: string | null;
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
  /**
   * What is stored of each entity the article refers to, when known (not for rows it inserts): an
   * update or an alias that would change nothing is left out, and with it the search-index triggers
   * an update fires whatever the values.
   */
  stored?: { people: (KnownPerson | undefined)[]; organisations: (StoredOrganisation | undefined)[] };
  /** IDs for the quotes (same index), when re-extraction keeps those of unchanged quotes. */
  quoteIds?: (number | undefined)[];
  /** The republishing outlet among the extraction's organisations (publisherOf), if any. */
  publisher?: LocalRef | null;
  /** The numeric claims and the reprint sample, when worked out already; else computed here. */
  claims?: ExtractedClaim[];
  fingerprint?: number[];
}

/**
 * Every statement that stores one article on its own: its rows, their search index, its entities'
 * counts, the generation.
 */
export function articleStatements(db: Database, plan: WritePlan) {
  return [
    ...articleRowStatements(db, plan),
    ...indexNewArticles(db, [plan.article.slug]),
    ...recountStatements(db, plan.personRefs, plan.organisationRefs),
    bumpGeneration(db),
  ];
}

/**
 * The rows of one article and of what it names, for a batch. Rows created here refer to each other
 * through the ids the writer chose for them, else their unique slugs (a batch cannot read back
 * generated ids between statements). The batch indexes its articles for search, recounts the
 * entities' counts and bumps the generation after its articles (indexNewArticles,
 * recountStatements, bumpGeneration).
 */
export function articleRowStatements(db: Database, plan: WritePlan) {
  const { extraction, resolution, personRefs, organisationRefs, article } = plan;
  const articleRef = refSql({ table: 'articles', slug: article.slug, id: article.id });
  const statements: any[] = [];

  extraction.organisations.forEach((org, i) => {
    const ref = organisationRefs[i];
    const stored = plan.stored?.organisations[i];
    const changes =
      !stored ||
      stored.name !== resolution.organisations[i].name ||
      (stored.acronym === null && org.acronym !== null) ||
      (stored.kind === 'OTHER' && org.kind !== 'OTHER');
    if (insertsRow(ref)) {
      statements.push(
        db.insert(t.organisations).values({
          id: ref.id,
          slug: ref.slug,
          name: resolution.organisations[i].name,
          acronym: org.acronym,
          kind: org.kind,
        }),
      );
    } else if (changes) {
      statements.push(
        db
          .update(t.organisations)
          .set({
            name: resolution.organisations[i].name,
            acronym: sql`coalesce(${t.organisations.acronym}, ${org.acronym})`,
            // A kind read from one article's context beats OTHER (what a bare acronym gets) from another's.
            kind: sql`case when ${t.organisations.kind} = 'OTHER' then ${org.kind} else ${t.organisations.kind} end`,
          })
          .where(sql`${t.organisations.id} = ${refSql(ref)}`),
      );
    }
    const names = new Set([org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])]);
    for (const alias of stored?.aliases ?? []) names.delete(alias);
    const rows = [...names].flatMap((alias) =>
      nameKeys(alias).map((key) => ({ organisationId: refSql(ref), alias, key })),
    );
    for (const chunk of rowChunks(rows))
      statements.push(
        db
          .insert(t.organisationAliases)
          .values(chunk as never)
          .onConflictDoNothing(),
      );
  });

  extraction.people.forEach((person, i) => {
    const ref = personRefs[i];
    const stored = plan.stored?.people[i];
    if (insertsRow(ref)) {
      statements.push(db.insert(t.people).values({ id: ref.id, slug: ref.slug, name: resolution.people[i].name }));
    } else if (!stored || stored.name !== resolution.people[i].name) {
      statements.push(
        db
          .update(t.people)
          .set({ name: resolution.people[i].name })
          .where(sql`${t.people.id} = ${refSql(ref)}`),
      );
    }
    const names = new Set([person.name, ...person.aliases]);
    for (const alias of stored?.aliases ?? []) names.delete(alias);
    const aliasRows = [...names].flatMap((alias) =>
      nameKeys(alias).map((key) => ({ personId: refSql(ref), alias, key })),
    );
    for (const chunk of rowChunks(aliasRows))
      statements.push(
        db
          .insert(t.personAliases)
          .values(chunk as never)
          .onConflictDoNothing(),
      );
    const descriptionRows = [...new Set(person.descriptions)].map((description) => ({
      personId: refSql(ref),
      description,
    }));
    for (const chunk of rowChunks(descriptionRows)) {
      statements.push(
        db
          .insert(t.personDescriptions)
          .values(chunk as never)
          .onConflictDoNothing(),
      );
    }
    const affiliationRows = person.affiliations.map((a) => ({
      personId: refSql(ref),
      organisationId: refSql(organisationRefs[a.organisation]),
      role: a.role ?? '',
    }));
    for (const chunk of rowChunks(affiliationRows))
      statements.push(
        db
          .insert(t.affiliations)
          .values(chunk as never)
          .onConflictDoNothing(),
      );
  });

  statements.push(
    db.insert(t.articles).values({
      ...article,
      sourceId: extraction.source === null ? null : (refSql(organisationRefs[extraction.source]) as never),
      publisherId: plan.publisher == null ? null : (refSql(organisationRefs[plan.publisher]) as never),
      sortDate: t.sortDateOf(article.publishedAt),
      body: article.paragraphs.join('\n\n'),
      quoteCount: extraction.quotes.length,
    }),
  );

  const personMentions = mergeMentions(
    personRefs,
    extraction.people.map((p) => p.mentions),
  );
  const personMentionRows = personMentions.map(([ref, mentions]) => ({
    articleId: articleRef,
    personId: refSql(ref),
    mentions,
  }));
  for (const chunk of rowChunks(personMentionRows)) statements.push(db.insert(t.articlePeople).values(chunk as never));
  const organisationMentions = mergeMentions(
    organisationRefs,
    extraction.organisations.map((o) => o.mentions),
  );
  const organisationMentionRows = organisationMentions.map(([ref, mentions]) => ({
    articleId: articleRef,
    organisationId: refSql(ref),
    mentions,
  }));
  for (const chunk of rowChunks(organisationMentionRows))
    statements.push(db.insert(t.articleOrganisations).values(chunk as never));

  if (extraction.quotes.length) {
    const inBody = bodyOffsets(article.paragraphs);
    const quoteRows = extraction.quotes.map((quote, position) => ({
      id: plan.quoteIds?.[position],
      articleId: articleRef,
      position,
      text: quote.text,
      kind: quote.kind,
      cue: quote.cue,
      speakerPersonId: quote.speaker?.type === 'person' ? refSql(personRefs[quote.speaker.ref]) : null,
      speakerOrganisationId:
        quote.speaker?.type === 'organisation' ? refSql(organisationRefs[quote.speaker.ref]) : null,
      speakerText: quote.speakerText,
      paragraph: quote.paragraph,
      endParagraph: quote.endParagraph,
      startOffset: quote.start,
      endOffset: quote.end,
      textKey: quoteKey(quote.text),
      speakerConfidence: quote.speakerConfidence ?? speakerConfidence(quote),
      speakerWithheld: quote.speakerWithheld ?? false,
      cueStart: inBody(quote.evidence?.cue?.paragraph, quote.evidence?.cue?.start),
      cueEnd: inBody(quote.evidence?.cue?.paragraph, quote.evidence?.cue?.end),
      evidenceStart: inBody(quote.evidence?.sentence.paragraph, quote.evidence?.sentence.start),
      evidenceEnd: inBody(quote.evidence?.sentence.paragraph, quote.evidence?.sentence.end),
    }));
    for (const chunk of rowChunks(quoteRows)) statements.push(db.insert(t.quotes).values(chunk as never));
    statements.push(
      ...speakerCandidateStatements(db, articleRef, extraction.quotes, {
        person: (i) => refSql(personRefs[i]),
        organisation: (i) => refSql(organisationRefs[i]),
      }),
    );
  }

  // Numeric claims refer to the quotes above by position; Figures count a reprint with its original.
  statements.push(...reprintStatements(db, articleRef, article.paragraphs, plan.fingerprint));
  statements.push(
    ...claimStatements(db, plan.claims ?? figuresOfExtraction(extraction), {
      article: articleRef,
      person: (i) => refSql(personRefs[i]),
      organisation: (i) => refSql(organisationRefs[i]),
    }),
  );
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
  // An entity the article only quotes or is published by is still referred to once (mentionCount).
  return [...merged.values()].map(([ref, mentions]) => [ref, Math.max(mentions, 1)]);
}

/** Recomputes the denormalised counts of the given entities from the rows that define them. */
export function recountStatements(db: Database, personRefs: RowRef[], organisationRefs: RowRef[]) {
  const statements: any[] = [];
  for (const refs of chunked(personRefs, MAX_BOUND_PARAMETERS)) {
    statements.push(
      db
        .update(t.people)
        .set({
          mentionCount: sql`(select coalesce(sum(mentions), 0) from article_people where person_id = ${t.people.id})`,
          quoteCount: sql`(select count(*) from quotes where speaker_person_id = ${t.people.id})`,
        })
        .where(
          sql`${t.people.id} in (${sql.join(
            refs.map((ref) => sql`${refSql(ref)}`),
            sql`, `,
          )})`,
        ),
    );
  }
  for (const refs of chunked(organisationRefs, MAX_BOUND_PARAMETERS)) {
    statements.push(
      db
        .update(t.organisations)
        .set({
          mentionCount: sql`(select coalesce(sum(mentions), 0) from article_organisations where organisation_id = ${t.organisations.id})`,
          quoteCount: sql`(select count(*) from quotes where speaker_organisation_id = ${t.organisations.id})`,
        })
        .where(
          sql`${t.organisations.id} in (${sql.join(
            refs.map((ref) => sql`${refSql(ref)}`),
            sql`, `,
          )})`,
        ),
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

/** An offset in one paragraph as an offset in the body (the paragraphs joined by blank lines); null when absent. */
function bodyOffsets(
  paragraphs: string[],
): (paragraph: number | undefined, offset: number | undefined) => number | null {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  return (paragraph, offset) =>
    paragraph == null || offset == null || starts[paragraph] == null ? null : starts[paragraph] + offset;
}
