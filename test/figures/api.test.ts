import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuery } from '../../src/http/example-query.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { deleteArticle, ingestAll } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const speaker = '__typename ... on Person { id name } ... on Organisation { id name acronym }';
const figureFields = `id subject unit articleCount claimCount disputed
  values { value low claimCount sources { ${speaker} } firstReportedIn { id title }
    claims { id value text article { id } } }`;

const names = (speakers: { name: string; acronym?: string }[]) => speakers.map((s) => s.acronym ?? s.name);

async function troopFigures() {
  const { body } = await api.gql(
    `{ figures(first: 5, where: { search: "troops" }) { totalCount edges { node { ${figureFields} } } } }`,
  );
  expect(body.errors).toBeUndefined();
  return body.data.figures.edges.map((e: any) => e.node);
}

describe('figures over the samples', () => {
  it('gives the troop Figure with the values 1,500, 3,000, 10,000 and 12,000, each with its sources', async () => {
    const figures = await troopFigures();
    const troops = figures.find((f: any) => f.subject === 'North Korea: troops');
    expect(troops).toBeDefined();
    expect(troops.disputed).toBe(true);
    expect(troops.articleCount).toBe(5);
    const byValue = new Map(troops.values.map((v: any) => [v.value, v]));
    expect([...byValue.keys()]).toEqual([1500, 3000, 10000, 12000]);
    const sourcesOf = (value: number) => names((byValue.get(value) as any).sources);
    expect(sourcesOf(1500)).toEqual(expect.arrayContaining(['NIS', 'Cho Tae-yong']));
    expect(sourcesOf(3000)).toEqual(expect.arrayContaining(['NIS', 'Park Sun-won', 'White House', 'Cho Tae-yong']));
    expect(sourcesOf(10000)).toEqual(expect.arrayContaining(['NIS', 'Park Sun-won']));
    expect(sourcesOf(10000).some((n) => /^Volodymyr Zelensky/.test(n))).toBe(true);
    expect(sourcesOf(12000)).toEqual(['NIS']);
    // every value's first article is one of the articles its claims are in
    for (const value of troops.values) {
      expect(value.claims.length).toBeGreaterThan(0);
      for (const claim of value.claims) expect(claim.value).toBe(value.value);
      expect(value.claims.map((c: any) => c.article.id)).toContain(value.firstReportedIn.id);
    }
  });

  it("keeps the army's 1.2 million in another Figure, and the $2,000 a month sourced to the NIS in a third", async () => {
    const figures = await troopFigures();
    const army = figures.find((f: any) => f.values.some((v: any) => v.value === 1_200_000));
    expect(army.subject).toBe('North Korea: troops (total strength)');
    expect(army.values.map((v: any) => v.value)).toEqual([1_200_000]);
    expect(army.disputed).toBe(false);
    const { body } = await api.gql(`{ claims(where: { unit: "USD per month" }) { edges { node {
      text value qualifier unit attributedTo { ${speaker} } figure { id subject } } } } }`);
    const [pay] = body.data.claims.edges.map((e: any) => e.node);
    expect(pay).toMatchObject({ value: 2000, qualifier: 'ABOUT', unit: 'USD per month' });
    expect(names(pay.attributedTo)).toEqual(['NIS']);
    expect(pay.figure.id).not.toBe(army.id);
  });

  it('has no year, date or time among the claims', async () => {
    const { body } = await api.gql('{ claims(first: 100) { totalCount edges { node { text value } } } }');
    const claims = body.data.claims.edges.map((e: any) => e.node);
    expect(body.data.claims.totalCount).toBe(claims.length);
    expect(claims.length).toBeGreaterThan(25);
    for (const claim of claims) {
      // a year is four digits without a thousands separator ("$2,000" is money)
      expect(claim.text).not.toMatch(/(?<![\d,.])(?:19|20)\d\d(?![\d,])/);
      expect(claim.text).not.toMatch(/October|Oct|\d:\d/);
    }
  });

  it('lists an article’s claims in reading order, each in its paragraph, inside its quote when it has one', async () => {
    const { body } = await api.gql(`{ articles(first: 5) { edges { node { paragraphs
      claims(first: 50) { totalCount edges { node { text sentence paragraph quote { text } } } } } } } }`);
    let inQuotes = 0;
    for (const { node: article } of body.data.articles.edges) {
      const claims = article.claims.edges.map((e: any) => e.node);
      expect(claims.length).toBe(article.claims.totalCount);
      const paragraphs = claims.map((c: any) => c.paragraph);
      expect(paragraphs).toEqual([...paragraphs].sort((a: number, b: number) => a - b));
      for (const claim of claims) {
        expect(article.paragraphs[claim.paragraph]).toContain(claim.text);
        expect(claim.sentence).toContain(claim.text);
        if (claim.quote) {
          inQuotes++;
          expect(article.paragraphs[claim.paragraph]).toContain(claim.quote.text.split('\n')[0].slice(0, 20));
        }
      }
    }
    expect(inQuotes).toBeGreaterThan(5);
  });

  it('gives a person and an organisation the claims they are named as sources of, and filters claims by source', async () => {
    const { body } = await api.gql(`{ organisations(first: 3, where: { name: "NIS" }) { edges { node { id acronym
      claims(first: 50) { totalCount edges { node { text attributedTo { ${speaker} } } } } } } }
      people(first: 3, where: { name: "Park Sun-won" }) { edges { node { id name claims { totalCount } } } } }`);
    expect(body.errors).toBeUndefined();
    const nis = body.data.organisations.edges.map((e: any) => e.node).find((o: any) => o.acronym === 'NIS');
    expect(nis.claims.totalCount).toBeGreaterThanOrEqual(8);
    for (const { node } of nis.claims.edges) expect(names(node.attributedTo)).toContain('NIS');
    const park = body.data.people.edges.map((e: any) => e.node).find((p: any) => p.name === 'Park Sun-won');
    expect(park.claims.totalCount).toBeGreaterThanOrEqual(4);
    const { body: filtered } = await api.gql(
      'query($id: ID) { claims(first: 1, where: { source: $id }) { totalCount } }',
      {
        id: nis.id,
      },
    );
    expect(filtered.data.claims.totalCount).toBe(nis.claims.totalCount);
  });

  it('filters Figures by disputed and claims by figure and search, and pages a Figure’s claims', async () => {
    const troops = (await troopFigures()).find((f: any) => f.subject === 'North Korea: troops');
    const { body } = await api.gql(
      `query($id: ID, $figure: ID!) {
        undisputed: figures(first: 50, where: { disputed: false }) { edges { node { id disputed } } }
        disputed: figures(first: 50, where: { disputed: true }) { edges { node { id disputed } } }
        ofFigure: claims(first: 2, where: { figure: $id }) { totalCount }
        searched: claims(first: 50, where: { search: "brigades" }) { edges { node { text } } }
        figure: node(id: $figure) { ... on Figure { claims(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }
      }`,
      { id: troops.id, figure: troops.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.undisputed.edges.every((e: any) => !e.node.disputed)).toBe(true);
    expect(body.data.disputed.edges.map((e: any) => e.node.id)).toContain(troops.id);
    expect(body.data.undisputed.edges.map((e: any) => e.node.id)).not.toContain(troops.id);
    expect(body.data.ofFigure.totalCount).toBe(troops.claimCount);
    expect(body.data.searched.edges.length).toBeGreaterThan(0);
    const page = body.data.figure.claims;
    expect(page.totalCount).toBe(troops.claimCount);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const { body: next } = await api.gql(
      'query($id: ID!, $after: String) { node(id: $id) { ... on Figure { claims(first: 3, after: $after) { edges { node { id } } } } } }',
      { id: troops.id, after: page.pageInfo.endCursor },
    );
    const firstIds = page.edges.map((e: any) => e.node.id);
    for (const { node } of next.data.node.claims.edges) expect(firstIds).not.toContain(node.id);
  });

  it("answers GraphiQL's example with the troop Figure and its sources", async () => {
    const { body } = await api.gql(exampleQuery);
    expect(body.errors).toBeUndefined();
    const subjects = body.data.figures.nodes.map((e: any) => e.node.subject);
    expect(subjects).toContain('North Korea: troops');
    const troops = body.data.figures.nodes.find((e: any) => e.node.subject === 'North Korea: troops').node;
    expect(troops.values.every((v: any) => v.sources.length > 0 && v.firstReportedIn)).toBe(true);
  });

  it('rejects an ID of the wrong type with BAD_USER_INPUT', async () => {
    const { body: figures } = await api.gql('{ articles(first: 1) { edges { node { id } } } }');
    const articleId = figures.data.articles.edges[0].node.id;
    const { body } = await api.gql('query($id: ID) { claims(where: { figure: $id }) { totalCount } }', {
      id: articleId,
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { body: bad } = await api.gql('{ claims(where: { source: "nonsense" }) { totalCount } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Figures as articles arrive and go', () => {
  const first = `Storm toll rises

LISBON (AFP) - At least 40 people were killed by the storm in Portugal, the civil protection agency ANEPC said on Monday. "We counted 40 dead and we expect more," said ANEPC chief Rui Lopes.`;
  const second = `Portugal storm toll climbs again

LISBON (Reuters) - The storm in Portugal killed 52 people, ANEPC said on Tuesday.`;

  it('groups claims of two articles into one Figure and removes each value with its last article', async () => {
    const fresh = await startTestServer({ seed: false });
    try {
      const storm = async () => {
        const { body } = await fresh.gql(
          '{ figures(where: { search: "killed" }) { edges { node { id subject articleCount values { value sources { ... on Organisation { name } ... on Person { name } } } } } } }',
        );
        return body.data.figures.edges.map((e: any) => e.node);
      };
      const [a, b] = await ingestAll(fresh, [{ text: first }, { text: second }]);
      const [figure] = await storm();
      expect(figure.subject).toBe('Portugal: people killed');
      expect(figure.articleCount).toBe(2);
      expect(figure.values.map((v: any) => v.value)).toEqual([40, 52]);
      expect(figure.values[1].sources.map((s: any) => s.name)).toEqual(['ANEPC']);

      await deleteArticle(fresh, b);
      const [after] = await storm();
      expect(after.id).toBe(figure.id);
      expect(after.articleCount).toBe(1);
      expect(after.values.map((v: any) => v.value)).toEqual([40]);
      await deleteArticle(fresh, a);
      expect(await storm()).toEqual([]);
      const { body } = await fresh.gql('{ claims { totalCount } figures { totalCount } }');
      expect(body.data).toEqual({ claims: { totalCount: 0 }, figures: { totalCount: 0 } });
    } finally {
      await fresh.close();
    }
  });
});

describe('Quote.firstReported', () => {
  const quote =
    '"We will not send troops anywhere without the consent of parliament," Defence Minister Ana Costa said.';
  const early = { text: `Costa rules out deployment\n\nLISBON - ${quote}`, publishedAt: '2024-03-01T10:00:00Z' };
  const late = {
    text: `Minister repeats pledge\n\nPORTO - Asked again on Friday, she was firm. ${quote}`,
    publishedAt: '2024-03-08T10:00:00Z',
  };

  it.each([
    ['the earliest first', [early, late]],
    ['the earliest last', [late, early]],
  ])('is the quote in the earliest article when ingested with %s', async (_label, order) => {
    const fresh = await startTestServer({ seed: false });
    try {
      await ingestAll(fresh, order);
      const { body } = await fresh.gql(
        '{ quotes(first: 10) { edges { node { id article { publishedAt } alsoIn { id } firstReported { id article { publishedAt } } } } } }',
      );
      const quotes = body.data.quotes.edges.map((e: any) => e.node);
      expect(quotes).toHaveLength(2);
      for (const q of quotes) {
        expect(q.alsoIn).toHaveLength(1);
        expect(q.firstReported.article.publishedAt).toBe('2024-03-01T10:00:00.000Z');
      }
    } finally {
      await fresh.close();
    }
  });
});
