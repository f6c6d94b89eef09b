import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/db/node.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Median bytes of an answer's body and headers: how big a result the latency is for. */
  bytes: number;
}

export interface LoadOptions {
  url: string;
  /** Path for each request; called per request, so it can vary the variables. */
  path: () => string;
  connections: number;
  seconds: number;
}

/** The value below which `fraction` of the sorted samples lie (nearest rank), to 0.01 ms. */
function percentile(sorted: number[], fraction: number): number {
  if (!sorted.length) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  return Math.round(value * 100) / 100;
}

/** The latency percentiles and median answer size of the answered requests (times in ms, sizes in bytes). */
export function summarise(times: number[], sizes: number[]): Pick<LoadResult, 'p50' | 'p99' | 'bytes'> {
  const byTime = [...times].sort((a, b) => a - b);
  const bySize = [...sizes].sort((a, b) => a - b);
  return { p50: percentile(byTime, 0.5), p99: percentile(byTime, 0.99), bytes: bySize[bySize.length >> 1] ?? 0 };
}

/**
 * Runs autocannon against a real server on loopback; non-2xx/304 answers count as errors.
 * Percentiles come from each response's own time: autocannon's histogram keeps whole
 * milliseconds, which turns a 1.4 ms request into 1 and makes ratios of small latencies noise.
 */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const sizes: number[] = [];
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: options.path() }) }],
  }).on('response', (_client, statusCode, bytes, responseTimeMs) => {
    if (statusCode >= 400) return;
    times.push(responseTimeMs);
    sizes.push(bytes);
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
    ...summarise(times, sizes),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0);
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

export interface Child {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Starts a TypeScript entry point as its own process (so load generator and server do not share a core) and waits for `ready`. */
export async function startChild(
  entry: string,
  args: string[],
  env: Record<string, string>,
  ready: (url: string) => Promise<boolean>,
  stderr: 'inherit' | 'ignore' = 'inherit',
): Promise<Child> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, entry), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(port), QUIET: 'true' },
    stdio: ['ignore', 'ignore', stderr],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    if (await ready(url).catch(() => false)) break;
    if (Date.now() > deadline) throw new Error(`${entry} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    },
  };
}
