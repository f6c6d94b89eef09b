import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/server.js';

// Over the bundled samples: five articles, of which two name no outlet.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const data = (...args: Parameters<ReturnType<typeof dataOf>>) => dataOf(api)(...args);

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('Person.quotedBy and Person.coverage', () => {
  it('count every quote, those in articles of unknown outlet under outlet null', async () => {
    const { people } = await data(`{ people(first: 30) { edges { node { name quoteCount
      articles { totalCount }
      quotedBy { outlet { name } quoteCount articleCount }
      coverage { outlet { name } quoteCount articleCount } } } } }`);
    const quoted = people.edges.map((e: any) => e.node).filter((p: any) => p.quoteCount > 0);
    expect(quoted.length).toBeGreaterThan(5);
    for (const person of quoted) {
      expect(sum(person.quotedBy.map((c: any) => c.quoteCount)), person.name).toBe(person.quoteCount);
      expect(sum(person.coverage.map((c: any) => c.quoteCount)), person.name).toBe(person.quoteCount);
      expect(sum(person.coverage.map((c: any) => c.articleCount)), person.name).toBe(person.articles.totalCount);
      expect(person.quotedBy.filter((c: any) => c.outlet === null).length).toBeLessThanOrEqual(1);
    }
    const austin = quoted.find((p: any) => p.name === 'Lloyd Austin');
    expect(austin.quoteCount).toBe(7);
    expect(austin.quotedBy.some((c: any) => c.outlet === null)).toBe(true);
  });
});

describe('people of an organisation', () => {
  it('lists each person once, with every role on their one affiliation', async () => {
    const { organisations } = await data(`{ organisations(first: 30) { edges { node { id name
      people(first: 10) { totalCount edges { node { id name affiliations { organisation { id } role roles } } } } } } } }`);
    let withTwoRoles = 0;
    for (const { node: organisation } of organisations.edges) {
      const ids = organisation.people.edges.map((e: any) => e.node.id);
      expect(new Set(ids).size, organisation.name).toBe(ids.length);
      expect(organisation.people.totalCount, organisation.name).toBe(ids.length);
      const { people } = await data(
        `query($id: ID) { people(where: { organisation: $id }, first: 50) { totalCount } }`,
        {
          id: organisation.id,
        },
      );
      expect(people.totalCount, organisation.name).toBe(ids.length);
      for (const { node: person } of organisation.people.edges) {
        const here = person.affiliations.filter((a: any) => a.organisation.id === organisation.id);
        expect(here, `${person.name} at ${organisation.name}`).toHaveLength(1);
        expect(here[0].roles[0] ?? null).toBe(here[0].role);
        if (here[0].roles.length > 1) withTwoRoles++;
      }
    }
    // Cho Tae-yong, "NIS chief" and "National Intelligence Service (NIS) Director".
    expect(withTwoRoles).toBeGreaterThan(0);
  });
});

describe('Person.descriptions', () => {
  it('gives each description once, whatever its case, in its fullest form', async () => {
    const { people } = await data('{ people(first: 30) { edges { node { name descriptions } } } }');
    const of = (name: string) => people.edges.find((e: any) => e.node.name === name).node.descriptions;
    expect(of('Lee Seong Kweun')).toEqual(['Lawmaker']);
    expect(of('Volodymyr Zelenskyy')).toEqual(['Ukrainian President']);
    expect(of('Park Sun-won')).toContain('Rep.');
    expect(of('Park Sun-won')).not.toContain('Rep');
    for (const { node } of people.edges) {
      const folded = node.descriptions.map((d: string) => d.toLowerCase().replace(/\.$/, ''));
      expect(new Set(folded).size, node.name).toBe(folded.length);
    }
  });

  it('folds descriptions stored from different articles alike', async () => {
    const [row] = (
      await api.db.$client.execute("insert into people (slug, name) values ('ada-fold', 'Ada Fold') returning id")
    ).rows;
    for (const description of ['President', 'Sen', 'sen.', 'ukrainian president', 'a Senator', 'Ukrainian President'])
      await api.db.$client.execute({
        sql: 'insert into person_descriptions (person_id, description) values (?, ?)',
        args: [row.id, description],
      });
    const { person } = await data('{ person(slug: "ada-fold") { descriptions } }');
    expect(person.descriptions.map((d: string) => d.toLowerCase()).sort()).toEqual([
      'a senator',
      'sen.',
      'ukrainian president',
    ]);
  });
});
