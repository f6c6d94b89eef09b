import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, internals, jsonHeaders, postGraphQL, send, type RawResponse } from './helpers.js';

// Everything here is rejected: each answer has a code and a fitting status, nothing internal, the
// server keeps answering, and the database is exactly as it was.
let api: TestServer;
let initial: Record<string, number>;
beforeAll(async () => {
  api = await startTestServer();
  initial = await dbFingerprint(api);
});
afterEach(async () => {
  expect(await dbFingerprint(api)).toEqual(initial);
  const alive = await postGraphQL(api, { query: '{ articles(first: 1) { totalCount } }' });
  expect(alive.json.data.articles.totalCount).toBe(5);
});
afterAll(() => api.close());

function expectRejected(response: RawResponse, code: string, status: number) {
  expect(response.json?.errors?.[0]?.extensions?.code, response.text.slice(0, 300)).toBe(code);
  expect(response.status).toBe(status);
  expect(response.text).not.toMatch(internals);
}

const ingest =
  'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
const validArticle =
  'Council approves new park\nThe city council approved a new park on Monday.\n"It is a good day," Mayor Lee Brown said.';

describe('malformed requests', () => {
  it('malformed JSON → 400 BAD_REQUEST', async () => {
    expectRejected(
      await send(api, { method: 'POST', headers: jsonHeaders, body: '{"query": "{ articles' }),
      'BAD_REQUEST',
      400,
    );
    expectRejected(
      await send(api, { method: 'POST', headers: jsonHeaders, body: '"just a string"' }),
      'BAD_REQUEST',
      400,
    );
  });

  it('a body over the size limit → 413, whether its length is declared or streamed', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3_000_000) } });
    expectRejected(
      await send(api, { method: 'POST', headers: jsonHeaders, body: big }),
      'REQUEST_ENTITY_TOO_LARGE',
      413,
    );
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65_536) controller.enqueue(bytes.subarray(i, i + 65_536));
        controller.close();
      },
    });
    const chunked = await send(api, {
      method: 'POST',
      headers: jsonHeaders,
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectRejected(chunked, 'REQUEST_ENTITY_TOO_LARGE', 413);
  });

  it('a query document of 1 MB → 413 QUERY_TOO_COMPLEX before it is parsed', async () => {
    const query = `{ ${'articles { totalCount } '.repeat(44_000)}}`;
    expect(query.length).toBeGreaterThan(1_000_000);
    const response = await postGraphQL(api, { query });
    expectRejected(response, 'QUERY_TOO_COMPLEX', 413);
    expect(response.json.errors[0].message).toMatch(/limit is 32768/);
  });

  it('20 levels of nesting → 400 QUERY_TOO_COMPLEX', async () => {
    // Valid fields all the way down: quotes → edges → node → article → quotes → …: 20 levels.
    let query = 'text';
    for (let i = 0; i < 4; i++) query = `article { quotes(first: 1) { edges { node { ${query} } } } }`;
    query = `{ quotes(first: 1) { edges { node { ${query} } } } }`;
    const response = await postGraphQL(api, { query });
    expectRejected(response, 'QUERY_TOO_COMPLEX', 400);
    expect(response.json.errors).toHaveLength(1);
    expect(response.json.errors[0].message).toMatch(/depth limit of 12 exceeded, found 20/);
  });

  it('1,000 aliases → 400 QUERY_TOO_COMPLEX', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expectRejected(await postGraphQL(api, { query }), 'QUERY_TOO_COMPLEX', 400);
  });

  it('fragment cycles → GRAPHQL_VALIDATION_FAILED (400 for graphql-response+json, 200 for legacy JSON per GraphQL over HTTP)', async () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { articles { totalCount } ...A }';
    const modern = await postGraphQL(api, { query }, { accept: 'application/graphql-response+json' });
    expectRejected(modern, 'GRAPHQL_VALIDATION_FAILED', 400);
    expect(modern.json.errors[0].message).toMatch(/within itself/);
    const legacy = await postGraphQL(api, { query });
    expectRejected(legacy, 'GRAPHQL_VALIDATION_FAILED', 200);
    expect(legacy.json.data).toBeUndefined();
  });

  it('an unknown operation name → 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const response = await postGraphQL(api, { query: 'query A { articles { totalCount } }', operationName: 'B' });
    expectRejected(response, 'OPERATION_RESOLUTION_FAILURE', 400);
  });

  it('variables of the wrong type → 400 BAD_USER_INPUT naming the variable', async () => {
    const query = 'query Page($first: Int, $after: String) { articles(first: $first, after: $after) { totalCount } }';
    for (const variables of [{ first: 'ten' }, { first: 1.5 }, { after: { not: 'a string' } }, { first: [1] }]) {
      const response = await postGraphQL(api, { query, variables });
      expectRejected(response, 'BAD_USER_INPUT', 400);
      expect(response.json.errors[0].message).toMatch(/Variable "\$(first|after)"/);
    }
    expectRejected(await postGraphQL(api, { query, variables: 'first=1' }), 'BAD_REQUEST', 400);
  });
});

