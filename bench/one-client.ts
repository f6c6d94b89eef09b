import { Agent, request } from 'node:http';
import { summarise, type LoadResult } from './load.js';

export interface Target {
  label: string;
  url: string;
}

/** One GET over a kept-alive connection: its status, bytes (status line, headers and body, as autocannon counts them) and milliseconds to the last byte. */
function timedGet(agent: Agent, url: string): Promise<{ status: number; bytes: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent }, (res) => {
      let bytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length;
      for (let i = 0; i < res.rawHeaders.length; i += 2)
        bytes += res.rawHeaders[i].length + res.rawHeaders[i + 1].length + 4;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The latency of one client's requests at each target, measured in turns: half a second of
 * requests to the first server, then the second, then the third, and round again. Other work on a
 * shared machine comes and goes over seconds; taking turns spreads it evenly over the databases
 * compared, so the ratios between them hold even when the absolute numbers drift (measuring one
 * database after another would charge a busy minute to whichever ran in it). Turns of half a second
 * rather than single requests keep each server's caches as warm as a steady client would.
 */
export async function latencyInTurns<T extends Target>(
  targets: T[],
  path: (target: T) => string,
  seconds: number,
  turnMs = 500,
): Promise<Map<string, LoadResult>> {
  const agents = targets.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  const samples = targets.map(() => ({ times: [] as number[], sizes: [] as number[], errors: 0 }));
  const turns = Math.max(1, Math.round((seconds * 1000) / turnMs));
  try {
    for (let turn = 0; turn < turns; turn++) {
      for (const [i, target] of targets.entries()) {
        const turnEnds = performance.now() + turnMs;
        while (performance.now() < turnEnds) {
          const { status, bytes, ms } = await timedGet(agents[i], target.url + path(target));
          if (status >= 400) samples[i].errors += 1;
          else {
            samples[i].times.push(ms);
            samples[i].sizes.push(bytes);
          }
        }
      }
    }
  } finally {
    for (const agent of agents) agent.destroy();
  }
  return new Map(
    targets.map((target, i) => {
      const { times, sizes, errors } = samples[i];
      const busy = times.reduce((sum, ms) => sum + ms, 0);
      const result: LoadResult = {
        // One client's rate: what it completes per second of its own waiting.
        requestsPerSecond: busy ? Math.round((times.length * 1000) / busy) : 0,
        errors,
        requests: times.length + errors,
        ...summarise(times, sizes),
      };
      return [target.label, result];
    }),
  );
}
