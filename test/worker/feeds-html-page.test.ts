// The HTML path (linkedom + Readability, src/ingest/html.ts) inside workerd, through the Worker's API.
import { describe, expect, it } from 'vitest';
import { ampPage, ampParagraphs } from '../ingest/html-pages.js';
import { asAdmin, gql } from './helpers.js';

describe('an HTML page ingested through the Worker', () => {
  it('is read as its article: headline without the site name, paragraphs, date, author, canonical URL and quotes', async () => {
    const { body } = await gql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article {
        title url byline publishedAt paragraphs
        quotes(first: 5) { edges { node { text speaker { ... on Person { name } } } } }
      } } }`,
      { input: { text: ampPage } },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    const article = body.data.ingestArticle.article;
    expect(article.title).toBe('Minoan harbour found under Heraklion car park');
    expect(article.url).toBe('https://aegeanwire.example/culture/minoan-harbour-heraklion');
    expect(article.byline).toBe('Anna Vlachou');
    expect(article.publishedAt).toBe('2024-11-02T12:05:00.000Z');
    expect(article.paragraphs).toHaveLength(ampParagraphs.length);
    const quotes = article.quotes.edges.map((e: any) => [e.node.text, e.node.speaker?.name]);
    expect(quotes).toContainEqual(['This changes what we thought we knew about the coast here,', 'Irini Sfakianaki']);
  });
});
