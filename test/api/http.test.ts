import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

describe('HTTP surface', () => {
  it('answers queries by GET with variables', async () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { node { title } } } }';
    const response = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent('{"n":2}')}`,
      {
        headers: { accept: 'application/json' },
      },
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.articles.edges).toHaveLength(2);
  });

  it('refuses mutations by GET, even with the token, and writes nothing', async () => {
    const mutation = 'mutation { ingestArticle(input: { text: "Officials said the road would reopen." }) { created } }';
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent(mutation)}`, {
      headers: { accept: 'application/json', ...asAdmin },
    });
    expect(response.status).toBe(405);
    const body = await response.json();
    expect(body.errors?.[0].message).toMatch(/mutation/i);
    const { body: count } = await api.gql('{ articles { totalCount } }');
    expect(count.data.articles.totalCount).toBe(5);
  });

  it('lets any origin send queries (CORS)', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://frontend.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/frontend\.example)$/);
    const { headers } = await api.gql('{ articles { totalCount } }', undefined, { origin: 'https://frontend.example' });
    expect(headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/frontend\.example)$/);
  });

  it('reports health as JSON', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a syntax error with a GraphQL error, not a crash', async () => {
    // GraphQL over HTTP: a request error is 400 for the spec's media type (200 for legacy application/json).
    const { status, body } = await api.gql('{ articles { ', undefined, { accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const after = await fetch(`${api.url}/health`);
    expect(after.status).toBe(200);
  });
});

describe('the nested story query', () => {
  it('articles → quotes → speaker → affiliations → organisation at 20 × 20 is within the public cost limit', async () => {
    const { body } = await api.gql(`{ articles(first: 20) { edges { node { title quotes(first: 20) { edges { node { text
      speaker { ... on Person { name affiliations { role organisation { name } } } ... on Organisation { name } } } } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cost.requestedQueryCost).toBeLessThanOrEqual(10_000);
    expect(body.data.articles.edges.length).toBe(5);
  });
});
