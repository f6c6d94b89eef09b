// Corrections and re-extraction inside workerd against D1: the statements src/corrections builds
// (upserts from selects, redirects, re-written articles) are D1's SQL too, in D1's batches.
import { describe, expect, it } from 'vitest';
import { asAdmin, gql } from './helpers.js';

const speakerOf = `query($id: ID!) { node(id: $id) { ... on Quote { speaker { ... on Person { id } } corrections { editor revertedAt } } } }`;

async function reextractAll() {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const { body } = await gql(
      'mutation($after: String) { reextractArticles(first: 2, after: $after) { count endCursor hasNextPage } }',
      { after },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    count += body.data.reextractArticles.count;
    if (!body.data.reextractArticles.hasNextPage) return count;
    after = body.data.reextractArticles.endCursor;
  }
}

describe('corrections on the Worker', () => {
  it('keeps a speaker correction made with the admin token through re-extraction in batches, and reverts it', async () => {
    const { body } = await gql(`{ quotes(first: 100) { edges { node { id speaker { ... on Person { id } } } } }
      people(first: 2, orderBy: MOST_QUOTED) { edges { node { id } } } }`);
    const quote = body.data.quotes.edges.map((e: any) => e.node).find((q: any) => q.speaker);
    const speaker = body.data.people.edges.map((e: any) => e.node.id).find((id: string) => id !== quote.speaker.id);

    const unauthorised = await gql(
      'mutation($i: SetQuoteSpeakerInput!) { setQuoteSpeaker(input: $i) { correction { id } } }',
      { i: { quote: quote.id, speaker, reason: 'no token' } },
    );
    expect(unauthorised.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const made = await gql(
      'mutation($i: SetQuoteSpeakerInput!) { setQuoteSpeaker(input: $i) { correction { id editor } } }',
      { i: { quote: quote.id, speaker, reason: 'checked with the outlet' } },
      asAdmin,
    );
    expect(made.body.errors).toBeUndefined();
    expect(made.body.data.setQuoteSpeaker.correction.editor).toBe('admin');

    expect(await reextractAll()).toBeGreaterThanOrEqual(5);
    const kept = await gql(speakerOf, { id: quote.id });
    expect(kept.body.data.node.speaker.id).toBe(speaker);

    const reverted = await gql(
      'mutation($id: ID!) { revertCorrection(id: $id) { correction { revertedAt } } }',
      { id: made.body.data.setQuoteSpeaker.correction.id },
      asAdmin,
    );
    expect(reverted.body.errors).toBeUndefined();
    const restored = await gql(speakerOf, { id: quote.id });
    expect(restored.body.data.node.speaker.id).toBe(quote.speaker.id);
    expect(restored.body.data.node.corrections).toEqual([{ editor: 'admin', revertedAt: expect.any(String) }]);
  });

  it('merges two people and brings the merged-away one back with their ID on revert', async () => {
    const { body } = await gql('{ people(first: 2, orderBy: MOST_QUOTED) { edges { node { id quoteCount } } } }');
    const [into, from] = body.data.people.edges.map((e: any) => e.node);
    const merged = await gql(
      'mutation($i: MergePeopleInput!) { mergePeople(input: $i) { person { quoteCount } correction { id } } }',
      { i: { into: into.id, from: from.id, reason: 'one person' } },
      asAdmin,
    );
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data.mergePeople.person.quoteCount).toBe(into.quoteCount + from.quoteCount);
    const moved = await gql('query($id: ID) { mergedPerson(id: $id) { person { id } } }', { id: from.id });
    expect(moved.body.data.mergedPerson.person.id).toBe(into.id);

    const reverted = await gql(
      'mutation($id: ID!) { revertCorrection(id: $id) { correction { revertedAt } } }',
      { id: merged.body.data.mergePeople.correction.id },
      asAdmin,
    );
    expect(reverted.body.errors).toBeUndefined();
    const back = await gql(
      'query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Person { quoteCount } } b: node(id: $b) { ... on Person { quoteCount } } }',
      {
        a: into.id,
        b: from.id,
      },
    );
    expect(back.body.data).toEqual({ a: { quoteCount: into.quoteCount }, b: { quoteCount: from.quoteCount } });
  });

  it('splits a person off in one article into a new person, and reverts it', async () => {
    const { body } = await gql(
      '{ people(first: 50, orderBy: MOST_QUOTED) { edges { node { id name articles(first: 5) { totalCount edges { node { id } } } } } } }',
    );
    const person = body.data.people.edges.map((e: any) => e.node).find((p: any) => p.articles.totalCount >= 2);
    const split = await gql(
      'mutation($i: SplitPersonInput!) { splitPerson(input: $i) { person { articles { totalCount } } correction { id after } } }',
      {
        i: {
          person: person.id,
          articles: [person.articles.edges[0].node.id],
          name: 'A Namesake',
          reason: 'someone else',
        },
      },
      asAdmin,
    );
    expect(split.body.errors).toBeUndefined();
    expect(split.body.data.splitPerson.person.articles.totalCount).toBe(person.articles.totalCount - 1);
    const reverted = await gql(
      'mutation($id: ID!) { revertCorrection(id: $id) { correction { revertedAt } } }',
      { id: split.body.data.splitPerson.correction.id },
      asAdmin,
    );
    expect(reverted.body.errors).toBeUndefined();
    const back = await gql('query($id: ID!) { node(id: $id) { ... on Person { articles { totalCount } } } }', {
      id: person.id,
    });
    expect(back.body.data.node.articles.totalCount).toBe(person.articles.totalCount);
  });
});
