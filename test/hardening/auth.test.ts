import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isAdminRequest } from '../../src/app.js';
import { ADMIN_TOKEN, asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, postGraphQL, send } from './helpers.js';

const ingest = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';
const article =
  'Port reopens after storm\nThe harbour reopened on Friday after the storm.\n"Ships are moving again," harbour master Tom Ellis said.';
const withBearer = (token: string) =>
  new Request('http://x/graphql', { headers: { authorization: `Bearer ${token}` } });

describe('isAdminRequest', () => {
  it('accepts exactly the configured token', () => {
    expect(isAdminRequest(withBearer('s3cret-token'), 's3cret-token')).toBe(true);
    expect(
      isAdminRequest(new Request('http://x', { headers: { authorization: 'bearer s3cret-token' } }), 's3cret-token'),
    ).toBe(true);
    for (const wrong of ['s3cret-toke', 's3cret-tokenn', 'S3cret-token', 'x3cret-token', '', ' ']) {
      expect(isAdminRequest(withBearer(wrong), 's3cret-token'), wrong).toBe(false);
    }
    expect(
      isAdminRequest(new Request('http://x', { headers: { authorization: 'Basic s3cret-token' } }), 's3cret-token'),
    ).toBe(false);
    expect(isAdminRequest(new Request('http://x'), 's3cret-token')).toBe(false);
  });

  it('accepts nothing when no token is configured', () => {
    expect(isAdminRequest(withBearer('anything'), undefined)).toBe(false);
    expect(isAdminRequest(withBearer(''), '')).toBe(false);
  });
});

describe('a server without ADMIN_TOKEN', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ env: { ADMIN_TOKEN: '' } });
  });
  afterAll(() => api.close());

  it('refuses every mutation, whatever token is sent, and writes nothing', async () => {
    const before = await dbFingerprint(api);
    for (const headers of [{}, asAdmin, { authorization: 'Bearer ' }]) {
      const ingested = await postGraphQL(api, { query: ingest, variables: { input: { text: article } } }, headers);
      expect(ingested.status).toBe(401);
      expect(ingested.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const deleted = await postGraphQL(
        api,
        { query: 'mutation { deleteArticle(id: "QXJ0aWNsZTox") { deletedId } }' },
        headers,
      );
      expect(deleted.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(await dbFingerprint(api)).toEqual(before);
  });
});

describe('secrets', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());

  it('the admin token appears in no response and no log line, whatever goes wrong', async () => {
    const logged: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi
        .spyOn(console, level)
        .mockImplementation(
          (...args: unknown[]) =>
            void logged.push(
              args
                .map((a) =>
                  a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a),
                )
                .join(' '),
            ),
        ),
    );
    const texts: string[] = [];
    try {
      const requests = [
        postGraphQL(api, { query: ingest, variables: { input: { text: article } } }, asAdmin),
        postGraphQL(api, { query: ingest, variables: { input: { text: '\u0000\u0001binary' } } }, asAdmin),
        postGraphQL(api, { query: ingest, variables: { input: { text: 42 } } }, asAdmin),
        postGraphQL(api, { query: '{ node(id: "bad") { id } }' }, asAdmin),
        postGraphQL(api, { query: '{ articles { nope } }' }, asAdmin),
        send(api, { method: 'POST', headers: { 'content-type': 'application/json', ...asAdmin }, body: '{"query":' }),
        send(api, { path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: asAdmin }),
        send(api, { path: '/graphql', headers: { accept: 'text/html', ...asAdmin } }),
      ];
      for (const response of await Promise.all(requests))
        texts.push(response.text, JSON.stringify([...response.headers]));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(texts.join('\n')).not.toContain(ADMIN_TOKEN);
    expect(logged.join('\n')).not.toContain(ADMIN_TOKEN);
  });
});
