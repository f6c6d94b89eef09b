import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/index.js';
import * as t from '../../src/db/schema.js';
import { encodeId } from '../../src/schema/ids.js';
import { indexNewArticles } from '../../src/search/index-rows.js';

/**
 * Rows written straight through drizzle, for tests that need exact people, organisations and quotes
 * (the extractor decides those for ingested text). Indexed for search as every write path indexes
 * what it inserts (indexNewArticles; the triggers do the people and organisations).
 */
export class Fixtures {
  private n = 0;
  constructor(private db: Database) {}

  async organisation(
    name: string,
    kind: (typeof t.organisationKinds)[number] = 'OTHER',
    acronym: string | null = null,
    aliases: string[] = [],
  ) {
    const [row] = await this.db
      .insert(t.organisations)
      .values({ slug: this.slug(name), name, kind, acronym })
      .returning();
    if (aliases.length)
      await this.db
        .insert(t.organisationAliases)
        .values(aliases.map((alias) => ({ organisationId: row.id, alias, key: alias.toLowerCase() })));
    return { ...row, gid: encodeId('Organisation', row.id) };
  }

  async person(name: string, options: { aliases?: string[]; affiliations?: number[] } = {}) {
    const [row] = await this.db
      .insert(t.people)
      .values({ slug: this.slug(name), name })
      .returning();
    for (const alias of options.aliases ?? [])
      await this.db.insert(t.personAliases).values({ personId: row.id, alias, key: alias.toLowerCase() });
    for (const organisationId of options.affiliations ?? [])
      await this.db.insert(t.affiliations).values({ personId: row.id, organisationId });
    return { ...row, gid: encodeId('Person', row.id) };
  }

  /** An article with its mentions and quotes; recounts the denormalised counts like the ingester. */
  async article(options: {
    title: string;
    paragraphs?: string[];
    source?: number | null;
    publishedAt?: string;
    mentions?: { people?: number[]; organisations?: number[] };
    quotes?: {
      text: string;
      person?: number;
      organisation?: number;
      kind?: 'DIRECT' | 'PARTIAL' | 'INDIRECT';
      paragraph?: number;
    }[];
  }) {
    const paragraphs = options.paragraphs ?? [`${options.title}.`];
    const publishedAt = options.publishedAt ?? '2024-10-23T00:00:00.000Z';
    const [row] = await this.db
      .insert(t.articles)
      .values({
        slug: this.slug(options.title),
        title: options.title,
        sourceId: options.source ?? null,
        publishedAt,
        sortDate: publishedAt,
        ingestedAt: new Date().toISOString(),
        body: paragraphs.join('\n\n'),
        paragraphs,
        wordCount: paragraphs.join(' ').split(/\s+/).length,
        quoteCount: options.quotes?.length ?? 0,
        contentHash: `fixture-${this.slug(options.title)}`,
      })
      .returning();
    for (const personId of options.mentions?.people ?? [])
      await this.db.insert(t.articlePeople).values({ articleId: row.id, personId, mentions: 1 });
    for (const organisationId of options.mentions?.organisations ?? []) {
      await this.db.insert(t.articleOrganisations).values({ articleId: row.id, organisationId, mentions: 1 });
    }
    for (const [position, quote] of (options.quotes ?? []).entries()) {
      await this.db.insert(t.quotes).values({
        articleId: row.id,
        position,
        text: quote.text,
        kind: quote.kind ?? 'DIRECT',
        speakerPersonId: quote.person ?? null,
        speakerOrganisationId: quote.organisation ?? null,
        paragraph: quote.paragraph ?? 0,
        endParagraph: quote.paragraph ?? 0,
        startOffset: 0,
        endOffset: quote.text.length,
        textKey: quote.text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      });
    }
    for (const statement of indexNewArticles(this.db, [row.slug])) await statement;
    await this.recount();
    return { ...row, gid: encodeId('Article', row.id) };
  }

  async recount() {
    await this.db.run(sql`update people set
      mention_count = (select coalesce(sum(mentions), 0) from article_people where person_id = people.id),
      quote_count = (select count(*) from quotes where speaker_person_id = people.id)`);
    await this.db.run(sql`update organisations set
      mention_count = (select coalesce(sum(mentions), 0) from article_organisations where organisation_id = organisations.id),
      quote_count = (select count(*) from quotes where speaker_organisation_id = organisations.id)`);
  }

  private slug(name: string) {
    return `${name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 40)}-f${++this.n}-${Math.random().toString(36).slice(2, 8)}`;
  }
}

export const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);
