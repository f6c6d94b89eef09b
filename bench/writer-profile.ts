/**
 * `npx tsx bench/writer-profile.ts [--articles N] [--batch B] [--database file:PATH]`: where the
 * batched writer's time goes. Extracts N distinct sample-length articles first (outside the clock),
 * then stores them through storeArticles in batches of B into a fresh empty database (or a copy of
 * PATH), and prints the writer's milliseconds per article, the round trips per batch, and, with
 * `--by-statement`, every batch's statements run one by one inside one transaction, timed by kind
 * (the FTS triggers' cost lands on the statement that fires them); with `--replay`, SQLite's CPU
 * alone for the same statements, with and without the search indexes.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { InStatement, ResultSet } from '@libsql/client';
import Database from 'libsql';
import { migrateDatabase, openDatabase } from '../src/db/node.js';
import { extractArticle, storeArticles, type ExtractedArticle } from '../src/ingest/index.js';
import { chunked } from '../src/db/bound-parameters.js';
import { distinctArticles } from './bulk.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '400' },
    batch: { type: 'string', default: '100' },
    database: { type: 'string' },
    first: { type: 'string', default: '0' },
    'by-statement': { type: 'boolean', default: false },
    // Measures what the search index costs: the triggers that index these tables are dropped first.
    'drop-triggers': { type: 'string' },
    // A PRAGMA run on the database first (e.g. synchronous=NORMAL), to measure its effect.
    pragma: { type: 'string' },
    // Replays the statements the writer sent into fresh databases, timing SQLite alone (with and
    // without the search-index triggers): what is left of the writer's CPU is its JavaScript.
    replay: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const batchSize = Number(values.batch);

const extracted: ExtractedArticle[] = [];
let started = performance.now();
const extractionCpu = process.cpuUsage();
for (const text of distinctArticles(count, Number(values.first))) extracted.push(await extractArticle({ text }));
const extractionMs = (performance.now() - started) / count;
const extractionCpuMs = (process.cpuUsage(extractionCpu).user + process.cpuUsage(extractionCpu).system) / 1000 / count;

const work = mkdtempSync(join(tmpdir(), 'newsgraph-writer-'));
const path = join(work, 'writer.db');
if (values.database) {
  const from = values.database.replace(/^file:/, '');
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, path + suffix);
}
const db = openDatabase(`file:${path}`);
await migrateDatabase(db);
for (const table of values['drop-triggers']?.split(',') ?? []) {
  const triggers = await db.$client.execute({
    sql: "select name from sqlite_master where type = 'trigger' and tbl_name = ?",
    args: [table],
  });
  for (const row of triggers.rows) await db.$client.execute(`drop trigger "${row.name}"`);
}
if (values.pragma) await db.$client.execute(`pragma ${values.pragma}`);

const client = db.$client;
const kinds = new Map<string, { count: number; ms: number }>();
const kindOf = (sql: string) => {
  const s = sql.replace(/\s+/g, ' ').trim();
  const m = /^(insert or ignore into|insert into|update|delete from) "?(\w+)"?/i.exec(s);
  if (m) return `${m[1].toLowerCase()} ${m[2]}`;
  const from = /^select .*? from "?(\w+)"?/i.exec(s);
  return from ? `select … from ${from[1]}` : s.slice(0, 40);
};
const note = (sql: string, ms: number) => {
  const entry = kinds.get(kindOf(sql)) ?? { count: 0, ms: 0 };
  entry.count++;
  entry.ms += ms;
  kinds.set(kindOf(sql), entry);
};
let roundTrips = 0;
let statementsSent = 0;
const sent: InStatement[][] = [];
const batch = client.batch.bind(client);
const execute = client.execute.bind(client) as (stmt: InStatement) => Promise<ResultSet>;
client.batch = (async (stmts: InStatement[], mode?: never) => {
  roundTrips++;
  statementsSent += stmts.length;
  if (values.replay) sent.push(stmts);
  if (!values['by-statement']) return batch(stmts, mode);
  const tx = await client.transaction('write');
  const results: ResultSet[] = [];
  try {
    for (const stmt of stmts) {
      const t0 = performance.now();
      results.push(await tx.execute(stmt));
      note(typeof stmt === 'string' ? stmt : stmt.sql, performance.now() - t0);
    }
    const t0 = performance.now();
    await tx.commit();
    note('commit', performance.now() - t0);
  } finally {
    tx.close();
  }
  return results;
}) as never;
client.execute = (async (stmt: InStatement) => {
  roundTrips++;
  statementsSent++;
  const t0 = performance.now();
  const result = await execute(stmt);
  note(`(read) ${typeof stmt === 'string' ? stmt : stmt.sql}`, performance.now() - t0);
  return result;
}) as never;

started = performance.now();
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
const cpu = process.cpuUsage();
const batches = chunked(extracted, batchSize);
for (const items of batches) await storeArticles(db, items);
const writerMs = (performance.now() - started) / count;
const { user, system } = process.cpuUsage(cpu);
const writerCpuMs = (user + system) / 1000 / count;
client.close();

console.log(
  `${count} articles, batches of ${batchSize}: extraction ${extractionMs.toFixed(2)} ms/article (CPU ${extractionCpuMs.toFixed(2)} ms, this thread), writer ${writerMs.toFixed(2)} ms/article (CPU ${writerCpuMs.toFixed(2)} ms); ${(roundTrips / batches.length).toFixed(1)} round trips and ${(statementsSent / batches.length).toFixed(0)} statements per batch`,
);
if (values.replay) {
  const searchTables = [
    'articles',
    'quotes',
    'claims',
    'figures',
    'people',
    'person_aliases',
    'organisations',
    'organisation_aliases',
  ];
  // As sent; without the search-index triggers; without any search index (the triggers dropped and
  // the batch's own index statements skipped).
  for (const [dropped, noIndex] of [
    [[], false],
    [searchTables, false],
    [searchTables, true],
  ] as [string[], boolean][]) {
    const file = join(work, `replay-${dropped.length}-${noIndex}.db`);
    const migrated = openDatabase(`file:${file}`);
    await migrateDatabase(migrated);
    migrated.$client.close();
    const raw = new Database(file);
    for (const table of dropped)
      for (const { name } of raw
        .prepare("select name from sqlite_master where type = 'trigger' and tbl_name = ?")
        .all(table) as { name: string }[])
        raw.exec(`drop trigger "${name}"`);
    const cpu = process.cpuUsage();
    for (const stmts of sent) {
      raw.exec('begin immediate');
      for (const stmt of stmts) {
        const { sql, args } = typeof stmt === 'string' ? { sql: stmt, args: [] } : stmt;
        if (noIndex && /^insert into (articles|quotes)_fts\b/.test(sql)) continue;
        const prepared = raw.prepare(sql);
        if (prepared.reader) prepared.all(args as never);
        else prepared.run(args as never);
      }
      raw.exec('commit');
    }
    const { user, system } = process.cpuUsage(cpu);
    raw.close();
    console.log(
      `SQLite alone (the same statements replayed${noIndex ? ', without any search index' : dropped.length ? ', without the search-index triggers' : ''}): CPU ${((user + system) / 1000 / count).toFixed(2)} ms/article`,
    );
  }
}
rmSync(work, { recursive: true, force: true });
const rows = [...kinds.entries()]
  .map(([kind, { count: n, ms }]) => ({ kind, statements: n, 'ms/article': Number((ms / count).toFixed(3)) }))
  .sort((a, b) => b['ms/article'] - a['ms/article']);
console.table(rows.slice(0, 30));
