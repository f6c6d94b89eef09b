/**
 * A light concurrent load and the checks the database-outage tests share (embedded file and remote
 * server): which answers are allowed while the database is away, and what was acknowledged.
 */
import { createClient } from '@libsql/client';
import { expect } from 'vitest';
import { asAdmin, type TestServer } from '../helpers/server.js';
import { loadArticle } from '../load/mixed-load.js';
import { internals, postGraphQL, send, type RawResponse } from './helpers.js';

export const ingest =
  'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
export const cachedPaths = [
  // By name: the load's articles (from Metro Wire) move mention counts, which would change the answer.
  '{ organisations(first: 3, orderBy: NAME) { edges { node { name } } } }',
  '{ articles(first: 2) { totalCount edges { node { title } } } }',
].map((query) => `/graphql?query=${encodeURIComponent(query)}`);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds (or fails the test after `ms`). */
export async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

/** The article count, asked under an alias no cache has seen. */
let unique = 0;
export const uncachedQuery = (api: TestServer) =>
  postGraphQL(api, { query: `{ q${++unique}: articles(first: 1) { totalCount } }` });
export const totalCountOf = (response: RawResponse): number | undefined =>
  Object.values(response.json?.data ?? {}).map((c: any) => c?.totalCount)[0];

/** 503 with SERVICE_UNAVAILABLE on every error. */
export const isUnavailable = (response: RawResponse) =>
  response.status === 503 &&
  response.json?.errors?.length > 0 &&
  response.json.errors.every((error: any) => error.extensions?.code === 'SERVICE_UNAVAILABLE');
/** …and nothing of the answer at all. */
export const isRefused = (response: RawResponse) =>
  isUnavailable(response) && Object.values(response.json.data ?? {}).every((value) => value === null);

export interface LightLoad {
  stop: () => Promise<{
    requests: number;
    byStatus: Record<string, number>;
    unexpected: string[];
    acknowledged: Map<string, string>;
  }>;
}

/**
 * A few concurrent clients: cached GETs (which must always be answered 200), uncached queries and
 * ingests (200, or 503 SERVICE_UNAVAILABLE while the database is away) and /health (200 or 503).
 * Anything else (another 5xx, a dropped connection, internals in a body) is recorded as unexpected.
 * An ingest counts as acknowledged when the answer says it stored the article, even if a later
 * field of the answer failed (the write committed just before the database went).
 */
export function startLightLoad(api: TestServer, { clients = 4, ingests = true } = {}): LightLoad {
  const tag = Math.random().toString(36).slice(2, 8);
  const kinds = ingests ? ['cached', 'query', 'ingest', 'health'] : ['cached', 'query', 'health'];
  let running = true;
  let requests = 0;
  let sequence = 0;
  const byStatus: Record<string, number> = {};
  const unexpected: string[] = [];
  const acknowledged = new Map<string, string>();
  const worker = async (client: number) => {
    for (let turn = 0; running; turn++) {
      const kind = kinds[(turn + client) % kinds.length];
      let response: RawResponse;
      const marker = `${tag}-${++sequence}`;
      try {
        if (kind === 'cached') response = await send(api, { path: cachedPaths[turn % cachedPaths.length] });
        else if (kind === 'query') response = await uncachedQuery(api);
        else if (kind === 'health') response = await send(api, { path: '/health' });
        else
          response = await postGraphQL(
            api,
            { query: ingest, variables: { input: { text: loadArticle(sequence, marker) } } },
            asAdmin,
          );
      } catch (error) {
        unexpected.push(`${kind}: no response (${(error as Error).message})`);
        continue;
      }
      requests++;
      byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
      const ok = response.status === 200 && !response.json?.errors;
      const allowed =
        kind === 'cached' ? ok : kind === 'health' ? ok || response.status === 503 : ok || isUnavailable(response);
      if (!allowed || internals.test(response.text))
        unexpected.push(`${kind}: ${response.status} ${response.text.slice(0, 200)}`);
      if (kind === 'ingest' && response.json?.data?.ingestArticle?.created)
        acknowledged.set(marker, response.json.data.ingestArticle.article?.id);
      await sleep(5);
    }
  };
  const workers = Array.from({ length: clients }, (_, client) => worker(client));
  return {
    stop: async () => {
      running = false;
      await Promise.all(workers);
      return { requests, byStatus, unexpected, acknowledged };
    },
  };
}

