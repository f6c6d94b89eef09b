import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, type TestServer } from '../helpers/server.js';
import {
  asEditor,
  dumpDatabase,
  extractionSnapshot,
  generationOf,
  revertMutation,
  sampleQuotes,
  startEditingServer,
} from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startEditingServer();
});
afterAll(() => api.close());

const reextractAll = async () => {
  const { body } = await api.gql(
    'mutation { reextractArticles(first: 2) { count endCursor hasNextPage } }',
    {},
    asAdmin,
  );
  expect(body.errors).toBeUndefined();
  // Batches: follow the cursor as the Worker's caller does.
  let page = body.data.reextractArticles;
  let count = page.count;
  while (page.hasNextPage) {
    const next = await api.gql(
      'mutation($after: String) { reextractArticles(first: 2, after: $after) { count endCursor hasNextPage } }',
      { after: page.endCursor },
      asAdmin,
    );
    page = next.body.data.reextractArticles;
    count += page.count;
  }
  return count;
};

const inputTypes: Record<string, string> = {
  setQuoteKind: 'SetQuoteKindInput',
  rejectQuote: 'RejectQuoteInput',
  renamePerson: 'PersonNameInput',
  addAlias: 'PersonNameInput',
  removeAlias: 'PersonNameInput',
  setOrganisationKind: 'SetOrganisationKindInput',
};

