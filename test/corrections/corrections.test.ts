import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, type TestServer } from '../helpers/server.js';
import {
  asEditor,
  dumpDatabase,
  generationOf,
  mergeMutation,
  revertMutation,
  samplePeople,
  sampleQuotes,
  setSpeakerMutation,
  speakerQuery,
  startEditingServer,
} from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startEditingServer();
});
afterAll(() => api.close());

const reextractAll = () => api.gql('mutation { reextractArticles(first: 100) { count hasNextPage } }', {}, asAdmin);

async function cachedGet(query: string, variables: Record<string, unknown>) {
  const url = `${api.url}/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const response = await fetch(url);
  return { cache: response.headers.get('x-cache'), body: (await response.json()) as any };
}

describe('editing over the samples', () => {
  let quote: Awaited<ReturnType<typeof sampleQuotes>>[number];
  let extractorSpeaker: string | null;
  let newSpeaker: { id: string; name: string };
  let into: Awaited<ReturnType<typeof samplePeople>>[number];
  let from: Awaited<ReturnType<typeof samplePeople>>[number];
  let speakerCorrection: string;
  let mergeCorrection: string;
  let newArticleQuotes = 0;

  it('refuses a correction without a token, or with a wrong one, and leaves the database as it was', async () => {
    const [first] = await sampleQuotes(api);
    const [person] = await samplePeople(api);
    const before = await dumpDatabase(api);
    const input = { quote: first.id, speaker: person.id, reason: 'no right to' };
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-a-token' },
      { authorization: 'Bearer alice-editor-token-000' },
    ];
    for (const headers of refused) {
      const { body } = await api.gql(setSpeakerMutation, { input }, headers);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const merge = await api.gql(
        mergeMutation,
        { input: { into: person.id, from: first.speaker?.id ?? person.id, reason: 'x' } },
        headers,
      );
      expect(merge.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // An editor's token is not the admin's: re-extraction stays the admin's.
    const { body } = await api.gql('mutation { reextractArticles(first: 1) { count } }', {}, asEditor('alice'));
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dumpDatabase(api)).toBe(before);
  });

  it('refuses a correction with no reason or an unknown target, and writes nothing', async () => {
    const [first] = await sampleQuotes(api);
    const [person] = await samplePeople(api);
    const before = await dumpDatabase(api);
    const empty = await api.gql(
      setSpeakerMutation,
      { input: { quote: first.id, speaker: person.id, reason: '  ' } },
      asEditor('alice'),
    );
    expect(empty.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const self = await api.gql(
      mergeMutation,
      { input: { into: person.id, from: person.id, reason: 'same' } },
      asEditor('alice'),
    );
    expect(self.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(
      setSpeakerMutation,
      { input: { quote: first.id, speaker: Buffer.from('Person:99999').toString('base64url'), reason: 'who?' } },
      asEditor('alice'),
    );
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await dumpDatabase(api)).toBe(before);
  });

  it("corrects a quote's speaker: listed with editor, reason and time, and shown by a cached GET at once", async () => {
    const quotes = await sampleQuotes(api);
    quote = quotes.find((q) => q.speaker)!;
    extractorSpeaker = quote.speaker!.id;
    const people = await samplePeople(api);
    newSpeaker = people.find((p) => p.id !== extractorSpeaker)!;

    // Cached before the correction: a second GET is a hit.
    await cachedGet(speakerQuery, { id: quote.id });
    const hit = await cachedGet(speakerQuery, { id: quote.id });
    expect(hit.cache).toBe('HIT');
    expect(hit.body.data.node.speaker.id).toBe(extractorSpeaker);

    const generation = await generationOf(api);
    const startedAt = Date.now();
    const { body } = await api.gql(
      setSpeakerMutation,
      { input: { quote: quote.id, speaker: newSpeaker.id, reason: 'The recording has them saying it.' } },
      asEditor('alice'),
    );
    expect(body.errors).toBeUndefined();
    const { correction } = body.data.setQuoteSpeaker;
    speakerCorrection = correction.id;
    expect(body.data.setQuoteSpeaker.quote.speaker.id).toBe(newSpeaker.id);
    expect(correction).toMatchObject({
      kind: 'SET_QUOTE_SPEAKER',
      editor: 'alice',
      reason: 'The recording has them saying it.',
      revertedAt: null,
      target: quote.id,
      orphaned: false,
    });
    expect(Date.parse(correction.createdAt)).toBeGreaterThanOrEqual(startedAt - 1000);
    // The correction bumped the data generation in its own batch, which every cached answer is keyed on.
    expect(await generationOf(api)).toBeGreaterThan(generation);
    const after = await cachedGet(speakerQuery, { id: quote.id });
    expect(after.cache).not.toBe('HIT');
    expect(after.body.data.node.speaker.id).toBe(newSpeaker.id);
    expect(after.body.data.node.corrections).toEqual([
      expect.objectContaining({ kind: 'SET_QUOTE_SPEAKER', editor: 'alice', orphaned: false }),
    ]);
  });

  it('merges two people: quotes and mentions move, the old ID says where it went', async () => {
    const people = await samplePeople(api);
    [into, from] = people.filter((p) => p.id !== newSpeaker.id && p.quoteCount > 0);
    const { body } = await api.gql(
      mergeMutation,
      { input: { into: into.id, from: from.id, reason: 'One person, two spellings.' } },
      asEditor('bob'),
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const { person, correction } = body.data.mergePeople;
    mergeCorrection = correction.id;
    expect(correction).toMatchObject({
      kind: 'MERGE_PEOPLE',
      editor: 'bob',
      reason: 'One person, two spellings.',
      target: into.id,
    });
    expect(person.id).toBe(into.id);
    expect(person.quoteCount).toBe(into.quoteCount + from.quoteCount);
    expect(person.aliases).toContain(from.name);

    const moved = await api.gql(
      `query($id: ID) { person(id: $id) { id } mergedPerson(id: $id) { fromSlug person { id } correction { id } } }`,
      { id: from.id },
    );
    expect(moved.body.data.person).toBeNull();
    expect(moved.body.data.mergedPerson).toEqual({
      fromSlug: from.slug,
      person: { id: into.id },
      correction: { id: mergeCorrection },
    });
    const bySlug = await api.gql('query($s: String) { mergedPerson(slug: $s) { person { id } } }', { s: from.slug });
    expect(bySlug.body.data.mergedPerson.person.id).toBe(into.id);
  });

  it('lists corrections newest first, filtered by kind, editor and target', async () => {
    const list = `query($where: CorrectionFilter) { corrections(first: 10, where: $where) { totalCount edges { node { id kind editor reason createdAt } } } }`;
    const all = await api.gql(list, {});
    expect(all.body.data.corrections.edges.map((e: any) => e.node.id)).toEqual([mergeCorrection, speakerCorrection]);
    const bob = await api.gql(list, { where: { editor: 'bob' } });
    expect(bob.body.data.corrections.edges.map((e: any) => e.node.kind)).toEqual(['MERGE_PEOPLE']);
    const speakers = await api.gql(list, { where: { kind: 'SET_QUOTE_SPEAKER', target: quote.id } });
    expect(speakers.body.data.corrections.totalCount).toBe(1);
    const onInto = await api.gql('query($id: ID) { person(id: $id) { corrections { id } } }', { id: into.id });
    expect(onInto.body.data.person.corrections).toEqual([{ id: mergeCorrection }]);
  });

  it('keeps both corrections, and every other ID, through a re-extraction of every article', async () => {
    const quotesBefore = await sampleQuotes(api);
    const peopleBefore = await samplePeople(api);
    const { body } = await reextractAll();
    expect(body.errors).toBeUndefined();
    expect(body.data.reextractArticles).toEqual({ count: 5, hasNextPage: false });
    expect(await sampleQuotes(api)).toEqual(quotesBefore);
    expect(await samplePeople(api)).toEqual(peopleBefore);
    const corrected = await api.gql(speakerQuery, { id: quote.id });
    expect(corrected.body.data.node.speaker.id).toBe(newSpeaker.id);
    const gone = await api.gql('query($id: ID) { person(id: $id) { id } }', { id: from.id });
    expect(gone.body.data.person).toBeNull();
  });

  it('applies a merge to a new article that names the merged-away person', async () => {
    const text = `Officials met on Tuesday\n\n${from.name} told reporters that the talks "went further than anyone expected" and would go on.\n\nThe meeting ended late.`;
    const { body } = await api.gql(
      'mutation($t: String!) { ingestArticle(input: { text: $t, source: "Test Wire" }) { article { people(first: 10) { edges { node { id name } } } quotes { edges { node { speaker { ... on Person { id } } } } } } } }',
      { t: text },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    const people = body.data.ingestArticle.article.people.edges.map((e: any) => e.node.id);
    expect(people).toContain(into.id);
    expect(people).not.toContain(from.id);
    newArticleQuotes = body.data.ingestArticle.article.quotes.edges.filter(
      (e: any) => e.node.speaker?.id === into.id,
    ).length;
    expect(newArticleQuotes).toBe(1);
  });

  it("reverting restores the extractor's answer: the speaker, and the merged-away person with their ID", async () => {
    const speaker = await api.gql(revertMutation, { id: speakerCorrection }, asEditor('bob'));
    expect(speaker.body.errors).toBeUndefined();
    expect(speaker.body.data.revertCorrection.correction.revertedAt).toEqual(expect.any(String));
    const restored = await api.gql(speakerQuery, { id: quote.id });
    expect(restored.body.data.node.speaker.id).toBe(extractorSpeaker);
    expect(restored.body.data.node.corrections[0].revertedAt).toEqual(expect.any(String));

    const merge = await api.gql(revertMutation, { id: mergeCorrection }, asEditor('alice'));
    expect(merge.body.errors).toBeUndefined();
    const back = await api.gql(
      'query($id: ID) { person(id: $id) { id name quoteCount } mergedPerson(id: $id) { fromSlug } }',
      {
        id: from.id,
      },
    );
    // The new article's quote is theirs again too.
    expect(back.body.data.person).toEqual({
      id: from.id,
      name: from.name,
      quoteCount: from.quoteCount + newArticleQuotes,
    });
    expect(back.body.data.mergedPerson).toBeNull();
    const survivor = await api.gql('query($id: ID) { person(id: $id) { quoteCount aliases } }', { id: into.id });
    expect(survivor.body.data.person.quoteCount).toBe(into.quoteCount);
    expect(survivor.body.data.person.aliases).not.toContain(from.name);

    const again = await api.gql(revertMutation, { id: mergeCorrection }, asEditor('alice'));
    expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
