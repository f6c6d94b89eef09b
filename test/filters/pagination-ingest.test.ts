import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { Fixtures, ids } from './fixtures.js';

// Connections page by keyset (the order's columns, then the id), so rows written between two page
// requests land before or after the cursor by their own values: a row that existed when paging began
// is never repeated or skipped, as long as the values it is ordered by do not change. Dates, titles,
// an article's quote count and a quote's id never change; people's and organisations' mention and
// quote counts do when a new article mentions them (see PersonOrder).

let api: TestServer;
let fx: Fixtures;
let written = 0;

beforeAll(async () => {
  api = await startTestServer({ seed: false });
  fx = new Fixtures(api.db);
  const outlet = await fx.organisation('Paging Wire', 'MEDIA');
  const speakers = [];
  for (let i = 0; i < 6; i++) speakers.push(await fx.person(`Speaker ${String.fromCharCode(65 + i)} Original`));
  for (let i = 0; i < 12; i++) {
    const speaker = speakers[i % speakers.length];
    await fx.article({
      title: `Original article ${i}`,
      source: outlet.id,
      // Two articles share each date, so the id tie-breaker matters.
      publishedAt: new Date(Date.UTC(2024, 9, 1 + Math.floor(i / 2))).toISOString(),
      mentions: { people: [speaker.id] },
      quotes: Array.from({ length: i % 4 }, (_, q) => ({ text: `Original quote ${i}.${q}`, person: speaker.id })),
    });
  }
});
afterAll(() => api.close());

/** Writes articles dated before, among and after the originals, and new people, through both write paths. */
async function ingestMore() {
  const n = ++written;
  for (const day of [1, 5, 30]) {
    const person = await fx.person(`Newcomer ${n}-${day}`);
    await fx.article({
      title: `Arrival ${n} on day ${day}`,
      publishedAt: new Date(Date.UTC(2024, 9, day, 12)).toISOString(),
      mentions: { people: [person.id] },
      quotes: [{ text: `Arrival quote ${n}.${day}`, person: person.id }],
    });
  }
  const { body } = await api.gql(
    'mutation($text: String!, $at: DateTime) { ingestArticle(input: { text: $text, publishedAt: $at }) { created } }',
    { text: `Arrival ${n} through the API.\n\nIt says nothing much, on purpose ${n}.`, at: '2024-10-03T08:00:00Z' },
    asAdmin,
  );
  expect(body.data.ingestArticle.created).toBe(true);
}

async function pageAll(field: string, args: string, nodeIsOriginal: (node: any) => boolean) {
  const pageQuery = `query($after: String) { ${field}(first: 3, after: $after${args}) {
    edges { node { id ${{ articles: 'title', people: 'name', quotes: 'text' }[field]} } }
    pageInfo { hasNextPage endCursor } } }`;
  const everything = async () => {
    const all: any[] = [];
    for (let after: string | null = null; ; ) {
      const { body } = await api.gql(pageQuery.replace('first: 3', 'first: 100'), { after });
      all.push(...body.data[field].edges.map((e: any) => e.node));
      if (!body.data[field].pageInfo.hasNextPage) break;
      after = body.data[field].pageInfo.endCursor;
    }
    return all.filter(nodeIsOriginal).map((n) => n.id);
  };
  const expected = await everything();
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const { body } = await api.gql(pageQuery, { after });
    expect(body.errors).toBeUndefined();
    const connection = body.data[field];
    seen.push(...ids(connection));
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
    if (i < 4) await ingestMore();
  }
  expect(new Set(seen).size, 'no row twice').toBe(seen.length);
  const originalsSeen = seen.filter((id) => expected.includes(id));
  expect(originalsSeen, 'every original row once, in order').toEqual(expected);
  return seen;
}

const isOriginalArticle = (node: any) => node.title.startsWith('Original');

describe('pagination while articles are being ingested', () => {
  it('articles NEWEST', async () => {
    await pageAll('articles', ', orderBy: NEWEST', isOriginalArticle);
  });

  it('articles OLDEST', async () => {
    const seen = await pageAll('articles', ', orderBy: OLDEST', isOriginalArticle);
    // Articles dated after the cursor at the time are picked up by later pages.
    expect(seen.length).toBeGreaterThan(12);
  });

  it('articles MOST_QUOTED', async () => {
    await pageAll('articles', ', orderBy: MOST_QUOTED', isOriginalArticle);
  });

  it('articles filtered by outlet', async () => {
    const { body } = await api.gql('{ organisations(where: { kind: MEDIA }) { edges { node { id } } } }');
    const outlet = body.data.organisations.edges[0].node.id;
    await pageAll('articles', `, where: { source: "${outlet}" }`, isOriginalArticle);
  });

  it('quotes', async () => {
    await pageAll('quotes', '', (node) => node.text.startsWith('Original'));
  });

  it('people by NAME, and by MOST_QUOTED while the newcomers are quoted but no original is', async () => {
    await pageAll('people', ', orderBy: NAME', (node) => node.name.endsWith('Original'));
    await pageAll('people', ', orderBy: MOST_QUOTED', (node) => node.name.endsWith('Original'));
  });
});
