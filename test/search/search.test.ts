import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { Fixtures } from '../filters/fixtures.js';

let api: TestServer;
let fx: Fixtures;
const f: Record<string, { gid: string; id: number }> = {};

// The seeded samples (one story from four outlets) plus rows this test controls exactly.
beforeAll(async () => {
  api = await startTestServer();
  fx = new Fixtures(api.db);
  f.shevchukk = await fx.person('Yurii Shevchukk', { aliases: ['Shevchuk'] });
  f.nunez = await fx.person('José Núñez');
  f.kalashTitle = await fx.article({
    title: 'Kalashnikov factory expands',
    paragraphs: ['A factory in Izhevsk grows.'],
  });
  f.kalashBody = await fx.article({
    title: 'Arms exports rise',
    paragraphs: [
      'Exports rose. Among them, rifles made by the Kalashnikov concern <script>alert(1)</script> & others.',
    ],
  });
  f.quote = await fx.article({
    title: 'Kyiv speech',
    paragraphs: ['In Kyiv, the official spoke.', '“We will not surrender,” Shevchukk said.'],
    quotes: [{ text: 'We will not surrender', person: f.shevchukk.id, paragraph: 1 }],
  });
});
afterAll(() => api.close());

const searchQuery = `query($query: String!, $first: Int, $after: String, $types: [SearchResultType!]) {
  search(query: $query, first: $first, after: $after, types: $types) {
    totalCount articleCount personCount organisationCount quoteCount
    edges { cursor snippet score node {
      __typename
      ... on Article { id title }
      ... on Person { id name }
      ... on Organisation { id name acronym }
      ... on Quote { id text speaker { ... on Person { name } } article { title } }
    } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  } }`;

async function search(query: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await api.gql(searchQuery, { query, ...variables });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data.search;
}

const nodeIds = (result: any) => result.edges.map((e: any) => e.node.id);

