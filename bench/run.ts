/**
 * `npm run bench [-- --articles N --medium M --seconds S]`: load benchmarks against the real Node
 * server on loopback (each server in its own process, the load generator in this one), at three
 * database sizes (the samples, and synthetic corpora of M and N articles, built once and kept under
 * data/), plus ingestion throughput, SQL statements per request, the mixed load, the extraction
 * bench, the floods (bench/flood.ts) and the Worker's bundle and startup. Prints the tables and writes
 * them to bench/results/latest.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'libsql';
import { migrateDatabase, migrationsFolder, openDatabase, projectRoot } from '../src/db/node.js';
import { buildSyntheticCorpus } from '../scripts/synthetic/build.js';
import { syntheticDatabasePath } from '../scripts/seed-synthetic.js';
import { floodBench } from './flood.js';
import { load, startChild, type LoadResult } from './load.js';
import { latencyInTurns } from './one-client.js';
import { cachedPath, corpusQuery, graphqlPath, scenarios, type Corpus } from './scenarios.js';
import { statementsPerRequest } from './statements.js';
import { ingestionThroughput } from './ingest.js';
import { bulkIngestion, type BulkResult } from './bulk.js';
import { extractionWorstCase } from './extract-worst-case.js';
import { runMixedLoad } from '../test/load/mixed-load.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    medium: { type: 'string', default: '1000' },
    'mixed-seconds': { type: 'string', default: '60' },
    seconds: { type: 'string', default: '6' },
    only: { type: 'string' },
    // Bulk ingestion also runs over a synthetic corpus of this many articles already stored (0: not).
    'bulk-stored': { type: 'string' },
  },
});
// `--only search`: just the scenarios whose name contains it, at every size; no bare server, ingestion,
// extraction or Worker numbers, and bench/results/latest.json is left as it was.
const only = values.only;
const chosen = only ? scenarios.filter((scenario) => scenario.name.includes(only)) : scenarios;
const largeSize = Number(values.articles);
// A small synthetic corpus answers every query with the same shape as the large one (full pages of
// 20 articles with their quotes); the 5 samples fill only the same-answer scenarios, so for the
// others "vs 1000" is what isolates the database's size.
const mediumSize = Number(values.medium);
const seconds = Number(values.seconds);
const work = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
// Other work on the machine skews every number; it is recorded with them.
const loadBefore = loadavg()[0];

interface Row extends LoadResult {
  scenario: string;
  database: string;
  connections: number;
  sqlPerRequest: number | null;
}
const rows: Row[] = [];

/**
 * Whether a corpus file can be reused: it must have the articles asked for. 'migrated': every
 * migration is applied; 'behind': the file predates a migration, which is applied in place (far
 * quicker than building the corpus again); null: it must be built.
 */
