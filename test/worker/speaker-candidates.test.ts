// Speaker candidates inside workerd against D1: the migration's table, the ingest batch's inserts
// and the quotes' relation that loads them are D1's SQL too.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { asAdmin, gql } from './helpers.js';

const quotesWithCandidates = `query($where: QuoteFilter) { quotes(first: 100, where: $where) { edges { node {
  id speakerConfidence speakerWithheld speaker { ... on Person { id } ... on Organisation { id } }
  speakerCandidates { speaker { ... on Person { id name } ... on Organisation { id name } } speakerText confidence rule } } } } }`;

const candidateRows = async () =>
  (await env.DB.prepare('select count(*) as n from speaker_candidates').first<number>('n')) ?? 0;

// Written for this test.
const article = `Library board extends weekend opening hours
The county library board on Monday voted to keep its branches open on Sunday afternoons.
"Families asked for this more than anything else," board chair Elena Fischer said after the vote.
Fischer said the change would cost less than a new reading room.`;

describe('speaker candidates on the Worker', () => {
  it("serves the samples' quotes with their speaker as the first candidate, or none when withheld", async () => {
    const { body } = await gql(quotesWithCandidates);
    expect(body.errors).toBeUndefined();
    const quotes = body.data.quotes.edges.map((e: any) => e.node);
    const attributed = quotes.filter((q: any) => q.speaker);
    expect(attributed.length).toBeGreaterThan(20);
    for (const quote of attributed) {
      expect(quote.speakerWithheld).toBe(false);
      expect(quote.speakerCandidates[0].speaker.id).toBe(quote.speaker.id);
      expect(quote.speakerCandidates[0].rule).toMatch(/^[a-z-]+$/);
    }
    const withheld = quotes.filter((q: any) => q.speakerWithheld);
    for (const quote of withheld) {
      expect(quote.speaker).toBeNull();
      expect(quote.speakerCandidates.length).toBeGreaterThan(0);
    }
    const filtered = await gql(quotesWithCandidates, { where: { speakerWithheld: true } });
    expect(filtered.body.errors).toBeUndefined();
    expect(filtered.body.data.quotes.edges.map((e: any) => e.node.id)).toEqual(withheld.map((q: any) => q.id));
  });

  it('stores an ingested article’s candidates in its batch and deletes them with it', async () => {
    const before = await candidateRows();
    const ingested = await gql(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } } }',
      { i: { text: article } },
      asAdmin,
    );
    expect(ingested.body.errors).toBeUndefined();
    const id = ingested.body.data.ingestArticle.article.id;
    const { body } = await gql(quotesWithCandidates, { where: { article: id } });
    const candidates = body.data.quotes.edges.flatMap((e: any) => e.node.speakerCandidates);
    expect(candidates.map((c: any) => c.speaker.name)).toContain('Elena Fischer');
    expect(await candidateRows()).toBe(before + candidates.length);

    const deleted = await gql('mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }', { id }, asAdmin);
    expect(deleted.body.errors).toBeUndefined();
    expect(await candidateRows()).toBe(before);
  });
});
