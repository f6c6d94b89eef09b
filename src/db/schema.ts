import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const organisationKinds = [
  'GOVERNMENT',
  'GOVERNMENT_AGENCY',
  'MEDIA',
  'UNIVERSITY',
  'THINK_TANK',
  'MILITARY',
  'INTERNATIONAL',
  'LEGISLATURE',
  'COMPANY',
  'OTHER',
] as const;

export const quoteKinds = ['DIRECT', 'PARTIAL', 'INDIRECT'] as const;

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    kind: text('kind', { enum: organisationKinds }).notNull().default('OTHER'),
    // Denormalised so that ordering by them is an index scan; recomputed by every write that touches them.
    mentionCount: integer('mention_count').notNull().default(0),
    quoteCount: integer('quote_count').notNull().default(0),
  },
  (t) => [
    index('organisations_name_idx').on(t.name),
    index('organisations_kind_idx').on(t.kind, t.name),
    index('organisations_mentions_idx').on(t.mentionCount, t.id),
  ],
);

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    standfirst: text('standfirst'),
    url: text('url'),
    sourceId: integer('source_id').references(() => organisations.id),
    byline: text('byline'),
    dateline: text('dateline'),
    publishedAt: text('published_at'),
    updatedAt: text('updated_at'),
    // publishedAt when known, else ingestion time: never null, so it can order a cursor connection.
    sortDate: text('sort_date').notNull(),
    ingestedAt: text('ingested_at').notNull(),
    body: text('body').notNull(),
    paragraphs: text('paragraphs', { mode: 'json' }).$type<string[]>().notNull(),
    wordCount: integer('word_count').notNull(),
    quoteCount: integer('quote_count').notNull().default(0),
    // sha-256 of the normalised text: ingesting the same text twice is a no-op.
    contentHash: text('content_hash').notNull().unique(),
  },
  (t) => [
    index('articles_sort_idx').on(t.sortDate, t.id),
    index('articles_source_idx').on(t.sourceId, t.sortDate),
    index('articles_quotes_idx').on(t.quoteCount, t.id),
  ],
);

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    mentionCount: integer('mention_count').notNull().default(0),
    quoteCount: integer('quote_count').notNull().default(0),
  },
  (t) => [
    index('people_name_idx').on(t.name),
    index('people_mentions_idx').on(t.mentionCount, t.id),
    index('people_quotes_idx').on(t.quoteCount, t.id),
  ],
);

/** Every spelling seen of a person, with the lookup key that resolution matches on. */
export const personAliases = sqliteTable(
  'person_aliases',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.alias, t.key] }), index('person_aliases_key_idx').on(t.key)],
);

export const personDescriptions = sqliteTable(
  'person_descriptions',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.description] })],
);

export const organisationAliases = sqliteTable(
  'organisation_aliases',
  {
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.alias, t.key] }), index('organisation_aliases_key_idx').on(t.key)],
);

export const affiliations = sqliteTable(
  'affiliations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    // '' rather than NULL so the unique index treats "no role" as one value.
    role: text('role').notNull().default(''),
  },
  (t) => [
    uniqueIndex('affiliations_unique_idx').on(t.personId, t.organisationId, t.role),
    index('affiliations_organisation_idx').on(t.organisationId, t.personId),
  ],
);

export const articlePeople = sqliteTable(
  'article_people',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mentions: integer('mentions').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.personId] }),
    index('article_people_person_idx').on(t.personId, t.articleId),
  ],
);

export const articleOrganisations = sqliteTable(
  'article_organisations',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    mentions: integer('mentions').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.organisationId] }),
    index('article_organisations_org_idx').on(t.organisationId, t.articleId),
  ],
);

export const quotes = sqliteTable(
  'quotes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // Reading order within the article.
    position: integer('position').notNull(),
    text: text('text').notNull(),
    kind: text('kind', { enum: quoteKinds }).notNull(),
    cue: text('cue'),
    speakerPersonId: integer('speaker_person_id').references(() => people.id, { onDelete: 'set null' }),
    speakerOrganisationId: integer('speaker_organisation_id').references(() => organisations.id, {
      onDelete: 'set null',
    }),
    speakerText: text('speaker_text'),
    paragraph: integer('paragraph').notNull(),
    endParagraph: integer('end_paragraph').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    // Normalised words of the quote: equal keys in two articles are the same quote (Quote.alsoIn).
    textKey: text('text_key').notNull(),
  },
  (t) => [
    uniqueIndex('quotes_article_position_idx').on(t.articleId, t.position),
    index('quotes_person_idx').on(t.speakerPersonId, t.id),
    index('quotes_organisation_idx').on(t.speakerOrganisationId, t.id),
    index('quotes_text_key_idx').on(t.textKey),
    index('quotes_kind_idx').on(t.kind, t.id),
  ],
);

/** Small key/value facts about the database; `generation` is bumped by every write (cache keys include it). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: integer('value').notNull().default(0),
});

export const generationKey = 'generation';
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const correctionKinds = [
  'SET_QUOTE_SPEAKER',
  'SET_QUOTE_KIND',
  'REJECT_QUOTE',
  'MERGE_PEOPLE',
  'MERGE_ORGANISATIONS',
  'SPLIT_PERSON',
  'RENAME_PERSON',
  'ADD_ALIAS',
  'REMOVE_ALIAS',
  'SET_ORGANISATION_KIND',
] as const;

/**
 * An editor's correction, kept as a fact about keys (`target`: a quote by article and quote key, a
 * person by names) so that it can be applied again after re-extraction; `before`/`after` are JSON.
 */
export const corrections = sqliteTable(
  'corrections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: correctionKinds }).notNull(),
    reason: text('reason').notNull(),
    editor: text('editor').notNull(),
    createdAt: text('created_at').notNull(),
    revertedAt: text('reverted_at'),
    // The node the correction is about when it was made ('Quote', 'Person', 'Organisation') and its row id.
    targetType: text('target_type').notNull(),
    targetId: integer('target_id').notNull(),
    target: text('target', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    before: text('before', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    after: text('after', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    // Set when the last application found no target (the quote or person is gone); the correction is kept.
    orphaned: integer('orphaned', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('corrections_target_idx').on(t.targetType, t.targetId, t.id),
    index('corrections_kind_idx').on(t.kind, t.id),
    index('corrections_editor_idx').on(t.editor, t.id),
  ],
);

/**
 * What a correction is about, as lookup keys (`article:<id>`, `person:<id>`, `organisation:<id>`, a
 * person's name keys), so that writing an article finds the corrections to apply to it.
 */
export const correctionKeys = sqliteTable(
  'correction_keys',
  {
    correctionId: integer('correction_id')
      .notNull()
      .references(() => corrections.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.correctionId, t.key] }), index('correction_keys_key_idx').on(t.key)],
);

/** Where a person merged away went: their ID and slug keep resolving to the survivor. */
export const personRedirects = sqliteTable(
  'person_redirects',
  {
    fromId: integer('from_id').primaryKey(),
    fromSlug: text('from_slug').notNull(),
    personId: integer('person_id').notNull(),
    correctionId: integer('correction_id')
      .notNull()
      .references(() => corrections.id, { onDelete: 'cascade' }),
  },
  (t) => [index('person_redirects_slug_idx').on(t.fromSlug), index('person_redirects_person_idx').on(t.personId)],
);

/** The text an article was ingested from, with its hints, so that re-extraction reads what ingestion read. */
export const articleTexts = sqliteTable('article_texts', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  hints: text('hints', { mode: 'json' }).$type<Record<string, string | null>>().notNull(),
});
