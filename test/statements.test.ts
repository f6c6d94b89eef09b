import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYoga } from 'graphql-yoga';
import { schema } from '../src/schema/index.js';
import { relations, type Database } from '../src/db/index.js';
import { buildSyntheticCorpus } from '../scripts/synthetic/build.js';
import { countStatements } from '../bench/count-statements.js';

/**
 * Counts the SQL statements that reach libSQL while one GraphQL request is answered, by wrapping
 * the real client's execute/batch. Against Turso every statement is a round trip from the edge.
 */
let dir: string;
let client: Client;
let counter: ReturnType<typeof countStatements>;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-statements-'));
  const path = join(dir, 'corpus.db');
  // Enough articles with 20+ quotes for full 20 × 20 pages.
  await buildSyntheticCorpus(path, 300);
  client = createClient({ url: `file:${path}` });
  counter = countStatements(client);
  const db = drizzle({ client, relations }) as Database;
  // The schema alone, without the public endpoint's cost cap: the statements a query costs are
  // decided by its resolvers and selections, whatever limits sit in front of them.
  const yoga = createYoga({ schema, context: () => ({ db, isAdmin: false }) });
  handle = async (request) => yoga.fetch(request);
});
afterAll(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function statementsFor(query: string, variables: object = {}) {
  counter.reset();
  const response = await handle(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return { count: counter.statements.length, data: body.data };
}

const nested = `query Nested($articles: Int, $quotes: Int) {
  articles(first: $articles, orderBy: MOST_QUOTED) {
    edges { node {
      title
      quotes(first: $quotes) { edges { node {
        text kind
        speaker {
          ... on Person { name affiliations { role organisation { name kind } } }
          ... on Organisation { name acronym }
        }
      } } }
    } }
  }
}`;

describe('SQL statements per request', () => {
  it('articles → quotes → speaker → affiliations → organisation, 20 × 20, takes at most 3 statements', async () => {
    const { count, data } = await statementsFor(nested, { articles: 20, quotes: 20 });
    const edges = data.articles.edges;
    expect(edges).toHaveLength(20);
    const quotes = edges.flatMap((e: any) => e.node.quotes.edges.map((q: any) => q.node));
    // Full pages, with speakers of both kinds and affiliations, so every level really was loaded.
    expect(quotes.length).toBeGreaterThanOrEqual(20 * 12);
    expect(quotes.some((q: any) => q.speaker?.affiliations?.length > 0)).toBe(true);
    expect(quotes.some((q: any) => q.speaker && 'acronym' in q.speaker)).toBe(true);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('stays at most 3 whatever the page sizes', async () => {
    for (const [articles, quotes] of [
      [1, 1],
      [5, 50],
      [100, 100],
    ]) {
      const { count, data } = await statementsFor(nested, { articles, quotes });
      expect(data.articles.edges).toHaveLength(articles);
      expect(count).toBeLessThanOrEqual(3);
    }
  });
});
