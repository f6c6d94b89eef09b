/**
 * Floods (`npm run bench -- --only flood`): what one attacking address can do to another client.
 * Each row starts a fresh server (samples plus three ~950 KB articles, rate limiting as deployed),
 * runs a bystander from 127.0.0.2 — one client, the uncached nested 5×6 query, ten a second — for `seconds`, with
 * four attacker connections from 127.0.0.1 sending one kind of hostile request as fast as they are
 * answered, and reports the bystander's latency, the server's memory (RSS at start, peak, end) and
 * what the attacker got back. The first row is the bystander alone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proseArticle } from '../test/hardening/helpers.js';
import { startChild, summarise, type Child } from './load.js';
import { scenarios } from './scenarios.js';

const ADMIN_TOKEN = 'bench-admin-token';
const BYSTANDER_INTERVAL_MS = 100;

interface Answer {
  status: number;
  ms: number;
}

/** One request over `agent`, its body drained; from `localAddress` so the server sees that client. */
function send(agent: Agent, url: string, init: { method?: string; body?: string; headers?: Record<string, string> }) {
  return new Promise<Answer>((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const post = (body: object) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const aliased = (count: number, selection: string, prefix: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `${prefix}${i}: ${selection}`).join(' ')} }`;
const deepSchema = '__schema { types { name fields { name args { name type { name kind ofType { name kind } } } } } }';

/** Each attack: the next request one attacker connection sends (the `n`th of the row). */
const attacks: { name: string; next: (n: number) => ReturnType<typeof post> }[] = [
  {
    // 30 aliased deep introspections, distinct each time so no cache answers them.
    name: 'introspection flood (30 aliased __schema)',
    next: (n) => post({ query: aliased(30, deepSchema, `x${n}_`) }),
  },
  {
    name: 'introspection flood (3 aliased __schema, under the cost limit)',
    next: (n) => post({ query: aliased(3, deepSchema, `x${n}_`) }),
  },
  {
    // 24 × 100 articles' body and paragraphs: ~23 M characters over the three large articles.
    name: 'huge answers (24 aliases of 100 bodies)',
    next: (n) => post({ query: aliased(24, 'articles(first: 100) { edges { node { body paragraphs } } }', `x${n}_`) }),
  },
  {
    name: 'persisted-query flood (2.4 MB documents)',
    next: (n) => {
      const query = `{ __typename }\n# ${n} ${Math.random()} ${'x'.repeat(2_400_000)}`;
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      return post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    },
  },
  {
    name: 'repeated fields (title × 1,980)',
    next: (n) => post({ query: `query Q${n} { articles(first: 1) { edges { node { ${'title '.repeat(1_980)}} } } }` }),
  },
];

/** Resident and peak resident memory of a process, MB (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function startServer(databaseUrl: string): Promise<Child> {
  const server = await startChild(
    'src/server.ts',
    [],
    { NODE_ENV: 'production', DATABASE_URL: databaseUrl, SEED_SAMPLES: 'true', ADMIN_TOKEN },
    async (url) => (await fetch(`${url}/health`)).ok,
    'ignore',
  );
  // The large articles, as the operator would ingest them (admin requests are not rate limited).
  const agent = new Agent({ keepAlive: true });
  for (const seed of ['north', 'south', 'east']) {
    await send(agent, `${server.url}/graphql`, {
      ...post({
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
        variables: { input: { text: proseArticle(950_000, seed) } },
      }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
    });
  }
  agent.destroy();
  return server;
}

export interface FloodRow {
  attack: string;
  'bystander p50 ms': number;
  'bystander p99 ms': number;
  'bystander answers': number;
  'bystander 429s': number;
  'attacker requests': number;
  'attacker statuses': string;
  'RSS start MB': number;
  'RSS peak MB': number;
  'RSS end MB': number;
}

export async function floodBench(seconds: number): Promise<FloodRow[]> {
  const bystanderPath = scenarios.find((s) => s.name.startsWith('nested 5×6'))!;
  const rows: FloodRow[] = [];
  for (const attack of [undefined, ...attacks]) {
    const work = mkdtempSync(join(tmpdir(), 'newsgraph-flood-'));
    const server = await startServer(`file:${join(work, 'flood.db')}`);
    try {
      const pid = server.process.pid!;
      const start = memoryOf(pid);
      const ends = performance.now() + seconds * 1000;
      const bystanderAgent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: '127.0.0.2' } as never);
      const attackerAgent = new Agent({ keepAlive: true, maxSockets: 4, localAddress: '127.0.0.1' } as never);
      const times: number[] = [];
      let limited = 0;
      const statuses = new Map<number, number>();
      let sent = 0;
      // The bystander asks at an ordinary reader's pace (one request every 100 ms at most), well
      // inside its own rate limit, so what it meets is the attacker's doing.
      const bystander = (async () => {
        while (performance.now() < ends) {
          const answer = await send(bystanderAgent, server.url + bystanderPath.next({ names: [] }), {});
          if (answer.status === 429) limited += 1;
          else times.push(answer.ms);
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, BYSTANDER_INTERVAL_MS - answer.ms)));
        }
      })();
      const attacker = async () => {
        while (attack && performance.now() < ends) {
          const answer = await send(attackerAgent, `${server.url}/graphql`, attack.next(sent++)).catch(() => ({
            status: 0,
            ms: 0,
          }));
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        }
      };
      await Promise.all([bystander, attacker(), attacker(), attacker(), attacker()]);
      bystanderAgent.destroy();
      attackerAgent.destroy();
      const end = memoryOf(pid);
      const { p50, p99 } = summarise(times, []);
      rows.push({
        attack: attack?.name ?? 'none (ordinary traffic alone)',
        'bystander p50 ms': p50,
        'bystander p99 ms': p99,
        'bystander answers': times.length,
        'bystander 429s': limited,
        'attacker requests': sent,
        'attacker statuses': [...statuses].map(([status, count]) => `${status}×${count}`).join(' '),
        'RSS start MB': start.rss,
        'RSS peak MB': end.peak,
        'RSS end MB': end.rss,
      });
      console.log(`  ${rows.at(-1)!.attack}: bystander p50 ${p50} ms, p99 ${p99} ms; RSS peak ${end.peak} MB`);
    } finally {
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    }
  }
  return rows;
}
