import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL } from './helpers.js';

// Pricing is checked without the rate limit (a refused query is charged the cost limit, which would
// leave the next tests to a 429); the flood runs against a server of its own with the limit on.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ env: { RATE_LIMIT_POINTS: '0' } });
});
afterAll(() => api.close());

const deepSchema = '__schema { types { name fields { name args { name type { name kind ofType { name kind } } } } } }';
const aliased = (count: number, selection: string, prefix = 'a') =>
  `{ ${Array.from({ length: count }, (_, i) => `${prefix}${i}: ${selection}`).join(' ')} }`;

describe('introspection is priced by what it returns', () => {
  it('the full introspection GraphiQL sends is allowed, and its requested cost is close to its actual cost', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const { status, json } = await postGraphQL(api, { query });
    expect(status).toBe(200);
    const { requestedQueryCost, actualQueryCost } = json.extensions.cost;
    expect(requestedQueryCost).toBeLessThan(LIMITS.maxCost);
    // Priced like any selection: it is hundreds of fields, not one point per meta field.
    expect(actualQueryCost).toBeGreaterThan(1_000);
    expect(requestedQueryCost).toBeGreaterThanOrEqual(actualQueryCost * 0.8);
    expect(requestedQueryCost).toBeLessThanOrEqual(actualQueryCost * 2);
  });

  it('a walk down types → fields → args is priced within a small factor of what it returns', async () => {
    const { json } = await postGraphQL(api, { query: `{ ${deepSchema} }` });
    expect(json.errors).toBeUndefined();
    const { requestedQueryCost, actualQueryCost } = json.extensions.cost;
    expect(actualQueryCost).toBeGreaterThan(500);
    expect(requestedQueryCost).toBeGreaterThanOrEqual(actualQueryCost * 0.8);
    expect(requestedQueryCost).toBeLessThanOrEqual(actualQueryCost * 2);
  });

  it('30 aliased deep __schema selections are refused before they run', async () => {
    const { status, json } = await postGraphQL(api, { query: aliased(30, deepSchema) });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(json.extensions.cost.requestedQueryCost).toBeGreaterThan(LIMITS.maxCost);
  });

  it('fragments and __type are priced too', async () => {
    const viaFragment = await postGraphQL(api, {
      query: `query { ...F } fragment F on Query { ${aliased(30, deepSchema).slice(1, -1)} }`,
    });
    expect(viaFragment.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const one = await postGraphQL(api, { query: '{ __type(name: "Article") { fields { name type { name } } } }' });
    expect(one.json.errors).toBeUndefined();
    expect(one.json.extensions.cost.requestedQueryCost).toBeGreaterThan(10);
  });

  it('a flood of introspection under the cost limit runs out of rate-limit points (429)', async () => {
    const limited = await startTestServer();
    const statuses: number[] = [];
    // Distinct documents, as an attacker would send, so none is answered from the response cache.
    try {
      for (let i = 0; i < 40 && !statuses.includes(429); i++) {
        statuses.push((await postGraphQL(limited, { query: aliased(3, deepSchema, `flood${i}_`) })).status);
      }
    } finally {
      await limited.close();
    }
    expect(statuses[0]).toBe(200);
    expect(statuses).toContain(429);
    // 20,000 points hold only a handful of these: the limit bites after a few, not after hundreds.
    expect(statuses.length).toBeLessThan(20);
  });
});
