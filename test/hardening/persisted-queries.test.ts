import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPersistedQueries } from '../../src/cache/yoga-plugins.js';
import { LIMITS } from '../../src/http/limits.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL, send } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

/** Runs a persisted query by its hash alone, over GET, as APQ clients do after registering it. */
function getByHash(hash: string) {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  return send(api, { path: `/graphql?extensions=${extensions}` });
}

/** A full collection, so heap readings compare what is retained rather than what awaits collection. */
function collectGarbage(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('persisted queries (APQ) register only documents that pass every limit', () => {
  it('a query that ran is known by its hash afterwards, over GET', async () => {
    const query = '{ articles(first: 1) { totalCount } }';
    const registered = await postGraphQL(api, { query, extensions: persisted(query) });
    expect(registered.json.errors).toBeUndefined();
    const byHash = await getByHash(sha256(query));
    expect(byHash.status).toBe(200);
    expect(byHash.json.data.articles.totalCount).toBe(5);
  });

  it('a query answered from the response cache is registered too (its first run passed the limits)', async () => {
    const query = '{ people(first: 1) { totalCount } }';
    await postGraphQL(api, { query });
    const cached = await postGraphQL(api, { query, extensions: persisted(query) });
    expect(cached.headers.get('x-cache')).toBe('HIT');
    expect((await getByHash(sha256(query))).json.data.people.totalCount).toBeGreaterThan(0);
  });

  it('a document refused for its size is not registered, so it cannot run by hash', async () => {
    const query = `{ __typename }\n#${'x'.repeat(LIMITS.maxDocumentBytes)}`;
    const refused = await postGraphQL(api, { query, extensions: persisted(query) });
    expect(refused.status).toBe(413);
    const byHash = await getByHash(sha256(query));
    expect(byHash.json.data).toBeUndefined();
    expect(byHash.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it.each([
    [
      'too many aliases',
      `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`,
    ],
    ['too costly', '{ articles(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }'],
    ['invalid', '{ noSuchField }'],
  ])('a document refused as %s is not registered', async (_, query) => {
    const refused = await postGraphQL(api, { query, extensions: persisted(query) });
    expect(refused.json.errors?.length).toBeGreaterThan(0);
    const byHash = await getByHash(sha256(query));
    expect(byHash.json.data).toBeUndefined();
    expect(byHash.json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a hash that is not the sha256 of the text is refused', async () => {
    const query = '{ __typename }';
    const { status, json } = await postGraphQL(api, {
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } },
    });
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a flood of 2.4 MB documents sent for registration leaves the heap where it was', async () => {
    const gc = collectGarbage();
    const flood = (i: number) => {
      const query = `{ __typename }\n# ${i} ${'x'.repeat(2_400_000)}`;
      return postGraphQL(api, { query, extensions: persisted(query) });
    };
    // A first round warms whatever is allocated once (buffers, compiled code) before the reading.
    for (let i = 0; i < 3; i++) await flood(i);
    gc();
    const before = process.memoryUsage().heapUsed;
    const sent = 30;
    for (let i = 3; i < 3 + sent; i++) expect((await flood(i)).status).toBe(413);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Registering them would keep 30 × 2.4 MB = 72 MB; a tenth of one document's worth is noise.
    expect(grown).toBeLessThan(sent * 2_400_000 * 0.15);
  });
});

describe('the persisted-query store is bounded in bytes', () => {
  it('keeps its documents under maxBytes however many distinct ones arrive', async () => {
    const store = createPersistedQueries({ maxBytes: 200_000 });
    for (let i = 0; i < 100; i++) await store.add(`{ __typename } # ${i} ${'y'.repeat(30_000)}`);
    expect(store.bytes()).toBeLessThanOrEqual(200_000);
    expect(store.bytes()).toBeGreaterThan(100_000);
  });
});
