import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { Fixtures } from './fixtures.js';

let api: TestServer;
const f: Record<string, { gid: string; id: number }> = {};

// The five seeded samples are one story (North Korean troops in Russia) from four outlets; the
// fixtures add a second, smaller story and an unrelated article.
beforeAll(async () => {
  api = await startTestServer();
  const fx = new Fixtures(api.db);
  f.wire = await fx.organisation('Views Wire', 'MEDIA');
  f.daily = await fx.organisation('Views Daily', 'MEDIA');
  f.ministry = await fx.organisation('Ministry of Quokkas', 'GOVERNMENT_AGENCY');
  f.ranger = await fx.person('Ranger Rottnest');
  f.other = await fx.person('Ola Otherperson');
  f.q1 = await fx.article({
    title: 'Quokka census begins',
    source: f.wire.id,
    publishedAt: '2024-06-01T00:00:00Z',
    paragraphs: [
      'The census began.',
      'Rangers counted all day.',
      '“Numbers are up,” Ranger Rottnest said. “We are pleased.”',
    ],
    mentions: { people: [f.ranger.id], organisations: [f.ministry.id, f.wire.id] },
    quotes: [{ text: 'Numbers are up', person: f.ranger.id, paragraph: 2 }],
  });
  f.q2 = await fx.article({
    title: 'Island count finds more marsupials',
    source: f.daily.id,
    publishedAt: '2024-06-02T00:00:00Z',
    mentions: { people: [f.ranger.id], organisations: [f.ministry.id] },
    quotes: [
      { text: 'Numbers are up', person: f.ranger.id },
      { text: 'A good year', person: f.ranger.id },
    ],
  });
  f.q3 = await fx.article({
    title: 'Wire launches new app',
    source: f.wire.id,
    publishedAt: '2024-06-03T00:00:00Z',
    mentions: { people: [f.other.id], organisations: [f.wire.id] },
  });
});
afterAll(() => api.close());

const relatedQuery = `query($id: ID!, $first: Int) { node(id: $id) { ... on Article { related(first: $first) {
  score sharedPeople sharedOrganisations sharedQuotes article { id title } } } } }`;

async function related(id: string, first = 5) {
  const { body } = await api.gql(relatedQuery, { id, first });
  expect(body.errors).toBeUndefined();
  return body.data.node.related;
}

describe('Article.related', () => {
  it('ties the five samples together as one story', async () => {
    const { body } = await api.gql('{ articles(first: 100, orderBy: OLDEST) { edges { node { id title } } } }');
    const samples = body.data.articles.edges
      .map((e: any) => e.node)
      .filter((a: any) => !/quokka|island|wire/i.test(a.title));
    expect(samples).toHaveLength(5);
    for (const sample of samples) {
      const others = samples
        .filter((s: any) => s.id !== sample.id)
        .map((s: any) => s.id)
        .sort();
      const found = await related(sample.id, 4);
      expect(found.map((r: any) => r.article.id).sort(), sample.title).toEqual(others);
      const scores = found.map((r: any) => r.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    }
  });

  it('ranks by shared people, organisations and quotes, ignoring outlets', async () => {
    const found = await related(f.q1.gid);
    expect(found[0]).toMatchObject({
      article: { id: f.q2.gid },
      sharedPeople: 1,
      sharedOrganisations: 1,
      sharedQuotes: 1,
    });
    // Sharing only the outlet ties nothing together.
    expect(found.map((r: any) => r.article.id)).not.toContain(f.q3.gid);
  });

  it('honours first, and rejects a count over 20', async () => {
    expect(await related(f.q1.gid, 0)).toEqual([]);
    const { body } = await api.gql(relatedQuery, { id: f.q1.gid, first: 21 });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Person.coverage and quotedBy', () => {
  it('counts articles and quotes per outlet, most first', async () => {
    const { body } = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Person {
        coverage { outlet { id } articleCount quoteCount lastPublishedAt }
        quotedBy { outlet { id name } articleCount quoteCount } } } }`,
      { id: f.ranger.gid },
    );
    expect(body.errors).toBeUndefined();
    const { coverage, quotedBy } = body.data.node;
    expect(coverage).toHaveLength(2);
    expect(quotedBy.map((c: any) => [c.outlet.name, c.quoteCount, c.articleCount])).toEqual([
      ['Views Daily', 2, 1],
      ['Views Wire', 1, 1],
    ]);
    expect(coverage.find((c: any) => c.outlet.id === f.wire.gid).lastPublishedAt).toBe('2024-06-01T00:00:00Z');
  });

  it('leaves out outlets that only mention the person from quotedBy', async () => {
    const { body } = await api.gql(
      'query($id: ID!) { node(id: $id) { ... on Person { coverage { articleCount } quotedBy { quoteCount } } } }',
      {
        id: f.other.gid,
      },
    );
    expect(body.data.node).toEqual({ coverage: [{ articleCount: 1 }], quotedBy: [] });
  });
});

describe('Quote.context', () => {
  it('is the paragraph the quote stands in', async () => {
    const { body } = await api.gql(
      `query($id: ID!) { article(id: $id) { quotes { edges { node { text paragraph context } } } } }`,
      { id: f.q1.gid },
    );
    const [quote] = body.data.article.quotes.edges.map((e: any) => e.node);
    expect(quote).toEqual({
      text: 'Numbers are up',
      paragraph: 2,
      context: '“Numbers are up,” Ranger Rottnest said. “We are pleased.”',
    });
  });

  it('holds every sample quote', async () => {
    const { body } = await api.gql(
      '{ quotes(first: 100) { edges { node { text context article { paragraphs } paragraph } } } }',
    );
    const fixtureQuotes = ['Numbers are up', 'A good year'];
    const quotes = body.data.quotes.edges.map((e: any) => e.node).filter((q: any) => !fixtureQuotes.includes(q.text));
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) {
      expect(quote.context.startsWith(quote.article.paragraphs[quote.paragraph])).toBe(true);
      expect(quote.context).toContain(quote.text.split('\n')[0].slice(0, 20));
    }
  });
});
