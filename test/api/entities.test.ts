import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const personFields = `
  id slug name aliases descriptions mentionCount
  affiliations { role organisation { id name kind } }
  quotes(first: 30) { totalCount edges { node { id text kind cue speakerText paragraph article { id paragraphs } } } }
  articles(first: 10) { totalCount edges { node { id title } } }`;

describe('people, organisations and quotes over the samples', () => {
  it('resolves one Park Sun-won across outlets, with the other spelling as an alias', async () => {
    const { body } = await api.gql(
      `{ people(where: { name: "park" }, first: 3) { totalCount edges { node { ${personFields} } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const parks = body.data.people.edges.map((e: any) => e.node).filter((p: any) => /^Park Sun-?won$/i.test(p.name));
    expect(parks).toHaveLength(1);
    const park = parks[0];
    expect(park.articles.totalCount).toBeGreaterThanOrEqual(3);
    expect([park.name, ...park.aliases]).toEqual(expect.arrayContaining(['Park Sun-won']));
    expect(park.quotes.totalCount).toBeGreaterThan(0);
  });

  it('serves a person by slug with consistent quotes: each quote is in its article, at its paragraph', async () => {
    const { body: list } = await api.gql(
      '{ people(orderBy: MOST_QUOTED, first: 3) { edges { node { slug quoteCount } } } }',
    );
    const top = list.data.people.edges.map((e: any) => e.node);
    expect(top[0].quoteCount).toBeGreaterThanOrEqual(top[1].quoteCount);
    const { body } = await api.gql(`query($slug: String) { person(slug: $slug) { ${personFields} } }`, {
      slug: top[0].slug,
    });
    const person = body.data.person;
    expect(person.quotes.totalCount).toBe(top[0].quoteCount);
    for (const { node: quote } of person.quotes.edges) {
      expect(['DIRECT', 'PARTIAL', 'INDIRECT']).toContain(quote.kind);
      const paragraph: string = quote.article.paragraphs[quote.paragraph];
      expect(paragraph, quote.text).toBeDefined();
      const firstWords = quote.text.split('\n')[0].slice(0, 25);
      expect(paragraph.includes(firstWords), `${firstWords} in ${paragraph}`).toBe(true);
    }
  });

  it('ties the NIS acronym to its full name, as a government agency mentioned across articles', async () => {
    const { body } = await api.gql(`{ organisations(where: { name: "NIS" }) { edges { node {
      name acronym kind aliases mentionCount articles { totalCount } quotes { totalCount } people { totalCount } } } } }`);
    const nis = body.data.organisations.edges.map((e: any) => e.node).filter((o: any) => o.acronym === 'NIS');
    expect(nis).toHaveLength(1);
    expect(nis[0].name).toBe('National Intelligence Service');
    expect(nis[0].kind).toBe('GOVERNMENT_AGENCY');
    expect(nis[0].articles.totalCount).toBeGreaterThanOrEqual(3);
    expect(nis[0].mentionCount).toBeGreaterThanOrEqual(nis[0].articles.totalCount);
    expect(nis[0].quotes.totalCount).toBeGreaterThan(0);
  });

  it('never makes a country or city a person', async () => {
    const { body } = await api.gql('{ people(first: 100) { totalCount edges { node { name } } } }');
    const names = body.data.people.edges.map((e: any) => e.node.name);
    expect(names.length).toBeGreaterThan(5);
    for (const place of [
      'Seoul',
      'Russia',
      'North Korea',
      'South Korea',
      'Ukraine',
      'Moscow',
      'Pyongyang',
      'Washington',
      'Kursk',
    ]) {
      expect(names).not.toContain(place);
    }
  });

  it('gives every quote an article and a speaker that is a Person or an Organisation, in reading order', async () => {
    const { body } =
      await api.gql(`{ articles(first: 5) { edges { node { id paragraphs quotes(first: 40) { totalCount edges { node {
      paragraph speaker { __typename ... on Person { name } ... on Organisation { name } } article { id } } } } } } } }`);
    let total = 0;
    for (const { node: article } of body.data.articles.edges) {
      const paragraphs = article.quotes.edges.map((e: any) => e.node.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
      for (const { node: quote } of article.quotes.edges) {
        expect(quote.article.id).toBe(article.id);
        expect(quote.paragraph).toBeLessThan(article.paragraphs.length);
        if (quote.speaker) expect(['Person', 'Organisation']).toContain(quote.speaker.__typename);
      }
      total += article.quotes.totalCount;
    }
    expect(total).toBeGreaterThan(30);
  });

  it('links the same quoted words across articles both ways (alsoIn)', async () => {
    const { body } = await api.gql(
      '{ quotes(first: 60) { totalCount edges { node { id article { id } alsoIn { id article { id } } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const quotes = new Map<string, any>(body.data.quotes.edges.map((e: any) => [e.node.id, e.node]));
    const linked = [...quotes.values()].filter((q) => q.alsoIn.length > 0);
    for (const quote of linked) {
      for (const other of quote.alsoIn) {
        expect(other.article.id).not.toBe(quote.article.id);
        const back = quotes.get(other.id);
        if (back) expect(back.alsoIn.map((q: any) => q.id)).toContain(quote.id);
      }
    }
  });
});
