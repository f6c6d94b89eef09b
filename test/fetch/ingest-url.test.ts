import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { wordpressPage } from '../ingest/html-pages.js';
import { html, type LoopbackSite, redirect, startLoopbackSite } from './loopback.js';

const ingestUrl = `mutation($input: IngestUrlInput!) { ingestUrl(input: $input) { created article {
  title url byline publishedAt source { name }
  quotes(first: 10) { edges { node { text speaker { ... on Person { name } } } } }
} } }`;

const articleCount = async (server: TestServer) =>
  (await server.gql('{ articles(first: 1) { totalCount } }')).body.data.articles.totalCount;

describe('ingestUrl', () => {
  let site: LoopbackSite;
  let open: TestServer;
  let strict: TestServer;
  beforeAll(async () => {
    site = await startLoopbackSite({
      '/2024/07/03/greece-wildfire-plan/': html(wordpressPage),
      '/short/wildfires': redirect('/2024/07/03/greece-wildfire-plan/', 301),
      '/api/story.json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"a":1}'),
    });
    open = await startTestServer({ seed: false, env: { FETCH_ALLOW_PRIVATE: 'true' } });
    strict = await startTestServer({ seed: false });
  });
  afterAll(async () => {
    await Promise.all([open.close(), strict.close(), site.close()]);
  });

  it('fetches a page (through a redirect) and stores the article it shows, once', async () => {
    const first = await open.gql(
      ingestUrl,
      { input: { url: `${site.origin}/short/wildfires`, source: 'The Athens Herald' } },
      asAdmin,
    );
    expect(first.body.errors).toBeUndefined();
    const { created, article } = first.body.data.ingestUrl;
    expect(created).toBe(true);
    expect(article).toMatchObject({
      title: 'Greece unveils a new wildfire plan for the islands',
      url: 'https://athensherald.example/2024/07/03/greece-wildfire-plan/',
      byline: 'Eleni Markou',
      publishedAt: '2024-07-03T06:15:00.000Z',
      source: { name: 'The Athens Herald' },
    });
    const quotes = article.quotes.edges.map((e: any) => [e.node.text, e.node.speaker?.name]);
    expect(quotes).toContainEqual([
      'We will not wait for the fire to reach the village before we move,',
      'Nikos Andreou',
    ]);
    const again = await open.gql(
      ingestUrl,
      { input: { url: `${site.origin}/2024/07/03/greece-wildfire-plan/` } },
      asAdmin,
    );
    expect(again.body.data.ingestUrl.created).toBe(false);
    expect(await articleCount(open)).toBe(1);
  });

  it('refuses 127.0.0.1 with BAD_USER_INPUT when FETCH_ALLOW_PRIVATE is unset, sending nothing and storing nothing', async () => {
    const requestsBefore = site.requests.length;
    const refused = await strict.gql(
      ingestUrl,
      { input: { url: `${site.origin}/2024/07/03/greece-wildfire-plan/` } },
      asAdmin,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRIVATE_ADDRESS' });
    expect(site.requests.length).toBe(requestsBefore);
    expect(await articleCount(strict)).toBe(0);
  });

  it('refuses what is not an HTML page, and a client without the admin token', async () => {
    const json = await open.gql(ingestUrl, { input: { url: `${site.origin}/api/story.json` } }, asAdmin);
    expect(json.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTENT_TYPE' });
    const scheme = await open.gql(ingestUrl, { input: { url: 'file:///etc/passwd' } }, asAdmin);
    expect(scheme.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_URL' });
    const anonymous = await open.gql(ingestUrl, { input: { url: `${site.origin}/short/wildfires` } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await articleCount(open)).toBe(1);
  });
});
