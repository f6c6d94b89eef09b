import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ env: { QUIET: 'true', RATE_LIMIT_POINTS: '0' } });
});
afterAll(() => api.close());

/**
 * A document of nearly LIMITS.maxTokens tokens, distinct per `i`: it parses (to ~1 MB) and then
 * fails validation quickly (unknown fields), which is what a cache filler would send.
 */
const bigDocument = (i: number) =>
  `query Q${i} { ${Array.from({ length: LIMITS.maxTokens - 10 }, (_, j) => `f${j}`).join(' ')} }`;

describe('parsed documents are cached within a byte bound', () => {
  it('120 distinct documents at the token limit leave the heap near where it was', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    for (let i = 0; i < 5; i++) await postGraphQL(api, { query: bigDocument(i) });
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 5; i < 125; i++) {
      const { json } = await postGraphQL(api, { query: bigDocument(i) });
      expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept by entries (Yoga's default, 1,024 of them) they would hold ~100 MB; the byte bound is 16 MB.
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  });
});
