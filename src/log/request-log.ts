/**
 * The request log an operator turns on with LOG_REQUESTS=true: one JSON line per request, written
 * with console.log (stdout on Node; Workers Logs collect it on Cloudflare), e.g.
 *
 *   {"time":"2026-12-04T20:00:00.000Z","method":"POST","path":"/graphql","operation":"Person",
 *    "status":200,"durationMs":4.2,"cost":41,"cache":"MISS","client":"3f2a9c1d04b7e8a6"}
 *
 * `operation` is the GraphQL operation name when the request names one (or its document does);
 * `cost` the requested query cost the answer reports (`extensions.cost`); `cache` the answer's
 * X-Cache (HIT, MISS, STALE) or null; `client` the rate-limit key (the IP, IPv6 by its /64) hashed
 * with a key made when the process (or isolate) starts, so lines of one process can be told apart
 * by client without the log holding addresses. Nothing of the body, variables or token is written.
 */
import type { ClientInfo } from '../app.js';
import { clientKey } from '../http/rate-limit.js';

export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  operation: string | null;
  status: number;
  durationMs: number;
  cost: number | null;
  cache: string | null;
  client: string;
}

type Handler = (request: Request, client?: ClientInfo) => Promise<Response>;

/** The first operation's name in a GraphQL document: `query Person(…) {`, `mutation Ingest {`. */
const operationPattern = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function nameIn(params: { operationName?: unknown; query?: unknown }): string | null {
  if (typeof params.operationName === 'string' && params.operationName) return params.operationName.slice(0, 100);
  if (typeof params.query === 'string') return operationPattern.exec(params.query.slice(0, 2_000))?.[1] ?? null;
  return null;
}

async function operationOf(request: Request, url: URL): Promise<string | null> {
  if (request.method === 'GET')
    return nameIn({ operationName: url.searchParams.get('operationName'), query: url.searchParams.get('query') });
  if (request.method !== 'POST' || !request.headers.get('content-type')?.includes('json')) return null;
  try {
    const body = (await request.clone().json()) as { operationName?: unknown; query?: unknown };
    return body && typeof body === 'object' ? nameIn(body) : null;
  } catch {
    return null;
  }
}

function costIn(text: string): number | null {
  try {
    const cost = (JSON.parse(text) as { extensions?: { cost?: { requestedQueryCost?: unknown } } }).extensions?.cost;
    return typeof cost?.requestedQueryCost === 'number' ? cost.requestedQueryCost : null;
  } catch {
    return null;
  }
}

let hashKey: Promise<CryptoKey> | undefined;

async function hashed(key: string): Promise<string> {
  hashKey ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']) as Promise<CryptoKey>;
  const mac = await crypto.subtle.sign('HMAC', await hashKey, new TextEncoder().encode(key));
  return [...new Uint8Array(mac).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The line of an answer the Node server sent from its memory cache before building a Request. */
export function logServedFromMemory(
  req: { method?: string; url?: string; socket: { remoteAddress?: string } },
  res: { statusCode: number; getHeader: (name: string) => unknown; once: (event: 'finish', done: () => void) => void },
  started: number,
  write = (line: string) => console.log(line),
) {
  res.once('finish', async () => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname,
      operation: nameIn({ operationName: url.searchParams.get('operationName'), query: url.searchParams.get('query') }),
      status: res.statusCode,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      // The cached bytes are sent as they are; their cost is not read back.
      cost: null,
      cache: String(res.getHeader('x-cache') ?? 'HIT'),
      client: await hashed(clientKey(req.socket.remoteAddress)),
    };
    write(JSON.stringify(line));
  });
}

/**
 * The handler, logging each request it answers when `enabled` (else the handler itself). The
 * answer's body is read before it is returned, to take its cost and time it whole: GraphQL answers
 * here are single JSON documents, never streams.
 */
export function withRequestLog(
  handler: Handler,
  enabled: boolean,
  write = (line: string) => console.log(line),
): Handler {
  if (!enabled) return handler;
  return async (request, client = {}) => {
    const started = performance.now();
    const url = new URL(request.url);
    const operation = await operationOf(request, url);
    const response = await handler(request, client);
    const json = response.headers.get('content-type')?.includes('json') ?? false;
    const body = json && response.body ? await response.text() : null;
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      method: request.method,
      path: url.pathname,
      operation,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      cost: body === null ? null : costIn(body),
      cache: response.headers.get('x-cache'),
      client: await hashed(clientKey(client.ip)),
    };
    write(JSON.stringify(line));
    return body === null
      ? response
      : new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
