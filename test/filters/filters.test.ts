import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { Fixtures, ids } from './fixtures.js';

let api: TestServer;
const f: Record<string, { gid: string; id: number }> = {};

beforeAll(async () => {
  api = await startTestServer({ seed: false });
  const fx = new Fixtures(api.db);
  f.ap = await fx.organisation('Associated Press', 'MEDIA', 'AP');
  f.afp = await fx.organisation('Agence France-Presse', 'MEDIA', 'AFP');
  f.nis = await fx.organisation('National Intelligence Service', 'GOVERNMENT_AGENCY', 'NIS', ["Seoul's spy agency"]);
  f.dod = await fx.organisation('Department of Defense', 'GOVERNMENT_AGENCY', 'DoD');
  f.yonsei = await fx.organisation('Yonsei University', 'UNIVERSITY');
  f.austin = await fx.person('Lloyd Austin', { affiliations: [f.dod.id] });
  f.kim = await fx.person('Kim Byung-kee', { affiliations: [f.nis.id] });
  f.park = await fx.person('Park Sun-won', { aliases: ['Park Sunwon'] });
  f.zed = await fx.person('Zed Unquoted');
  f.a1 = await fx.article({
    title: 'Austin warns Pyongyang',
    source: f.ap.id,
    publishedAt: '2024-10-01T10:00:00.000Z',
    mentions: { people: [f.austin.id], organisations: [f.dod.id] },
    quotes: [
      { text: 'We are concerned', person: f.austin.id },
      { text: 'They will pay a price', person: f.austin.id },
    ],
  });
  f.a2 = await fx.article({
    title: 'Spy agency briefs lawmakers',
    source: f.afp.id,
    publishedAt: '2024-10-15T10:00:00.000Z',
    mentions: { people: [f.kim.id, f.park.id, f.austin.id], organisations: [f.nis.id] },
    quotes: [
      { text: 'Troops are already in Russia', organisation: f.nis.id, kind: 'INDIRECT' },
      { text: 'training continues', person: f.kim.id, kind: 'PARTIAL' },
      { text: 'We are watching closely', person: f.austin.id },
    ],
  });
  f.a3 = await fx.article({
    title: 'Seoul weather mild',
    source: f.ap.id,
    publishedAt: '2024-11-02T10:00:00.000Z',
    mentions: { people: [f.zed.id] },
  });
  f.a4 = await fx.article({
    title: 'Yonsei study on drones',
    publishedAt: '2024-10-20T10:00:00.000Z',
    mentions: { organisations: [f.yonsei.id] },
    quotes: [{ text: 'Drones change everything', person: f.park.id }],
  });
});
afterAll(() => api.close());

