/**
 * Articles and quotes enter the search index through the batch that inserts them (one statement per
 * index, src/search/index-rows.ts), not through row triggers. After every write path the indexes
 * must hold exactly what their tables hold: FTS5's integrity check, compared with the content
 * tables, fails on a row left out or a term left behind; and the newest words are found.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectQuote } from '../../src/corrections/quotes.js';
import { reextractArticle } from '../../src/corrections/reextract.js';
import { migrateDatabase, openDatabase, type NodeDatabase } from '../../src/db/node.js';
import { ingestInBatches } from '../../src/ingest/bulk.js';
import { deleteArticle } from '../../src/ingest/delete.js';
import { ingestArticle, ingestArticles } from '../../src/ingest/index.js';
import { updateArticle } from '../../src/ingest/update.js';
import { bundledSamples } from '../../src/server.js';

/** A sample whose first line ends in a word of its own (`marker`), so that a search finds just it. */
function article(i: number, marker: string) {
  const samples = bundledSamples();
  return { text: samples[i % samples.length].text.replace(/^[^\n]*/, (line) => `${line} ${marker}`) };
}

let dir: string;
let db: NodeDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-search-index-'));
  db = openDatabase(`file:${join(dir, 'search.db')}`);
  await migrateDatabase(db);
});
afterAll(() => {
  db?.$client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function expectIndexesWhole() {
  for (const index of ['articles_fts', 'quotes_fts', 'claims_fts', 'figures_fts']) {
    await expect(
      db.$client.execute(`insert into ${index}(${index}, rank) values ('integrity-check', 1)`),
      index,
    ).resolves.toBeDefined();
  }
  const articles = Number((await db.$client.execute('select count(*) as n from articles')).rows[0].n);
  const quotes = Number((await db.$client.execute('select count(*) as n from quotes')).rows[0].n);
  // Every row is in the index: each article's and each quote's first word finds it.
  const indexed = async (table: string, index: string, column: string) =>
    Number(
      (
        await db.$client.execute(
          `select count(*) as n from ${table} t where t.id in (select rowid from ${index} where ${index} match '"' || replace(substr(t.${column}, 1, instr(t.${column} || ' ', ' ') - 1), '"', '') || '"')`,
        )
      ).rows[0].n,
    );
  expect(await indexed('articles', 'articles_fts', 'title')).toBe(articles);
  expect(await indexed('quotes', 'quotes_fts', 'text')).toBe(quotes);
}

const found = async (word: string) =>
  (await db.$client.execute({ sql: 'select rowid from articles_fts where articles_fts match ?', args: [word] })).rows
    .length;

describe('the search index after every write path', () => {
  it('ingestArticle, ingestArticles and the bulk writer index every article and quote they store', async () => {
    await ingestArticle(db, article(0, 'markerone'));
    expect(await found('markerone')).toBe(1);
    await ingestArticles(db, [article(1, 'markertwo'), article(2, 'markertwo'), article(1, 'markertwo')]);
    expect(await found('markertwo')).toBe(2);
    const sources = [3, 4, 5, 6, 7].map((i) => ({ name: `${i}`, read: async () => article(i, 'markerthree') }));
    await ingestInBatches(db, sources, { batchSize: 2 });
    expect(await found('markerthree')).toBe(5);
    await expectIndexesWhole();
  });

  it('re-extraction, a new title, a rejected quote and a deletion leave the index exact', async () => {
    const [{ id }] = (await db.$client.execute('select id from articles order by id limit 1')).rows as unknown as {
      id: number;
    }[];
    await reextractArticle(db, Number(id));
    await expectIndexesWhole();
    expect(await found('markerone')).toBe(1);

    await updateArticle(db, Number(id), { title: 'Renamed markerfour' });
    expect(await found('markerfour')).toBe(1);
    await expectIndexesWhole();

    const [quote] = (
      await db.$client.execute({ sql: 'select id from quotes where article_id = ? limit 1', args: [id] })
    ).rows as unknown as { id: number }[];
    await rejectQuote(db, 'admin', { quote: Number(quote.id), reason: 'not a quote' });
    await expectIndexesWhole();

    await deleteArticle(db, Number(id));
    expect(await found('markerfour')).toBe(0);
    await expectIndexesWhole();
  });
});