function corpusState(path: string, articles: number): 'migrated' | 'behind' | null {
  if (!existsSync(path)) return null;
  try {
    const db = new Database(path, { readonly: true });
    const count = (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
    const migrations = (db.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
    db.close();
    if (count !== articles) return null;
    return migrations === readdirSync(migrationsFolder).filter((f) => !f.startsWith('.')).length
      ? 'migrated'
      : 'behind';
  } catch {
    return null;
  }
}

const healthy = async (url: string) => (await fetch(`${url}/health`)).ok;

async function corpusOf(url: string): Promise<Corpus> {
  const answer = (await (await fetch(url + graphqlPath(corpusQuery))).json()) as {
    data: { people: { edges: { node: { name: string } }[] } };
  };
  return { names: answer.data.people.edges.map((edge) => edge.node.name) };
}

async function benchDatabase(label: string, databaseUrl: string, seed: boolean) {
  console.log(`\n${label}: starting the server`);
  // NODE_ENV as `npm start` sets it: graphql-js skips its development checks.
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SEED_SAMPLES: seed ? 'true' : 'false',
    RATE_LIMIT_POINTS: '0',
  };
  const server = await startChild('src/server.ts', [], env, healthy);
  try {
    const corpus = await corpusOf(server.url);
    const sql = await statementsPerRequest(databaseUrl, chosen, corpus);
    for (const scenario of chosen) {
      // Warm up (JIT, page cache, and for the cached query the cache itself) for a second, unmeasured.
      const next = () => scenario.next(corpus);
      await load({ url: server.url, path: next, connections: scenario.connections, seconds: 1 });
      const result = await load({ url: server.url, path: next, connections: scenario.connections, seconds });
      rows.push({
        scenario: scenario.name,
        database: label,
        connections: scenario.connections,
        sqlPerRequest: sql[scenario.name],
        ...result,
      });
      console.log(
        `  ${scenario.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`,
      );
    }
    return { label, url: server.url, stop: server.stop, sql, corpus };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Latency of one client: with several connections on one Node thread, p99 is mostly queueing
 * (about connections × service time), which says more about throughput than about a request.
 * The databases take turns (see latencyInTurns), so their ratios are measured under the same load.
 */
async function benchOneClient(servers: Awaited<ReturnType<typeof benchDatabase>>[]) {
  console.log(`\none client, the databases taking turns: ${servers.map((s) => s.label).join(', ')}`);
  for (const scenario of chosen.filter((s) => s.name !== 'cached query')) {
    const next = (server: (typeof servers)[number]) => scenario.next(server.corpus);
    await latencyInTurns(servers, next, 1);
    const results = await latencyInTurns(servers, next, seconds);
    for (const server of servers) {
      const result = results.get(server.label)!;
      rows.push({
        scenario: scenario.name,
        database: server.label,
        connections: 1,
        sqlPerRequest: server.sql[scenario.name],
        ...result,
      });
      console.log(
        `  ${scenario.name}, ${server.label}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`,
      );
    }
  }
}

async function benchBare(cachedFrom: string) {
  const response = await fetch(cachedFrom + cachedPath);
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers[name] = value;
  });
  writeFileSync(join(work, 'body'), body);
  writeFileSync(join(work, 'headers.json'), JSON.stringify(headers));
  const bare = await startChild(
    'bench/bare-server.ts',
    [join(work, 'body'), join(work, 'headers.json')],
    {},
    async (url) => (await fetch(url)).ok,
  );
  try {
    const result = await load({ url: bare.url, path: () => cachedPath, connections: 32, seconds });
    rows.unshift({
      scenario: 'bare node:http (same bytes)',
      database: '-',
      connections: 32,
      sqlPerRequest: 0,
      ...result,
    });
    console.log(`  bare node:http: ${result.requestsPerSecond} req/s, p99 ${result.p99} ms (${body.byteLength} bytes)`);
  } finally {
    await bare.stop();
  }
}

function workerNumbers() {
  const out = join(work, 'worker');
  const dryRun = spawnSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const size = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(dryRun.stdout + dryRun.stderr);
  const startup = spawnSync('npx', ['wrangler', 'check', 'startup', '--outfile', join(work, 'startup.cpuprofile')], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  const active = /Active: ([\d.]+) ms/.exec(startup.stdout + startup.stderr);
  return {
    bundleKiB: size ? Number(size[1]) : null,
    gzipKiB: size ? Number(size[2]) : null,
    startupCpuMs: active ? Number(active[1]) : null,
  };
}

const samplesUrl = `file:${join(work, 'samples.db')}`;
async function prepareCorpus(size: number): Promise<string> {
  const path = syntheticDatabasePath(size);
  const state = corpusState(path, size);
  if (state === 'migrated') {
    console.log(`reusing ${path}`);
  } else if (state === 'behind') {
    // Before the server starts: a migration that rebuilds a search index takes minutes on this file.
    console.log(`reusing ${path}, applying the migrations it lacks (minutes when a search index is rebuilt)`);
    const db = openDatabase(`file:${path}`);
    await migrateDatabase(db);
    db.$client.close();
  } else {
    console.log(`building the ${size}-article corpus (kept in ${path} for next time)`);
    await buildSyntheticCorpus(path, size, console.log);
  }
  return path;
}
/** Bulk ingestion (bench/bulk.ts) into an empty database and over an already-stored corpus. */
async function benchBulk(): Promise<BulkResult[]> {
  const storedSize = Number(values['bulk-stored'] ?? mediumSize);
  const results: BulkResult[] = [];
  console.log('\nbulk ingestion of 400 articles, into an empty database');
  results.push(await bulkIngestion({ work, log: console.log }));
  if (storedSize > 0) {
    console.log(`bulk ingestion of 400 articles, over ${storedSize} stored`);
    const corpus = { path: await prepareCorpus(storedSize), articles: storedSize };
    results.push(await bulkIngestion({ work, corpus, log: console.log }));
  }
  for (const r of results) {
    console.log(
      `  over ${r.storedOver} stored: ${r.stored} stored articles/s vs ${r.extractionAlone} extraction alone (${r.ratio}x; on the pool of ${r.threads}: ${r.extractionOnPool}/s` +
        (r.oneByOne === null ? '' : `; one by one: ${r.oneByOne}/s`) +
        `; writer alone ${r.writerAlone}/s); CPU per article: extraction ${r.extractionCpuMs} ms, writer ${r.writerCpuMs} ms (ceiling of the ratio ${(r.extractionCpuMs / r.writerCpuMs).toFixed(2)})`,
    );
  }
  return results;
}
// `--only bulk`: just that, and bench/results/latest.json is left as it was.
if (only === 'bulk') {
  await benchBulk();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// `--only extract-worst`: extraction time per MB on the once super-linear inputs, beside prose.
if (only === 'extract-worst') {
  console.log('\nextraction on worst-case inputs');
  console.table(extractionWorstCase());
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
// `--only flood`: the flood rows alone, on their own small databases (no corpus is built).
if (only === 'flood') {
  console.log(`\nfloods (${seconds} s each)`);
  console.table(await floodBench(seconds));
  console.log(`load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const corpusPath = await prepareCorpus(largeSize);
const mediumPath = await prepareCorpus(mediumSize);

const servers: Awaited<ReturnType<typeof benchDatabase>>[] = [];
try {
  servers.push(await benchDatabase('samples (5)', samplesUrl, true));
  if (!only) await benchBare(servers[0].url);
  servers.push(await benchDatabase(`synthetic (${mediumSize})`, `file:${mediumPath}`, false));
  servers.push(await benchDatabase(`synthetic (${largeSize})`, `file:${corpusPath}`, false));
  await benchOneClient(servers);
} finally {
  for (const server of servers) await server.stop();
}
if (only) {
  console.table(
    rows.map(({ scenario, database, connections, requestsPerSecond, p50, p99, errors, sqlPerRequest, bytes }) => ({
      scenario,
      database,
      connections,
      'req/s': requestsPerSecond,
      p50,
      p99,
      errors,
      'SQL/req': sqlPerRequest,
      bytes,
    })),
  );
  console.log(`load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

console.log('\ningestion (extraction included)');
const ingestion = await ingestionThroughput(`file:${join(work, 'ingest.db')}`, seconds);
console.log(`  ${ingestion.articlesPerSecond.toFixed(1)} articles/s (${ingestion.articles} articles)`);
const bulk = await benchBulk();

// The long form of test/load's mixed load: queries, searches, ingests and bad requests at once.
const mixedSeconds = Number(values['mixed-seconds']);
console.log(`\nmixed load for ${mixedSeconds} s (queries, searches, ingests, bad requests)`);
const mixed = await runMixedLoad({
  seconds: mixedSeconds,
  onSecond: (second, requests) => second % 10 === 0 && console.log(`  ${second} s: ${requests} requests`),
});
console.log(
  `  ${mixed.requestsPerSecond} req/s, 5xx ${mixed.serverErrors}, failed ${mixed.failedRequests}, ingests acknowledged ${mixed.ingestsAcknowledged} ` +
    `(missing ${mixed.ingestsMissing}, duplicated ${mixed.ingestsDuplicated}), heap ${mixed.heapStartMB} → ${mixed.heapEndMB} MB (peak ${mixed.heapPeakMB})`,
);

if (existsSync(join(projectRoot, 'bench/extract.bench.ts'))) {
  console.log('\nextraction (bench/extract.bench.ts)');
  try {
    execFileSync('npx', ['tsx', 'bench/extract.bench.ts'], { cwd: projectRoot, stdio: 'inherit' });
  } catch {
    console.log('  extraction bench failed (see above)');
  }
}

console.log('\nextraction on worst-case inputs');
const extractionWorst = extractionWorstCase();
console.table(extractionWorst);

console.log(`\nfloods (${seconds} s each)`);
const floods = await floodBench(seconds);

console.log('\nworker (wrangler deploy --dry-run, wrangler check startup)');
const worker = workerNumbers();

// The table.
const large = `synthetic (${largeSize})`;
const ratio = (row: Row, key: 'p50' | 'p99', database: string) => {
  const small = rows.find(
    (r) => r.scenario === row.scenario && r.connections === row.connections && r.database === database,
  );
  return small && row.database === large && small[key] > 0 ? (row[key] / small[key]).toFixed(2) : '';
};
const ratios = (row: Row, database: string) =>
  ratio(row, 'p50', database) && `${ratio(row, 'p50', database)} / ${ratio(row, 'p99', database)}`;
const bare = rows[0];
const table = rows.map((row) => ({
  scenario: row.scenario,
  database: row.database,
  conns: row.connections,
  'req/s': row.requestsPerSecond,
  'p50 ms': row.p50,
  'p99 ms': row.p99,
  errors: row.errors,
  'SQL/req': row.sqlPerRequest,
  'bytes/answer': row.bytes,
  '% of bare':
    row.scenario === 'cached query' ? `${Math.round((100 * row.requestsPerSecond) / bare.requestsPerSecond)}%` : '',
  'p50/p99 vs 5': ratios(row, 'samples (5)'),
  [`p50/p99 vs ${mediumSize}`]: ratios(row, `synthetic (${mediumSize})`),
}));
console.log('\n');
console.table(table);
console.table(floods);
console.log(
  `ingestion: ${ingestion.articlesPerSecond.toFixed(1)} articles/s; worker bundle: ${worker.bundleKiB} KiB (gzip ${worker.gzipKiB} KiB); worker startup CPU: ${worker.startupCpuMs} ms`,
);

mkdirSync(join(projectRoot, 'bench/results'), { recursive: true });
const machine = {
  cpus: cpus().length,
  node: process.version,
  loadAverageBefore: loadBefore,
  loadAverageAfter: loadavg()[0],
};
const result = {
  date: new Date().toISOString(),
  machine,
  seconds,
  rows: table,
  floods,
  extractionWorst,
  ingestion,
  bulk,
  mixedLoad: mixed,
  worker,
};
console.log(
  `machine: ${machine.cpus} CPUs, load average ${machine.loadAverageBefore.toFixed(1)} before, ${machine.loadAverageAfter.toFixed(1)} after`,
);
writeFileSync(join(projectRoot, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('written to bench/results/latest.json');
rmSync(work, { recursive: true, force: true });
