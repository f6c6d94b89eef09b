import { afterAll, beforeAll, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { dumpDatabase } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false, env: { QUIET: 'true' } });
});
afterAll(() => api.close());

async function ingest(text: string) {
  const { body } = await api.gql(
    'mutation($t: String!) { ingestArticle(input: { text: $t, source: "Test Wire" }) { article { people(first: 10) { edges { node { id name } } } } } }',
    { t: text },
    asAdmin,
  );
  expect(body.errors).toBeUndefined();
  return body.data.ingestArticle.article.people.edges.map((e: any) => e.node) as { id: string; name: string }[];
}

it('re-extraction keeps the people an article named although articles stored since make its names ambiguous', async () => {
  const [jane] = await ingest(
    'Harbour board names a new chair\n\nSenator Jane Doerr said on Monday that the harbour board "will meet every month".\n\nThe board agreed.',
  );
  const second = await ingest(
    'Ferry fares to rise in spring\n\nSenator Doerr told the council that fares "cannot stay where they are" and would rise in spring.\n\nThe council will vote.',
  );
  expect(second).toEqual([jane]);
  // Another Doerr: "Senator Doerr" alone no longer points at one person for resolution.
  await ingest(
    'Bank results beat forecasts\n\nMark Doerr, a banker at Northgate Bank, said profits "were better than anyone hoped".\n\nShares rose.',
  );
  const before = await dumpDatabase(api, ['meta']);
  const { body } = await api.gql('mutation { reextractArticles(first: 10) { count } }', {}, asAdmin);
  expect(body.data.reextractArticles.count).toBe(3);
  expect(await dumpDatabase(api, ['meta'])).toBe(before);
});
