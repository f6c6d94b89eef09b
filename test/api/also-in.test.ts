import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  const articles = [
    `Bridge to reopen before winter, mayor says
RIVERTON (AP) — The old bridge will reopen before winter, the mayor said on Monday.
"We will rebuild the bridge before the first snow. These are promises we intend to keep," Mayor Ana Lopez told reporters.`,
    `Riverton mayor repeats bridge pledge
RIVERTON (Reuters) — The mayor repeated her pledge on the bridge on Tuesday.
"These are promises we intend to keep," Mayor Ana Lopez said at the council.`,
    `Council hears bridge update
RIVERTON (AFP) — Councillors heard an update on the bridge on Wednesday.
"These are promises we intend to keep," Mayor Ana Lopez told the council.`,
    `Riverton council debates parking
RIVERTON (AFP) — Councillors debated parking fees on Thursday.
"We intend to keep fees low," Councillor Ben Ortiz said.`,
  ];
  for (const text of articles) {
    const { body } = await api.gql(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { text } },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
  }
});
afterAll(() => api.close());

async function quotes(alsoIn = 'alsoIn { id text }') {
  const { body } = await api.gql(`{ quotes(first: 100) { edges { node { id text article { id } ${alsoIn} } } } }`);
  expect(body.errors).toBeUndefined();
  return body.data.quotes.edges.map((e: any) => e.node);
}

describe('Quote.alsoIn', () => {
  it('finds a quote that is a shorter part of another, both ways, and the same words', async () => {
    const all = await quotes();
    const long = all.find((q: any) => q.text.startsWith('We will rebuild the bridge'));
    const short = all.filter((q: any) => q.text.startsWith('These are promises we intend to keep'));
    expect(long).toBeDefined();
    expect(short).toHaveLength(2);
    expect(long.alsoIn.map((q: any) => q.id).sort()).toEqual(short.map((q: any) => q.id).sort());
    for (const quote of short) {
      const others = quote.alsoIn.map((q: any) => q.id);
      expect(others).toContain(long.id);
      expect(others).toContain(short.find((q: any) => q.id !== quote.id).id);
      expect(others).not.toContain(quote.id);
    }
    const unrelated = all.find((q: any) => q.text.startsWith('We intend to keep fees low'));
    expect(unrelated.alsoIn).toEqual([]);
  });

  it('takes first, and is costed as the bounded list it asks for', async () => {
    const all = await quotes('alsoIn(first: 1) { id }');
    const long = all.find((q: any) => q.text.startsWith('We will rebuild the bridge'));
    expect(long.alsoIn).toHaveLength(1);
    // Without ids asked for, oldest first still holds: the earliest of the two shorter quotes.
    const texts = await quotes('alsoIn(first: 1) { text article { title } }');
    const longTexts = texts.find(
      (q: any) => q.text.startsWith('These are promises') && q.alsoIn[0]?.text.startsWith('We will'),
    );
    expect(longTexts).toBeDefined();
    const { body } = await api.gql(`{ quotes(first: 100) { edges { node { id text kind cue speakerText paragraph
      article { id title } alsoIn { id text kind cue speakerText paragraph article { id title slug } } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.extensions.cost.requestedQueryCost).toBeLessThanOrEqual(10_000);
  });
});
