// Persisted queries inside workerd: only a document that passed every limit is known by its hash.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function register(query: string) {
  const sha256Hash = await sha256(query);
  const response = await exports.default.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  await response.arrayBuffer();
  return { status: response.status, sha256Hash };
}

async function getByHash(sha256Hash: string) {
  const url = new URL('http://newsgraph.test/graphql');
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
  const response = await exports.default.fetch(url.toString());
  return (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
}

describe('persisted queries on the Worker', () => {
  it('a query that ran is known by its hash', async () => {
    const { status, sha256Hash } = await register('{ articles(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect((await getByHash(sha256Hash)).data.articles.totalCount).toBe(5);
  });

  it('a document refused for its size cannot run by its hash', async () => {
    const { status, sha256Hash } = await register(`{ __typename }\n#${'x'.repeat(40_000)}`);
    expect(status).toBe(413);
    const byHash = await getByHash(sha256Hash);
    expect(byHash.data).toBeUndefined();
    expect(byHash.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
