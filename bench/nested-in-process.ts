import { createYoga } from 'graphql-yoga';
import { openDatabase } from '../src/db/node.js';
import { schema } from '../src/schema/index.js';
import type { Scenario } from './scenarios.js';
import type { LoadResult } from './load.js';
import { countStatements } from './count-statements.js';

/**
 * Latency of a scenario through the schema alone, in this process, one request at a time: for the
 * nested 20 × 20 query, which the public endpoint refuses as over its cost limit. Same resolvers,
 * same SQL, same database file as the server; no HTTP, no limits, no cache.
 */
export async function inProcess(databaseUrl: string, scenario: Scenario, seconds: number): Promise<LoadResult & { sqlPerRequest: number }> {
  const db = openDatabase(databaseUrl);
  const counter = countStatements(db.$client);
  const yoga = createYoga({ schema, context: () => ({ db, isAdmin: false }) });
  // A second unmeasured, as for the load runs (JIT, page cache).
  for (const warmUntil = performance.now() + 1000; performance.now() < warmUntil; ) await (await yoga.fetch(`http://localhost${scenario.next()}`)).text();
  counter.reset();
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  try {
    while (performance.now() - started < seconds * 1000) {
      const t = performance.now();
      const response = await yoga.fetch(`http://localhost${scenario.next()}`);
      const body = (await response.json()) as { errors?: unknown[] };
      latencies.push(performance.now() - t);
      if (response.status !== 200 || body.errors) errors++;
    }
  } finally {
    db.$client.close();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]);
  const elapsed = (performance.now() - started) / 1000;
  const sqlPerRequest = Number((counter.statements.length / latencies.length).toFixed(2));
  return { requestsPerSecond: Math.round(latencies.length / elapsed), p50: at(0.5), p99: at(0.99), errors, requests: latencies.length, sqlPerRequest };
}
