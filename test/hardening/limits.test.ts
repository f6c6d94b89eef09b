import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, postGraphQL, send } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('query cost (extensions.cost, Shopify shape)', () => {
  it('reports requested and actual cost; a connection multiplies its selection by `first`', async () => {
    const cost = async (first: number) => {
      const { json } = await postGraphQL(api, {
        query: `{ articles(first: ${first}) { totalCount edges { node { title } } } }`,
      });
      expect(json.errors).toBeUndefined();
      return json.extensions.cost;
    };
    // articles 1 + first × (totalCount 1 + edges 1 + node 1 + title 1)
    const two = await cost(2);
    expect(two.requestedQueryCost).toBe(1 + 2 * 4);
    const ten = await cost(10);
    expect(ten.requestedQueryCost).toBe(1 + 10 * 4);
    // Only 5 articles exist: the actual cost counts what came back.
    expect(ten.actualQueryCost).toBe(1 + 1 + 1 + 5 * 2);
    expect(ten.throttleStatus).toMatchObject({ maximumAvailable: 20_000, restoreRate: 400 });
    expect(ten.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(20_000);
  });

  it('nested connections multiply, and a query over the limit is refused before it runs', async () => {
    const query = '{ articles(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }';
    const before = await dbFingerprint(api);
    const { status, json } = await postGraphQL(api, { query });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(new RegExp(`limit of ${LIMITS.maxCost}`));
    expect(json.extensions.cost.requestedQueryCost).toBe(1 + 100 * (1 + 1 + 1 + 100 * (1 + 1 + 1)));
    expect(await dbFingerprint(api)).toEqual(before);
    // The same shape with smaller pages is fine.
    const small = await postGraphQL(api, { query: query.replaceAll('100', '10') });
    expect(small.json.errors).toBeUndefined();
    expect(small.json.extensions.cost.requestedQueryCost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it('GET answers carry the cost but no client bucket (they are shared by caches)', async () => {
    const query = encodeURIComponent('{ people(first: 2) { edges { node { name } } } }');
    const { json } = await send(api, { path: `/graphql?query=${query}` });
    expect(json.extensions.cost.requestedQueryCost).toBe(1 + 2 * 3);
    expect(json.extensions.cost.throttleStatus).toBeUndefined();
  });

  it('introspection (what GraphiQL sends) is allowed and cheap', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const { status, json } = await postGraphQL(api, { query });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.__schema.types.length).toBeGreaterThan(20);
  });
});

describe('shape limits (graphql-armor) → 400 QUERY_TOO_COMPLEX', () => {
  async function refused(query: string, message: RegExp) {
    const { status, json } = await postGraphQL(api, { query });
    expect(json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(message);
    expect(status).toBe(400);
  }

  it('depth', async () => {
    await refused(
      '{ quotes { edges { node { article { quotes { edges { node { article { quotes { edges { node { article { id } } } } } } } } } } } } }',
      /depth limit of 12/,
    );
    const atLimit = await postGraphQL(api, {
      query:
        '{ quotes(first: 1) { edges { node { article { quotes(first: 1) { edges { node { article { title } } } } } } } } }',
    });
    expect(atLimit.json.errors).toBeUndefined();
  });

  it('aliases', async () => {
    await refused(
      aliased(LIMITS.maxAliases + 1, 'articles(first: 1) { totalCount }'),
      /Aliases limit of 30 exceeded, found 31/,
    );
    const atLimit = await postGraphQL(api, { query: aliased(LIMITS.maxAliases, 'articles(first: 1) { totalCount }') });
    expect(atLimit.json.errors).toBeUndefined();
  });

  it('directives', async () => {
    await refused(
      aliased(LIMITS.maxDirectives + 1, '__typename @include(if: true)'),
      /Directives limit of 20 exceeded, found 21/,
    );
  });

  it('tokens', async () => {
    await refused(`{ ${'articles { totalCount } '.repeat(600)}}`, /Token limit of 2000 exceeded/);
  });
});

describe('field suggestions', () => {
  it('are not shown, while introspection stays on', async () => {
    const { json } = await postGraphQL(api, { query: '{ articles { totalCont } }' });
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toMatch(/Cannot query field "totalCont"/);
    expect(json.errors[0].message).not.toMatch(/Did you mean|totalCount/);
    const { json: typo } = await postGraphQL(api, { query: '{ articel(slug: "x") { id } }' });
    expect(typo.errors[0].message).not.toMatch(/Did you mean|article/);
  });
});

describe('CSRF and CORS', () => {
  const mutation = 'mutation { deleteArticle(id: "QXJ0aWNsZTox") { deletedId } }';

  it('refuses requests a browser sends without preflight (form, text/plain, multipart) → 403', async () => {
    const before = await dbFingerprint(api);
    for (const [contentType, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
      ['text/plain', JSON.stringify({ query: mutation })],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: mutation })}\r\n--x--`,
      ],
    ]) {
      // As a page on another site would send it: no preflight, so no custom or Authorization header.
      const response = await send(api, { method: 'POST', headers: { 'content-type': contentType }, body });
      expect(response.status, contentType).toBe(403);
      expect(response.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
    expect(await dbFingerprint(api)).toEqual(before);
    // Authorization cannot be set without a preflight, so a request carrying it is let through.
    const withToken = await send(api, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: 'Bearer wrong' },
      body: '{}',
    });
    expect(withToken.status).not.toBe(403);
  });

  it('lets JSON POSTs and plain GET queries through, from any origin', async () => {
    const preflight = await send(api, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/example\.org)$/);
    const get = await send(api, {
      path: `/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`,
      headers: { origin: 'https://example.org' },
    });
    expect(get.status).toBe(200);
    expect(get.json.data.articles.totalCount).toBe(5);
    expect(get.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/example\.org)$/);
  });
});
