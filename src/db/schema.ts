import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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

/**
 * The sort date of an article without a publication date: below every ISO date, so undated articles
 * come after dated ones newest first, and no date range (`sort_date >= …`) reaches them.
 */
export const UNKNOWN_SORT_DATE = '';

export function sortDateOf(publishedAt: string | null): string {
  return publishedAt ?? UNKNOWN_SORT_DATE;
}

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
    // The outlet that republished the story ("BSS" for "(BSS/AFP)"), when the text names one.
    publisherId: integer('publisher_id').references(() => organisations.id),
    byline: text('byline'),
    dateline: text('dateline'),
    publishedAt: text('published_at'),
    // The printed local time ("2024-10-23T16:47") and its UTC offset when certain (null: unknown, and
    // publishedAt then holds only the day).
    publishedLocal: text('published_local'),
    publishedOffset: text('published_offset'),
    updatedAt: text('updated_at'),
    // publishedAt when known, else UNKNOWN_SORT_DATE: never null, so it can order a cursor connection.
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
    // deleteArticle asks whether an outlet still publishes anything.
    index('articles_publisher_idx').on(t.publisherId),
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
    // The probability that the speaker (or null) is right (extract/speakers/confidence.ts); 1 once an editor set it.
    // Rows stored before the model have 0 until re-extracted: never claimed right.
    speakerConfidence: real('speaker_confidence').notNull().default(0),
    // Evidence, as character offsets into articles.body: the cue, and the sentence that names the speaker.
    cueStart: integer('cue_start'),
    cueEnd: integer('cue_end'),
    evidenceStart: integer('evidence_start'),
    evidenceEnd: integer('evidence_end'),
    // True when the extractor's best candidate is below its threshold and so not the speaker (the
    // candidates are in speaker_candidates); false once an editor set or cleared the speaker.
    speakerWithheld: integer('speaker_withheld', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('quotes_article_position_idx').on(t.articleId, t.position),
    index('quotes_person_idx').on(t.speakerPersonId, t.id),
    index('quotes_organisation_idx').on(t.speakerOrganisationId, t.id),
    index('quotes_text_key_idx').on(t.textKey),
    index('quotes_kind_idx').on(t.kind, t.id),
    index('quotes_speaker_confidence_idx').on(t.speakerConfidence, t.id),
    index('quotes_speaker_withheld_idx').on(t.speakerWithheld, t.id),
  ],
);

/**
 * Whom the extractor proposed as a quote's speaker, best first (rank 0), each with the probability
 * that they are it: the extractor's view, which an editor's correction of the speaker leaves as it is.
 */
export const speakerCandidates = sqliteTable(
  'speaker_candidates',
  {
    quoteId: integer('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    // Exactly one of the two is set.
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    speakerText: text('speaker_text'),
    confidence: real('confidence').notNull(),
    // The speaker rule or candidate generator that proposed it.
    rule: text('rule').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.quoteId, t.rank] }),
    // Merges move candidates by person or organisation, and deleting one cascades here.
    index('speaker_candidates_person_idx').on(t.personId),
    index('speaker_candidates_organisation_idx').on(t.organisationId),
  ],
);

/** Small key/value facts about the database; `generation` is bumped by every write (cache keys include it). */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: integer('value').notNull().default(0),
});

export const generationKey = 'generation';
export const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Feeds polled for new articles (src/feeds). */
export const feeds = sqliteTable('feeds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull().unique(),
  title: text('title'),
  source: text('source'),
  // The validators of the last answer, sent back as If-None-Match / If-Modified-Since.
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastFetchedAt: text('last_fetched_at'),
  lastError: text('last_error'),
  createdAt: text('created_at').notNull(),
});

export const feedItemStates = ['PENDING', 'INGESTED', 'FAILED'] as const;

/**
 * Every item a feed has listed, by its key (GUID, else link): the unique (feed, key) pair is what
 * makes an item ingested once whatever the number of polls, restarts or concurrent pollers.
 */
export const feedItems = sqliteTable(
  'feed_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    feedId: integer('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    url: text('url'),
    title: text('title'),
    publishedAt: text('published_at'),
    // The feed's own text of the item, ingested when its page cannot be fetched; dropped once ingested.
    content: text('content'),
    state: text('state', { enum: feedItemStates }).notNull().default('PENDING'),
    // When a poller took the item; a claim older than the lease is taken over (a poller that died).
    claimedAt: text('claimed_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('feed_items_feed_key_idx').on(t.feedId, t.key),
    index('feed_items_state_idx').on(t.feedId, t.state, t.claimedAt),
    index('feed_items_article_idx').on(t.articleId),
  ],
);

// ------------------------------------------------------------------ figures (numeric claims)

export const claimQualifiers = ['EXACT', 'ABOUT', 'AT_LEAST', 'AT_MOST', 'MORE_THAN', 'RANGE'] as const;

/**
 * A quantity that claims in any number of articles are about: one row per grouping key (see
 * src/extract/figures/keys.ts). Its counts are recomputed by every write that adds or removes claims.
 */
export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull().unique(),
    subject: text('subject').notNull(),
    unit: text('unit').notNull(),
    claimCount: integer('claim_count').notNull().default(0),
    articleCount: integer('article_count').notNull().default(0),
    // Distinct (value, low) pairs among its claims: more than one means the sources disagree.
    valueCount: integer('value_count').notNull().default(0),
  },
  (t) => [index('figures_value_count_idx').on(t.valueCount, t.id)],
);

/** One numeric claim in one article. */
export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // Reading order within the article.
    position: integer('position').notNull(),
    figureId: integer('figure_id').references(() => figures.id, { onDelete: 'set null' }),
    quoteId: integer('quote_id').references(() => quotes.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    sentence: text('sentence').notNull(),
    value: real('value').notNull(),
    low: real('low'),
    qualifier: text('qualifier', { enum: claimQualifiers }).notNull(),
    // Canonical unit with its rate: "troops", "USD per month".
    unit: text('unit').notNull(),
    subject: text('subject').notNull(),
    paragraph: integer('paragraph').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
  },
  (t) => [
    uniqueIndex('claims_article_position_idx').on(t.articleId, t.position),
    index('claims_figure_idx').on(t.figureId, t.id),
    index('claims_unit_idx').on(t.unit, t.id),
  ],
);

/** Who an article names as the source of a claim, nearest to the figure first (rank 0). */
export const claimSources = sqliteTable(
  'claim_sources',
  {
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'cascade' }),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.claimId, t.rank] }),
    index('claim_sources_person_idx').on(t.personId, t.claimId),
    index('claim_sources_organisation_idx').on(t.organisationId, t.claimId),
  ],
);

// ------------------------------------------------------------------ reprints

/** A sample of an article's word 6-grams (the smallest hashes): articles sharing most of them share their text. */
export const articleFingerprints = sqliteTable(
  'article_fingerprints',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hash: integer('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.hash] }),
    index('article_fingerprints_hash_idx').on(t.hash, t.articleId),
  ],
);

/** An article whose body is mostly another's text (wire copy republished), linked to the earlier one. */
export const reprints = sqliteTable(
  'reprints',
  {
    articleId: integer('article_id')
      .primaryKey()
      .references(() => articles.id, { onDelete: 'cascade' }),
    originalId: integer('original_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  },
  (t) => [index('reprints_original_idx').on(t.originalId, t.articleId)],
);
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