describe('bad arguments', () => {
  it('invalid global IDs → 400 BAD_USER_INPUT', async () => {
    const quoteId = btoa('Quote:1');
    for (const query of [
      '{ node(id: "garbage") { id } }',
      '{ nodes(ids: ["QXJ0aWNsZTox", "%%%"]) { id } }',
      '{ article(id: "QXJ0aWNsZTpub3QtYS1udW1iZXI=") { title } }',
      `{ article(id: "${quoteId}") { title } }`,
      '{ quotes(where: { speaker: "nope" }) { totalCount } }',
    ]) {
      expectRejected(await postGraphQL(api, { query }), 'BAD_USER_INPUT', 400);
    }
  });

  it('invalid cursors → 400 BAD_USER_INPUT', async () => {
    for (const after of ['not-a-cursor', btoa('garbage'), 'REM6VDpbIlM6']) {
      const response = await postGraphQL(api, {
        query: 'query($after: String) { articles(first: 2, after: $after) { totalCount } }',
        variables: { after },
      });
      expectRejected(response, 'BAD_USER_INPUT', 400);
    }
  });

  it('first: -1 and first: 1000000 → 400 BAD_USER_INPUT (not a cost error)', async () => {
    for (const first of [-1, 1_000_000]) {
      const response = await postGraphQL(api, { query: `{ articles(first: ${first}) { edges { node { id } } } }` });
      expectRejected(response, 'BAD_USER_INPUT', 400);
      expect(response.json.errors[0].message).toMatch(/first/);
    }
  });

  it('a mutation over GET → 405 BAD_REQUEST', async () => {
    const query = encodeURIComponent('mutation { deleteArticle(id: "QXJ0aWNsZTox") { deletedId } }');
    expectRejected(await send(api, { path: `/graphql?query=${query}`, headers: asAdmin }), 'BAD_REQUEST', 405);
  });
});

describe('articles that cannot be ingested', () => {
  const cases: [string, string, RegExp][] = [
    ['0 bytes', '', /empty/],
    ['only whitespace and punctuation', ' \n\t ... \n', /empty/],
    ['2 MB', `${'The council met again today. '.repeat(70_000)}`, /limit is 1000000/],
    ['binary', `PK\u0003\u0004\u0000\u0000${'\u0001\u0002\u0000'.repeat(200)}`, /binary/],
  ];
  for (const [label, text, message] of cases) {
    it(`${label} → 400 BAD_USER_INPUT`, async () => {
      const response = await postGraphQL(api, { query: ingest, variables: { input: { text } } }, asAdmin);
      expectRejected(response, 'BAD_USER_INPUT', 400);
      expect(response.json.errors[0].message).toMatch(message);
    });
  }

  it('invalid UTF-8 → 400 BAD_USER_INPUT', async () => {
    const prefix = new TextEncoder().encode(
      JSON.stringify({ query: ingest, variables: { input: { text: 'Valid start ' } } }),
    );
    // Splice raw invalid bytes (a lone continuation byte, an overlong form, 0xFF) into the text.
    const at = prefix.lastIndexOf(0x22, prefix.lastIndexOf(0x22) - 1) + 'Valid start '.length + 1;
    const body = new Uint8Array([...prefix.subarray(0, at), 0x80, 0xc0, 0xaf, 0xff, ...prefix.subarray(at)]);
    const response = await send(api, { method: 'POST', headers: { ...jsonHeaders, ...asAdmin }, body });
    expectRejected(response, 'BAD_USER_INPUT', 400);
    expect(response.json.errors[0].message).toMatch(/UTF-8/);
  });

  it('without a token, or with a wrong one → 401 UNAUTHENTICATED', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: `${asAdmin.authorization}x` },
    ] as Record<string, string>[]) {
      const response = await postGraphQL(api, { query: ingest, variables: { input: { text: validArticle } } }, headers);
      expectRejected(response, 'UNAUTHENTICATED', 401);
    }
  });
});
