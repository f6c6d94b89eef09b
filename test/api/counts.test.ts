import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

// Over the bundled samples: five articles, of which two name no outlet.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await api.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('Person.quotedBy and Person.coverage', () => {
  it('count every quote, those in articles of unknown outlet under outlet null', async () => {
    const { people } = await data(`{ people(first: 30) { edges { node { name quoteCount
      articles { totalCount }
      quotedBy { outlet { name } quoteCount articleCount }
      coverage { outlet { name } quoteCount articleCount } } } } }`);
    const quoted = people.edges.map((e: any) => e.node).filter((p: any) => p.quoteCount > 0);
    expect(quoted.length).toBeGreaterThan(5);
    for (const person of quoted) {
      expect(sum(person.quotedBy.map((c: any) => c.quoteCount)), person.name).toBe(person.quoteCount);
      expect(sum(person.coverage.map((c: any) => c.quoteCount)), person.name).toBe(person.quoteCount);
      expect(sum(person.coverage.map((c: any) => c.articleCount)), person.name).toBe(person.articles.totalCount);
      expect(person.quotedBy.filter((c: any) => c.outlet === null).length).toBeLessThanOrEqual(1);
    }
    const austin = quoted.find((p: any) => p.name === 'Lloyd Austin');
    expect(austin.quoteCount).toBe(7);
    expect(austin.quotedBy.some((c: any) => c.outlet === null)).toBe(true);
  });
});