async function query(text: string, variables: Record<string, unknown> = {}) {
  const { body } = await api.gql(text, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const articlesQuery = `query($where: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String, $last: Int, $before: String) {
  articles(where: $where, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`;

const articles = async (where: object, orderBy = 'NEWEST') => (await query(articlesQuery, { where, orderBy })).articles;

describe('articles(where:)', () => {
  it('filters by outlet, date range, mentions, quotes and text', async () => {
    expect(ids(await articles({ source: f.ap.gid }))).toEqual([f.a3.gid, f.a1.gid]);
    expect(
      ids(await articles({ publishedAfter: '2024-10-10T00:00:00Z', publishedBefore: '2024-10-31T00:00:00Z' })),
    ).toEqual([f.a4.gid, f.a2.gid]);
    expect(ids(await articles({ mentions: f.austin.gid }))).toEqual([f.a2.gid, f.a1.gid]);
    expect(ids(await articles({ mentions: f.dod.gid }))).toEqual([f.a1.gid]);
    expect(ids(await articles({ quotes: f.austin.gid }))).toEqual([f.a2.gid, f.a1.gid]);
    expect(ids(await articles({ quotes: f.nis.gid }))).toEqual([f.a2.gid]);
    expect(ids(await articles({ search: 'PYONGYANG' }))).toEqual([f.a1.gid]);
    expect(ids(await articles({ search: '"spy agency"' }))).toEqual([f.a2.gid]);
    expect(ids(await articles({ search: 'dron' }))).toEqual([f.a4.gid]);
  });

  it('combines conditions, and counts what matches', async () => {
    const both = await articles({ source: f.ap.gid, quotes: f.austin.gid });
    expect(ids(both)).toEqual([f.a1.gid]);
    expect(both.totalCount).toBe(1);
    const none = await articles({ source: f.afp.gid, search: 'weather' });
    expect(none).toMatchObject({ totalCount: 0, edges: [] });
    expect((await articles({ search: '"' })).totalCount).toBe(0);
  });

  it('orders newest, oldest and most quoted', async () => {
    const newest = [f.a3.gid, f.a4.gid, f.a2.gid, f.a1.gid];
    expect(ids(await articles({}, 'NEWEST'))).toEqual(newest);
    expect(ids(await articles({}, 'OLDEST'))).toEqual([...newest].reverse());
    expect(ids(await articles({}, 'MOST_QUOTED'))).toEqual([f.a2.gid, f.a1.gid, f.a4.gid, f.a3.gid]);
  });

  it('pages a filtered, ordered list both ways', async () => {
    const where = { publishedAfter: '2024-10-01T00:00:00Z' };
    const one = (await query(articlesQuery, { where, orderBy: 'MOST_QUOTED', first: 2 })).articles;
    expect(ids(one)).toEqual([f.a2.gid, f.a1.gid]);
    expect(one.totalCount).toBe(4);
    const two = (await query(articlesQuery, { where, orderBy: 'MOST_QUOTED', first: 2, after: one.pageInfo.endCursor }))
      .articles;
    expect(ids(two)).toEqual([f.a4.gid, f.a3.gid]);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const back = (
      await query(articlesQuery, { where, orderBy: 'MOST_QUOTED', last: 2, before: two.pageInfo.startCursor })
    ).articles;
    expect(ids(back)).toEqual([f.a2.gid, f.a1.gid]);
  });

  it('rejects an ID of the wrong kind with BAD_USER_INPUT', async () => {
    for (const where of [{ source: f.austin.gid }, { mentions: f.a1.gid }, { quotes: f.a1.gid }]) {
      const { body } = await api.gql(articlesQuery, { where });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

const quotesQuery = `query($where: QuoteFilter) { quotes(where: $where) { totalCount edges { node { id text } } } }`;
const quoteTexts = async (where: object) => {
  const { quotes } = await query(quotesQuery, { where });
  expect(quotes.totalCount).toBe(quotes.edges.length);
  return quotes.edges.map((e: any) => e.node.text).sort();
};

describe('quotes(where:)', () => {
  it('filters by speaker, person or organisation', async () => {
    expect(await quoteTexts({ speaker: f.austin.gid })).toEqual([
      'They will pay a price',
      'We are concerned',
      'We are watching closely',
    ]);
    expect(await quoteTexts({ speaker: f.nis.gid })).toEqual(['Troops are already in Russia']);
  });

  it("filters by the speaker's organisation: the organisation itself and people affiliated with it", async () => {
    expect(await quoteTexts({ organisation: f.nis.gid })).toEqual([
      'Troops are already in Russia',
      'training continues',
    ]);
    expect(await quoteTexts({ organisation: f.dod.gid })).toHaveLength(3);
    expect(await quoteTexts({ organisation: f.yonsei.gid })).toEqual([]);
  });

  it('filters by article, outlet, kind, date range and text', async () => {
    expect(await quoteTexts({ article: f.a1.gid })).toEqual(['They will pay a price', 'We are concerned']);
    expect(await quoteTexts({ source: f.afp.gid })).toHaveLength(3);
    expect(await quoteTexts({ kind: 'PARTIAL' })).toEqual(['training continues']);
    expect(await quoteTexts({ kind: 'INDIRECT', source: f.afp.gid })).toEqual(['Troops are already in Russia']);
    expect(await quoteTexts({ publishedAfter: '2024-10-10T00:00:00Z' })).toHaveLength(4);
    expect(await quoteTexts({ publishedBefore: '2024-10-10T00:00:00Z' })).toEqual([
      'They will pay a price',
      'We are concerned',
    ]);
    expect(await quoteTexts({ search: 'russia' })).toEqual(['Troops are already in Russia']);
    expect(await quoteTexts({ search: 'we are' })).toEqual(['We are concerned', 'We are watching closely']);
    expect(await quoteTexts({ search: 'NEAR(' })).toEqual([]);
  });
});

const peopleQuery = `query($where: PersonFilter, $orderBy: PersonOrder) { people(where: $where, orderBy: $orderBy) { totalCount edges { node { id name } } } }`;
const people = async (where: object, orderBy = 'MOST_MENTIONED') =>
  ids((await query(peopleQuery, { where, orderBy })).people);

describe('people(where:, orderBy:)', () => {
  it('filters by name or alias: prefix, case, hyphens either way', async () => {
    expect(await people({ name: 'austin' })).toEqual([f.austin.gid]);
    expect(await people({ name: 'LLOYD AUST' })).toEqual([f.austin.gid]);
    expect(await people({ name: 'park sunwon' })).toEqual([f.park.gid]);
    expect(await people({ name: 'Sun-won' })).toEqual([f.park.gid]);
    expect(await people({ name: 'byungkee' })).toEqual([f.kim.gid]);
    expect(await people({ name: 'nobody at all' })).toEqual([]);
  });

  it('filters by affiliation and by being quoted', async () => {
    expect(await people({ organisation: f.nis.gid })).toEqual([f.kim.gid]);
    expect((await people({ quoted: true })).sort()).toEqual([f.austin.gid, f.kim.gid, f.park.gid].sort());
    expect(await people({ quoted: false })).toEqual([f.zed.gid]);
  });

  it('orders most quoted, most mentioned and by name', async () => {
    expect(await people({}, 'MOST_QUOTED')).toEqual([f.austin.gid, f.kim.gid, f.park.gid, f.zed.gid]);
    expect((await people({}, 'MOST_MENTIONED'))[0]).toBe(f.austin.gid);
    expect(await people({}, 'NAME')).toEqual([f.kim.gid, f.austin.gid, f.park.gid, f.zed.gid]);
  });
});

const orgsQuery = `query($where: OrganisationFilter, $orderBy: OrganisationOrder) { organisations(where: $where, orderBy: $orderBy) { totalCount edges { node { id } } } }`;
const orgs = async (where: object, orderBy = 'MOST_MENTIONED') =>
  ids((await query(orgsQuery, { where, orderBy })).organisations);

describe('organisations(where:, orderBy:)', () => {
  it('filters by kind and by name, acronym or alias', async () => {
    expect((await orgs({ kind: 'MEDIA' })).sort()).toEqual([f.ap.gid, f.afp.gid].sort());
    expect(await orgs({ name: 'nis' })).toEqual([f.nis.gid]);
    expect(await orgs({ name: 'spy agency' })).toEqual([f.nis.gid]);
    expect(await orgs({ name: 'national intell' })).toEqual([f.nis.gid]);
    expect(await orgs({ name: 'defense', kind: 'GOVERNMENT_AGENCY' })).toEqual([f.dod.gid]);
    expect(await orgs({ name: 'defense', kind: 'MEDIA' })).toEqual([]);
  });

  it('orders by name and most mentioned', async () => {
    expect(await orgs({}, 'NAME')).toEqual([f.afp.gid, f.ap.gid, f.dod.gid, f.nis.gid, f.yonsei.gid]);
    const mentioned = await orgs({}, 'MOST_MENTIONED');
    expect(mentioned.slice(0, 3).sort()).toEqual([f.dod.gid, f.nis.gid, f.yonsei.gid].sort());
  });
});
