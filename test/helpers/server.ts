import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../../src/server.js';

export interface TestServer {
  url: string;
  port: number;
  server: Server;
  db: Awaited<ReturnType<typeof startServer>>['db'];
  /** The server's extraction pool (src/ingest/pool.ts). */
  extraction: Awaited<ReturnType<typeof startServer>>['extraction'];
  databaseUrl: string;
  /** POST a GraphQL operation; returns status, headers and parsed body. */
  gql: (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResponse>;
  close: () => Promise<void>;
}

export interface GqlResponse {
  status: number;
  headers: Headers;
  body: {
    data?: any;
    errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[];
    extensions?: any;
  };
}

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/**
 * Starts the real Node server on a free port with a fresh embedded libSQL database in a temp folder,
 * seeded with the bundled samples unless `seed: false`.
 */
export async function startTestServer(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
  const databaseUrl = `file:${join(dir, 'test.db')}`;
  const { server, db, port, extraction } = await startServer({
    PORT: '0',
    DATABASE_URL: databaseUrl,
    ADMIN_TOKEN,
    SEED_SAMPLES: options.seed === false ? 'false' : 'true',
    ...options.env,
  });
  const url = `http://127.0.0.1:${port}`;
  const gql: TestServer['gql'] = async (query, variables, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: GqlResponse['body'];
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON response ${response.status}: ${text.slice(0, 200)}`);
    }
    return { status: response.status, headers: response.headers, body };
  };
  return {
    url,
    port,
    server,
    db,
    extraction,
    databaseUrl,
    gql,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const asAdmin = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** A caller of operations that must succeed: it checks there are no errors and returns the data. */
export function dataOf(api: TestServer) {
  return async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const { body } = await api.gql(query, variables, headers);
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}
