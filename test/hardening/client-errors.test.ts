import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger, MAX_ERROR_MESSAGE } from '../../src/http/errors.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, internals, jsonHeaders, postGraphQL, send, type RawResponse } from './helpers.js';

let api: TestServer;
let initial: Record<string, number>;
beforeAll(async () => {
  api = await startTestServer({ env: { QUIET: 'true', HEADERS_TIMEOUT_MS: '500' } });
  initial = await dbFingerprint(api);
});
afterEach(async () => {
  vi.restoreAllMocks();
  expect(await dbFingerprint(api)).toEqual(initial);
});
afterAll(() => api.close());

function expectClientError(response: RawResponse, code: string) {
  expect(response.json?.errors?.[0]?.extensions?.code, response.text.slice(0, 300)).toBe(code);
  expect(response.status).toBe(400);
  expect(response.text).not.toMatch(internals);
}

/** JSON of an object nested `depth` levels deep, written out (JSON.stringify itself would overflow). */
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('client mistakes are 400s with a code, not 500s', () => {
  it('variables nested 5,000 deep → 400 BAD_USER_INPUT', async () => {
    const body = `{"query":"query ($v: String) { __typename }","variables":{"v":${nestedJson(5_000)}}}`;
    expectClientError(await send(api, { method: 'POST', headers: jsonHeaders, body }), 'BAD_USER_INPUT');
    const viaExtensions = `{"query":"{ __typename }","extensions":{"x":${nestedJson(5_000)}}}`;
    expectClientError(await send(api, { method: 'POST', headers: jsonHeaders, body: viaExtensions }), 'BAD_USER_INPUT');
  });

  it('a GET whose variables or extensions are not JSON objects → 400 BAD_REQUEST', async () => {
    const query = encodeURIComponent('{ __typename }');
    expectClientError(await send(api, { path: `/graphql?query=${query}&variables=%7Bbad` }), 'BAD_REQUEST');
    expectClientError(await send(api, { path: `/graphql?query=${query}&extensions=nope` }), 'BAD_REQUEST');
    expectClientError(await send(api, { path: `/graphql?query=${query}&variables=42` }), 'BAD_REQUEST');
  });

  it('a subscription operation → 400 BAD_REQUEST', async () => {
    expectClientError(await postGraphQL(api, { query: 'subscription { __typename }' }), 'BAD_REQUEST');
  });
});

describe('error messages cut what they echo', () => {
  it('an invalid cursor or ID of 2 MB comes back as a short message', async () => {
    const huge = 'x'.repeat(2_000_000);
    for (const query of [
      'query ($v: String) { articles(first: 1, after: $v) { totalCount } }',
      'query ($v: ID!) { node(id: $v) { id } }',
    ]) {
      const response = await postGraphQL(api, { query, variables: { v: huge } });
      expectClientError(response, 'BAD_USER_INPUT');
      expect(response.json.errors[0].message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
      expect(response.text.length).toBeLessThan(2_000);
    }
  });

  it('a variable of the wrong type and an unknown field name are not quoted whole', async () => {
    const wrongType = await postGraphQL(api, {
      query: 'query ($n: Int) { articles(first: $n) { totalCount } }',
      variables: { n: 'n'.repeat(1_000_000) },
    });
    expectClientError(wrongType, 'BAD_USER_INPUT');
    expect(wrongType.text.length).toBeLessThan(2_000);
    const unknownField = await postGraphQL(api, { query: `{ ${'u'.repeat(30_000)} }` });
    expect(unknownField.json.errors[0].message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE);
    expect(unknownField.text.length).toBeLessThan(2_000);
  });

  it('malformed JSON says so without quoting the body', async () => {
    const body = '{"query": "{ articles } secret-fragment-of-the-body';
    const response = await send(api, { method: 'POST', headers: jsonHeaders, body });
    expectClientError(response, 'BAD_REQUEST');
    expect(response.text).not.toContain('secret-fragment');
    expect(response.json.errors[0].extensions.originalError).toBeUndefined();
  });
});

describe('the log: a client error is one line, a server fault keeps its stack', () => {
  const captured = () => {
    const lines: string[] = [];
    const capture = (...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? String(arg.stack) : String(arg))).join(' '));
    };
    for (const method of ['error', 'warn', 'info', 'log'] as const)
      vi.spyOn(console, method).mockImplementation(capture);
    return lines;
  };

  it.each([
    ['a bad cursor', { query: `{ articles(first: 1, after: "${'c'.repeat(5_000)}") { totalCount } }` }],
    ['a bad ID', { query: `{ node(id: "${'i'.repeat(5_000)}") { id } }` }],
    ['malformed JSON', '{"query": '],
  ])('%s writes at most one short line', async (_, request) => {
    const lines = captured();
    if (typeof request === 'string') await send(api, { method: 'POST', headers: jsonHeaders, body: request });
    else await postGraphQL(api, request);
    expect(lines.length).toBeLessThanOrEqual(1);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line.length).toBeLessThan(MAX_ERROR_MESSAGE + 100);
    }
  });

  it('an unexpected error is logged whole, with its stack', () => {
    const lines = captured();
    logger.error(new TypeError('a fault in the server'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/TypeError: a fault in the server\n\s+at /);
  });
});

describe('slow clients cannot hold a socket', () => {
  it('a client that never finishes its headers is disconnected after the headers timeout', async () => {
    const socket = connect(api.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk;
      });
      socket.once('close', () => resolve(received));
    });
    // Node answers 408 and closes; its default would wait 60 s, past this test's timeout.
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  }, 15_000);
});