async function correct(mutation: string, input: Record<string, unknown>) {
  const { body } = await api.gql(
    `mutation($input: ${inputTypes[mutation]}!) { ${mutation}(input: $input) { correction { id kind orphaned } } }`,
    { input },
    asEditor('alice'),
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data[mutation].correction as { id: string; kind: string; orphaned: boolean };
}

async function lastCorrectionId() {
  const { body } = await api.gql('{ corrections(first: 1) { edges { node { id } } } }');
  return body.data.corrections.edges[0].node.id as string;
}

describe('re-extraction', () => {
  it('without corrections writes every row back as it was, IDs included', async () => {
    // All but the data generation, which every write bumps.
    const before = await dumpDatabase(api, ['meta']);
    expect(await reextractAll()).toBe(5);
    expect(await dumpDatabase(api, ['meta'])).toBe(before);
  });

  it('keeps the other kinds of correction in force, and reverting them gives back what the extractor says', async () => {
    const extractor = await extractionSnapshot(api);
    const quotes = await sampleQuotes(api);
    const [kindQuote, rejected] = quotes.filter((q) => q.speaker);
    const { body } = await api.gql(
      `{ people(first: 100, orderBy: MOST_QUOTED) { edges { node { id name aliases } } }
         organisations(first: 1) { edges { node { id kind } } } }`,
    );
    const person = body.data.people.edges[0].node;
    const nicknamed = body.data.people.edges
      .map((e: any) => e.node)
      .find((p: any) => p.id !== person.id && p.aliases.length);
    const organisation = body.data.organisations.edges[0].node;
    const newKind = organisation.kind === 'COMPANY' ? 'OTHER' : 'COMPANY';

    const made = [
      await correct('setQuoteKind', { quote: kindQuote.id, kind: 'INDIRECT', reason: 'no quote marks' }),
      await correct('rejectQuote', { quote: rejected.id, reason: 'a headline, not speech' }),
      await correct('renamePerson', { person: person.id, name: `${person.name} Jr.`, reason: 'full name' }),
      await correct('addAlias', { person: person.id, name: 'The Minister', reason: 'how columns call them' }),
      await correct('removeAlias', { person: nicknamed.id, name: nicknamed.aliases[0], reason: 'someone else' }),
      await correct('setOrganisationKind', { organisation: organisation.id, kind: newKind, reason: 'it is one' }),
    ];
    const corrected = `query($q: ID!, $r: ID!, $p: ID!, $n: ID!, $o: ID!) {
      kind: node(id: $q) { ... on Quote { kind } } rejected: node(id: $r) { id }
      person: node(id: $p) { ... on Person { name aliases } } nicknamed: node(id: $n) { ... on Person { aliases } }
      organisation: node(id: $o) { ... on Organisation { kind } } }`;
    const ids = { q: kindQuote.id, r: rejected.id, p: person.id, n: nicknamed.id, o: organisation.id };
    const expected = {
      kind: { kind: 'INDIRECT' },
      rejected: null,
      person: { name: `${person.name} Jr.`, aliases: expect.arrayContaining([person.name, 'The Minister']) },
      nicknamed: { aliases: nicknamed.aliases.slice(1) },
      organisation: { kind: newKind },
    };
    expect((await api.gql(corrected, ids)).body.data).toEqual(expected);

    // `npm run reextract`, against the same database file the server has open: another process, whose
    // writes reach the server's caches through the data generation they bump.
    const generation = await generationOf(api);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/reextract.ts', '--batch', '2'], {
      env: { ...process.env, DATABASE_URL: api.databaseUrl },
    });
    expect(stdout).toMatch(/done: 5 articles/);
    expect(await generationOf(api)).toBeGreaterThan(generation);
    expect((await api.gql(corrected, ids)).body.data).toEqual(expected);

    for (const c of made.reverse()) {
      const { body: reverted } = await api.gql(revertMutation, { id: c.id }, asEditor('bob'));
      expect(reverted.errors).toBeUndefined();
    }
    // The rejected quote is back (with a new ID: its row was gone); everything else as the extractor had it.
    const restored = await extractionSnapshot(api);
    const withoutIds = (rows: any[]) => rows.map(({ id: _id, ...rest }) => rest);
    expect(restored.people).toEqual(extractor.people);
    expect(restored.organisations).toEqual(extractor.organisations);
    expect(restored.articles).toEqual(extractor.articles);
    expect(
      withoutIds(restored.quotes).sort((a: any, b: any) => a.article_id - b.article_id || a.position - b.position),
    ).toEqual(
      withoutIds(extractor.quotes).sort((a: any, b: any) => a.article_id - b.article_id || a.position - b.position),
    );
  });

  it('merges two organisations, keeps the merge through re-extraction, and reverting it gives both back', async () => {
    const extractor = await extractionSnapshot(api);
    const { body } = await api.gql(
      '{ organisations(first: 2) { edges { node { id name mentionCount articles { totalCount } } } } }',
    );
    const [into, from] = body.data.organisations.edges.map((e: any) => e.node);
    const merged = await api.gql(
      `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) {
         organisation { id mentionCount aliases } correction { kind editor } } }`,
      { input: { into: into.id, from: from.id, reason: 'one body' } },
      asEditor('bob'),
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergeOrganisations).toEqual({
      organisation: {
        id: into.id,
        mentionCount: into.mentionCount + from.mentionCount,
        aliases: expect.arrayContaining([from.name]),
      },
      correction: { kind: 'MERGE_ORGANISATIONS', editor: 'bob' },
    });
    const check =
      'query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Organisation { mentionCount } } b: node(id: $b) { id } }';
    expect((await api.gql(check, { a: into.id, b: from.id })).body.data).toEqual({
      a: { mentionCount: into.mentionCount + from.mentionCount },
      b: null,
    });
    expect(await reextractAll()).toBe(5);
    expect((await api.gql(check, { a: into.id, b: from.id })).body.data).toEqual({
      a: { mentionCount: into.mentionCount + from.mentionCount },
      b: null,
    });

    const { body: reverted } = await api.gql(revertMutation, { id: await lastCorrectionId() }, asEditor('alice'));
    expect(reverted.errors).toBeUndefined();
    expect((await extractionSnapshot(api)).organisations).toEqual(extractor.organisations);
  });

  it("splits a person's mentions in one article off to a new person, through re-extraction, until reverted", async () => {
    const extractor = await extractionSnapshot(api);
    const { body } = await api.gql(
      '{ people(first: 100, orderBy: MOST_QUOTED) { edges { node { id name articles(first: 10) { totalCount edges { node { id } } } } } } }',
    );
    const person = body.data.people.edges.map((e: any) => e.node).find((p: any) => p.articles.totalCount >= 2);
    const article = person.articles.edges[0].node.id;
    const split = await api.gql(
      `mutation($input: SplitPersonInput!) { splitPerson(input: $input) {
         person { id articles { totalCount } } correction { kind after } } }`,
      { input: { person: person.id, articles: [article], name: `${person.name} (another)`, reason: 'a namesake' } },
      asEditor('alice'),
    );
    expect(split.body.errors).toBeUndefined();
    expect(split.body.data.splitPerson.person.articles.totalCount).toBe(person.articles.totalCount - 1);
    const namesake = JSON.parse(split.body.data.splitPerson.correction.after).person as number;
    const inArticle = `query($a: ID!) { node(id: $a) { ... on Article { people(first: 50) { edges { node { id name } } } } } }`;
    const namesIn = async () =>
      (await api.gql(inArticle, { a: article })).body.data.node.people.edges.map((e: any) => e.node.name);
    expect(await namesIn()).toContain(`${person.name} (another)`);
    expect(await namesIn()).not.toContain(person.name);

    expect(await reextractAll()).toBe(5);
    expect(await namesIn()).toContain(`${person.name} (another)`);
    expect(await namesIn()).not.toContain(person.name);
    expect(namesake).toBeGreaterThan(0);

    const { body: reverted } = await api.gql(revertMutation, { id: await lastCorrectionId() }, asEditor('bob'));
    expect(reverted.errors).toBeUndefined();
    expect(await namesIn()).toContain(person.name);
    // The namesake, mentioned nowhere now, is gone: the people are the extractor's again.
    expect((await extractionSnapshot(api)).people).toEqual(extractor.people);
  });

  it('keeps a correction whose quote is gone and reports it as orphaned', async () => {
    const [quote] = await sampleQuotes(api);
    const c = await correct('setQuoteKind', { quote: quote.id, kind: 'PARTIAL', reason: 'a fragment' });
    expect(c.orphaned).toBe(false);
    const { body: article } = await api.gql('query($id: ID!) { node(id: $id) { ... on Quote { article { id } } } }', {
      id: quote.id,
    });
    const { body: deleted } = await api.gql(
      'mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }',
      { id: article.data.node.article.id },
      asAdmin,
    );
    expect(deleted.errors).toBeUndefined();
    expect(await reextractAll()).toBe(4);
    const { body } = await api.gql(
      'query($id: ID) { corrections(where: { target: $id }) { totalCount edges { node { id orphaned revertedAt } } } }',
      { id: quote.id },
    );
    expect(body.data.corrections).toEqual({
      totalCount: 1,
      edges: [{ node: { id: c.id, orphaned: true, revertedAt: null } }],
    });
  });
});