/** The bodies of the articles stored in the file, read by a client of its own, which also checks the file is sound. */
export async function storedBodies(databaseUrl: string): Promise<string[]> {
  const file = createClient({ url: databaseUrl });
  try {
    expect((await file.execute('pragma integrity_check')).rows[0][0]).toBe('ok');
    return (await file.execute('select body from articles')).rows.map((row) => String(row.body));
  } finally {
    file.close();
  }
}
export const countIn = (bodies: string[], marker: string) =>
  bodies.filter((body) => body.includes(`item ${marker} `)).length;

/**
 * With the database away: waits for /health 503, then checks a cached answer comes back STALE with
 * the data it had (`before`), and that a new query and an ingest are refused. Returns when /health
 * first said 503 and the marker of the refused ingest (which must never be stored).
 */
export async function expectAnswersWhileAway(
  api: TestServer,
  before: RawResponse,
): Promise<{ unavailableAt: number; refusedMarker: string }> {
  await until('/health answers 503', async () => (await send(api, { path: '/health' })).status === 503);
  const unavailableAt = Date.now();
  expect((await send(api, { path: '/health' })).json.status).toBe('unavailable');
  // Once the cache's memo of the data generation has aged (2 s), the cached answer is served as STALE.
  await until(
    'a cached answer is served STALE',
    async () => (await send(api, { path: cachedPaths[0] })).headers.get('x-cache') === 'STALE',
  );
  const stale = await send(api, { path: cachedPaths[0] });
  expect(stale.status).toBe(200);
  expect(stale.json.data).toEqual(before.json.data);
  const refused = await uncachedQuery(api);
  expect(isRefused(refused), refused.text.slice(0, 200)).toBe(true);
  expect(refused.text).not.toMatch(internals);
  const refusedMarker = `refused-${Date.now()}`;
  const write = await postGraphQL(
    api,
    { query: ingest, variables: { input: { text: loadArticle(1, refusedMarker) } } },
    asAdmin,
  );
  expect(isRefused(write), write.text.slice(0, 200)).toBe(true);
  return { unavailableAt, refusedMarker };
}

/** With the database back: waits for /health 200, fresh answers and the end of STALE; returns when /health said 200. */
export async function expectRecovery(api: TestServer): Promise<number> {
  await until('/health answers 200', async () => (await send(api, { path: '/health' })).status === 200);
  const recoveredAt = Date.now();
  const fresh = await uncachedQuery(api);
  expect(fresh.status).toBe(200);
  expect(totalCountOf(fresh)).toBeGreaterThanOrEqual(5);
  await until(
    'the cached answer is no longer STALE',
    async () => (await send(api, { path: cachedPaths[0] })).headers.get('x-cache') !== 'STALE',
  );
  return recoveredAt;
}

/** Only 200s and 503s were answered, and every acknowledged ingest is stored exactly once; the refused one not at all. */
export function expectNothingLost(
  report: Awaited<ReturnType<LightLoad['stop']>>,
  bodies: string[],
  refusedMarker: string,
): void {
  expect(report.unexpected).toEqual([]);
  expect(report.byStatus['503']).toBeGreaterThan(0);
  expect(Object.keys(report.byStatus).sort()).toEqual(['200', '503']);
  expect(report.acknowledged.size).toBeGreaterThan(3);
  for (const marker of report.acknowledged.keys()) expect(countIn(bodies, marker), marker).toBe(1);
  expect(countIn(bodies, refusedMarker)).toBe(0);
}