describe('search(query:)', () => {
  it('finds a person by a prefix while typing, whatever the case or accents', async () => {
    for (const typed of ['shevch', 'Shevchukk', 'shevchukk', 'SHEVCHUKK', 'Shevchuk']) {
      const result = await search(typed, { types: ['PERSON'] });
      expect(nodeIds(result), typed).toEqual([f.shevchukk.gid]);
    }
    for (const typed of ['jose nunez', 'JOSÉ NÚÑEZ', 'Nunez', 'núñ']) {
      expect(nodeIds(await search(typed, { types: ['PERSON'] })), typed).toEqual([f.nunez.gid]);
    }
  });

  it('finds Park Sun-won (from the samples) written with or without the hyphen', async () => {
    for (const typed of ['Park Sun-won', 'park sunwon', 'sunwon']) {
      const result = await search(typed, { types: ['PERSON'] });
      expect(result.edges[0]?.node.name, typed).toBe('Park Sun-won');
    }
  });

  it('merges all four kinds into one ranking, names and titles above passing mentions', async () => {
    const result = await search('kalashnikov');
    expect(nodeIds(result)).toEqual([f.kalashTitle.gid, f.kalashBody.gid]);
    const people = await search('Shevchukk');
    expect(people.edges[0].node).toEqual({ __typename: 'Person', id: f.shevchukk.gid, name: 'Yurii Shevchukk' });
    expect(people.edges.map((e: any) => e.node.__typename)).toEqual(expect.arrayContaining(['Person', 'Article']));
    const scores = people.edges.map((e: any) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds quotes, with their speaker and article', async () => {
    const result = await search('surrender', { types: ['QUOTE'] });
    expect(result.edges).toHaveLength(1);
    expect(result.edges[0].node).toMatchObject({
      __typename: 'Quote',
      text: 'We will not surrender',
      speaker: { name: 'Yurii Shevchukk' },
    });
    expect(result).toMatchObject({ quoteCount: 1, articleCount: 0, totalCount: 1 });
  });

  it('finds organisations by acronym and counts each kind', async () => {
    const result = await search('NIS');
    const organisation = result.edges.find((e: any) => e.node.__typename === 'Organisation');
    expect(organisation.node).toMatchObject({ name: 'National Intelligence Service', acronym: 'NIS' });
    expect(result.articleCount).toBeGreaterThanOrEqual(3);
    expect(result.totalCount).toBe(
      result.articleCount + result.personCount + result.organisationCount + result.quoteCount,
    );
  });

  it('searches phrases in quote marks, words in order', async () => {
    const phrase = await search('"spy agency"', { types: ['ARTICLE'] });
    expect(phrase.articleCount).toBeGreaterThan(0);
    expect((await search('"agency spy"', { types: ['ARTICLE'] })).articleCount).toBe(0);
    expect((await search('“spy agency”', { types: ['ARTICLE'] })).articleCount).toBe(phrase.articleCount);
  });

  it('highlights the matched words in an HTML-safe snippet', async () => {
    const result = await search('kalashnikov');
    const body = result.edges.find((e: any) => e.node.id === f.kalashBody.gid);
    expect(body.snippet).toContain('<mark>Kalashnikov</mark>');
    expect(body.snippet).toContain('&lt;script&gt;');
    expect(body.snippet).not.toContain('<script>');
    expect(body.snippet).toContain('&amp;');
    const person = (await search('shevch', { types: ['PERSON'] })).edges[0];
    expect(person.snippet).toBe('Yurii <mark>Shevchukk</mark>');
  });

  const unsafe = [
    '"',
    'zelensky "north',
    '"""',
    'NEAR(troops russia, 2)',
    'troops OR',
    'OR OR',
    'AND NOT *',
    'title:troops',
    '^troops',
    "'; DROP TABLE articles; --",
    "1' OR '1'='1",
    'SELECT * FROM people',
    '{title}: x',
    '()[]{}<>',
    '\u0000',
    '🙂',
    '',
    '   ',
    'x'.repeat(10_240),
    'troops '.repeat(1_500),
  ];

  it.each(unsafe.map((s) => [s.slice(0, 30), s]))('answers %j with results or an empty list', async (_label, text) => {
    const result = await search(text);
    expect(Array.isArray(result.edges)).toBe(true);
    expect(result.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('finds nothing, without an error, when nothing is searchable', async () => {
    expect(await search('*** ---')).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });
});

describe('search pages', () => {
  it('pages through every result exactly once, in the same order as one big page', async () => {
    const all = await search('korea', { first: 100 });
    expect(all.totalCount).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page = await search('korea', { first: 2, after });
      seen.push(...nodeIds(page));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(nodeIds(all));
  });

  it('stays on the results of the first page while matching articles are ingested', async () => {
    const before = nodeIds(await search('zorblat', { first: 100, types: ['ARTICLE'] }));
    expect(before).toEqual([]);
    for (let i = 0; i < 5; i++)
      await fx.article({ title: `Zorblat test ${i}`, paragraphs: [`A zorblat missile, number ${i}.`] });
    const full = nodeIds(await search('zorblat missile', { first: 100, types: ['ARTICLE'] }));
    expect(full).toHaveLength(5);

    const first = await search('zorblat missile', { first: 2, types: ['ARTICLE'] });
    // New matching articles arrive, some of which would rank above everything seen so far.
    await api.gql(
      'mutation($text: String!) { ingestArticle(input: { text: $text, title: "Zorblat missile zorblat missile" }) { created } }',
      { text: 'Zorblat missile zorblat missile. Another zorblat missile test was reported on Friday.' },
      asAdmin,
    );
    await fx.article({ title: 'Zorblat missile news', paragraphs: ['Zorblat missile again.'] });
    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const page = await search('zorblat missile', { first: 2, after, types: ['ARTICLE'] });
      expect(page.totalCount).toBe(5);
      rest.push(...nodeIds(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect([...nodeIds(first), ...rest]).toEqual(full);
    expect((await search('zorblat missile', { first: 100, types: ['ARTICLE'] })).totalCount).toBe(7);
  });

  it('rejects a malformed or foreign cursor and a bad page size with BAD_USER_INPUT', async () => {
    const articleCursor = (await api.gql('{ articles(first: 1) { pageInfo { endCursor } } }')).body.data.articles
      .pageInfo.endCursor;
    for (const after of ['nope', articleCursor, btoa('S1:5:1:2'), btoa('S1:999999:1:1:1:1')]) {
      const { body } = await api.gql(searchQuery, { query: 'korea', after });
      expect(body.errors?.[0].extensions?.code, after).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/select |sqlite|fts5/i);
    }
    for (const first of [-1, 101]) {
      const { body } = await api.gql(searchQuery, { query: 'korea', first });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('the index follows every write', () => {
  it('indexes rows written directly, alias by alias, and drops deleted articles', async () => {
    const person = await fx.person('Oleksandr Syrskyi');
    expect(nodeIds(await search('syrsky', { types: ['PERSON'] }))).toEqual([person.gid]);
    await api.db.$client.execute({
      sql: 'insert into person_aliases (person_id, alias, key) values (?, ?, ?)',
      args: [person.id, 'Alexander Syrsky', 'x'],
    });
    expect(nodeIds(await search('alexander syrsk', { types: ['PERSON'] }))).toEqual([person.gid]);
    await api.db.$client.execute({
      sql: 'update people set name = ? where id = ?',
      args: ['Oleksandr Syrskyi-Renamed', person.id],
    });
    expect(nodeIds(await search('renamed', { types: ['PERSON'] }))).toEqual([person.gid]);

    const { body } = await api.gql(
      'mutation($text: String!) { ingestArticle(input: { text: $text, title: "Quokka census" }) { article { id } } }',
      { text: 'Quokka numbers on Rottnest Island rose, rangers said.' },
      asAdmin,
    );
    const id = body.data.ingestArticle.article.id;
    expect(nodeIds(await search('quokka', { types: ['ARTICLE'] }))).toEqual([id]);
    const deleted = await api.gql('mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }', { id }, asAdmin);
    expect(deleted.body.errors).toBeUndefined();
    expect(nodeIds(await search('quokkas', { types: ['ARTICLE'] }))).toEqual([]);
  });
});
