import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits.js';
import { overlapWork } from '../../src/http/overlap-limit.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ env: { QUIET: 'true' } });
});
afterAll(() => api.close());

/** `ofType { … } ofType { … }` doubled at every level: few tokens, 4^depth pairs for validation to compare. */
const doubled = (depth: number): string =>
  depth === 0 ? 'name' : `ofType { ${doubled(depth - 1)} } ofType { ${doubled(depth - 1)} }`;

// Validation compares fields sharing a response key pairwise, before any cost is known: these take
// from 0.1 to 1 s of validation each, within the token and depth limits.
const repeated: Record<string, string> = {
  'one field written 1,980 times': `{ articles(first: 1) { edges { node { ${'title '.repeat(1_980)}} } } }`,
  'an unknown field written 1,990 times': `{ ${'nope '.repeat(1_990)}}`,
  'a selection doubled at 8 levels': `{ __type(name: "Query") { ${doubled(8)} } }`,
  'the same field through 200 inline fragments': `{ articles(first: 1) { edges { node { ${'... on Article { title } '.repeat(200)}} } } }`,
};

describe('documents that repeat fields past what validation can afford are refused before it runs', () => {
  it.each(Object.entries(repeated))('%s → 400 QUERY_TOO_COMPLEX', async (_, query) => {
    const { status, json } = await postGraphQL(api, { query });
    expect(json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(json.errors[0].message).toMatch(/repeats the same fields/);
    expect(status).toBe(400);
  });

  it('ordinary documents, fragments that share fields and GraphiQL’s introspection pass', async () => {
    const ordinary = [
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
      '{ articles(first: 2) { edges { node { ...A ...B } } } } fragment A on Article { id title quotes(first: 2) { edges { node { text } } } } fragment B on Article { id body quotes(first: 2) { edges { node { id text } } } }',
      `{ __type(name: "Query") { ${doubled(4)} } }`,
    ];
    for (const query of ordinary) {
      expect(overlapWork(parse(query), LIMITS.maxOverlapWork)).toBeLessThan(LIMITS.maxOverlapWork / 10);
      const { status, json } = await postGraphQL(api, { query });
      expect(json.errors).toBeUndefined();
      expect(status).toBe(200);
    }
  });
});
