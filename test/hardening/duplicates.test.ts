import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactTextHash } from '../../src/ingest/validate.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, postGraphQL } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api.close());

const lines = [
  'Harbour council approves a new ferry timetable',
  'The city council on Tuesday approved a new ferry timetable for the harbour crossing.',
  '"This will cut waiting times in half," council leader Maria Lopez told reporters after the vote.',
  'Lopez said the new service would begin in March.',
];
const plain = lines.join('\n\n');

/** The same article with its whitespace or markup written differently. */
const variants: Record<string, string> = {
  'single newlines': lines.join('\n'),
  'CRLF line ends': lines.join('\r\n\r\n'),
  'double spaces': plain.replaceAll(' ', '  '),
  'trailing spaces': lines.map((line) => `${line}   `).join('\n\n'),
  'extra blank lines': lines.join('\n\n\n\n'),
  tabs: plain.replaceAll(' the ', '\tthe\t'),
  'no-break spaces': plain.replaceAll(' ', '\u00a0'),
  'zero-width characters': plain.replaceAll('council', 'coun\u200bcil'),
  'soft hyphens': plain.replaceAll('timetable', 'time\u00adtable'),
  'HTML paragraphs': lines.map((line) => `<p>${line}</p>`).join('\n'),
};

const ingest = (text: string) =>
  postGraphQL(
    api,
    {
      query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }',
      variables: { input: { text } },
    },
    asAdmin,
  );

describe('the same article however its whitespace is written is stored once', () => {
  let id: string;
  let lopezQuotes: number;
  const counts = async () => {
    const { json } = await postGraphQL(api, {
      query: '{ articles(first: 5) { totalCount } people(first: 5) { edges { node { name quoteCount } } } }',
    });
    const lopez = json.data.people.edges.find((edge: any) => edge.node.name === 'Maria Lopez');
    return { articles: json.data.articles.totalCount, lopez: lopez.node.quoteCount };
  };
  beforeAll(async () => {
    const first = await ingest(plain);
    expect(first.json.data.ingestArticle.created).toBe(true);
    id = first.json.data.ingestArticle.article.id;
    lopezQuotes = (await counts()).lopez;
    expect(lopezQuotes).toBeGreaterThan(0);
  });

  it.each(Object.entries(variants))('%s: the existing article, nothing written', async (_, text) => {
    const before = await dbFingerprint(api);
    const { json } = await ingest(text);
    expect(json.errors).toBeUndefined();
    expect(json.data.ingestArticle).toEqual({ created: false, article: { id } });
    expect(await dbFingerprint(api)).toEqual(before);
  });

  it("one article, and Maria Lopez's quotes counted once, after every variant", async () => {
    expect(await counts()).toEqual({ articles: 1, lopez: lopezQuotes });
  });

  it('a text that differs in its words is another article', async () => {
    const { json } = await ingest(plain.replace('in March', 'in April'));
    expect(json.data.ingestArticle.created).toBe(true);
  });

  it('an article stored under the hash of its exact text is still found', async () => {
    const text = `${lines[0]} again\n\n${lines.slice(1).join('\n\n')}`;
    const first = await ingest(text);
    expect(first.json.data.ingestArticle.created).toBe(true);
    await api.db.$client.execute({
      sql: 'update articles set content_hash = ? where id = (select max(id) from articles)',
      args: [await exactTextHash(text)],
    });
    const again = await ingest(text);
    expect(again.json.data.ingestArticle).toEqual({ created: false, article: first.json.data.ingestArticle.article });
  });
});
