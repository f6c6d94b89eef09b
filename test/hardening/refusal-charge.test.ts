import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL } from './helpers.js';

// Refusing a document takes work (parsing, validating, costing); these floods were charged one point
// a request, so one address could keep a core busy with refusals without ever seeing 429.
describe('refused documents are charged for the work of refusing them', () => {
  let api: TestServer;
  // A small bucket that barely refills, so each flood meets its limit after a few requests.
  const capacity = 2_000;
  beforeEach(async () => {
    api = await startTestServer({
      env: { QUIET: 'true', RATE_LIMIT_POINTS: String(capacity), RATE_LIMIT_RESTORE_RATE: '1' },
    });
  });
  afterEach(() => api.close());

  /** Sends distinct documents until one is answered 429; returns how many were sent. */
  async function untilLimited(document: (i: number) => string, most: number) {
    for (let i = 1; i <= most; i++) {
      const { status } = await postGraphQL(api, { query: document(i) });
      if (status === 429) return i;
    }
    return Number.POSITIVE_INFINITY;
  }

  it('a query over the cost limit is charged the limit (more than this bucket holds): the next is 429', async () => {
    const overLimit = (i: number) =>
      `query Q${i} { articles(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }`;
    expect(await untilLimited(overLimit, 10)).toBe(2);
  });

  it('a charge the bucket cannot cover leaves it in debt, so refusals do not slip through as points trickle back', async () => {
    // 200 points restored a second: without the debt, each refusal would find its 1 point again.
    const quick = await startTestServer({
      env: { QUIET: 'true', RATE_LIMIT_POINTS: String(capacity), RATE_LIMIT_RESTORE_RATE: '200' },
    });
    try {
      const overLimit = (i: number) => `query Q${i} { articles(first: 100) { edges { node { body paragraphs } } } }`;
      const statuses: number[] = [];
      for (let i = 0; i <= 20; i++) statuses.push((await postGraphQL(quick, { query: overLimit(i) })).status);
      // The first is refused for its cost and charged 10,000 of a 2,000-point bucket: the debt takes
      // 10 s to pay off, longer than these requests take.
      expect(statuses[0]).toBe(400);
      expect(new Set(statuses.slice(1))).toEqual(new Set([429]));
    } finally {
      await quick.close();
    }
  });

  it('a body is charged a point per 10,000 bytes: a flood of 2.4 MB documents refused for their size is limited', async () => {
    const sent = await untilLimited((i) => `{ __typename }\n# ${i} ${'x'.repeat(2_400_000)}`, 100);
    // ~241 points a request: 9 fit, where one point each would allow 2,000.
    expect(sent).toBeLessThanOrEqual(Math.ceil(capacity / 241) + 2);
  });

  it('documents that fail validation are charged by their size: a flood of 12 KB ones is limited', async () => {
    const invalid = (i: number) => `query Q${i} { ${Array.from({ length: 1_900 }, (_, j) => `f${j}`).join(' ')} }`;
    const points = Math.floor(invalid(1).length / 100);
    const sent = await untilLimited(invalid, 100);
    // ~120 points each: 17 fit, where one point each would allow 2,000.
    expect(sent).toBeLessThanOrEqual(Math.ceil(capacity / points) + 2);
  });
});
