import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledSamples } from '../../src/server.js';
import { dbFingerprint } from '../hardening/helpers.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

const ingestMany =
  'mutation($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { created article { id title } } }';
const ingestOne = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';

/** What ingestion derived from the articles, without row ids: equal when two databases hold the same data. */
async function contents(api: TestServer) {
  const query = async (sql: string) => (await api.db.$client.execute(sql)).rows.map((row) => ({ ...row }));
  return {
    people: await query(
      `select p.slug, p.name, p.mention_count, p.quote_count,
        (select group_concat(alias, '|') from (select alias from person_aliases where person_id = p.id group by alias order by alias)) as aliases,
        (select group_concat(description, '|') from (select description from person_descriptions where person_id = p.id order by description)) as descriptions
       from people p order by p.slug`,
    ),
    organisations: await query(
      `select o.slug, o.name, o.acronym, o.kind, o.mention_count, o.quote_count,
        (select group_concat(alias, '|') from (select alias from organisation_aliases where organisation_id = o.id group by alias order by alias)) as aliases
       from organisations o order by o.slug`,
    ),
    affiliations: await query(
      `select p.slug as person, o.slug as organisation, a.role from affiliations a
       join people p on p.id = a.person_id join organisations o on o.id = a.organisation_id order by 1, 2, 3`,
    ),
    quotes: await query(
      `select a.slug as article, q.position, q.text, q.kind, q.cue, p.slug as speaker, o.slug as speaker_organisation
       from quotes q join articles a on a.id = q.article_id left join people p on p.id = q.speaker_person_id
       left join organisations o on o.id = q.speaker_organisation_id order by 1, 2`,
    ),
  };
}

describe('ingestArticles', () => {
  let bulk: TestServer;
  let oneByOne: TestServer;
  beforeAll(async () => {
    [bulk, oneByOne] = await Promise.all([startTestServer({ seed: false }), startTestServer({ seed: false })]);
  });
  afterAll(async () => {
    await Promise.all([bulk.close(), oneByOne.close()]);
  });

  const samples = bundledSamples().map((sample) => ({ text: sample.text }));

  it('stores a call in order, each article once, as ingesting them one by one would', async () => {
    // The first sample again at the end: the same text twice in one call is one article.
    const { body } = await bulk.gql(ingestMany, { inputs: [...samples, samples[0]] }, asAdmin);
    expect(body.errors).toBeUndefined();
    const payloads = body.data.ingestArticles;
    expect(payloads.map((p: { created: boolean }) => p.created)).toEqual([true, true, true, true, true, false]);
    expect(payloads[5].article.id).toBe(payloads[0].article.id);
    expect(new Set(payloads.map((p: { article: { id: string } }) => p.article.id)).size).toBe(5);

    for (const input of samples) {
      const { body: one } = await oneByOne.gql(ingestOne, { input }, asAdmin);
      expect(one.errors).toBeUndefined();
    }
    // The five samples are one story from four outlets: the same people and organisations recur, so
    // the later articles of the batch must resolve to what the earlier ones created.
    const stored = await contents(bulk);
    expect(stored.people.length).toBeGreaterThan(0);
    expect(stored).toEqual(await contents(oneByOne));
  });

  it('is idempotent: the same call again writes nothing', async () => {
    const before = await dbFingerprint(bulk);
    const { body } = await bulk.gql(ingestMany, { inputs: samples }, asAdmin);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticles.every((p: { created: boolean }) => !p.created)).toBe(true);
    expect(await dbFingerprint(bulk)).toEqual(before);
  });

  it('refuses the whole call for one bad article, naming it, and writes nothing', async () => {
    const before = await dbFingerprint(bulk);
    const inputs = [
      { text: 'Officials said the new bridge would open in May.' },
      { text: 'The harbour master said the port would reopen on Friday.' },
      { text: '   ' },
    ];
    const { status, body } = await bulk.gql(ingestMany, { inputs }, asAdmin);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.index).toBe(2);
    expect(body.errors?.[0].message).toMatch(/^inputs\[2\]: Article text is empty/);
    expect(await dbFingerprint(bulk)).toEqual(before);
  });

  it('refuses more than 100 articles, and calls without the admin token', async () => {
    const before = await dbFingerprint(bulk);
    const inputs = Array.from({ length: 101 }, (_, i) => ({ text: `Officials said road ${i} would reopen.` }));
    const tooMany = await bulk.gql(ingestMany, { inputs }, asAdmin);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0].message).toMatch(/At most 100 articles/);
    const anonymous = await bulk.gql(ingestMany, { inputs: inputs.slice(0, 2) });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dbFingerprint(bulk)).toEqual(before);
  });
});
