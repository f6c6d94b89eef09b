import { isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

/**
 * The types the public contract (shared API.md) gives each field, where it says a value is always
 * there (`!`). The printed schema must promise the same, so a typed client need not check for null.
 */
const contract: Record<string, Record<string, string>> = {
  Query: {
    nodes: '[Node]!',
    articles: 'ArticleConnection!',
    people: 'PersonConnection!',
    organisations: 'OrganisationConnection!',
    quotes: 'QuoteConnection!',
    search: 'SearchResultConnection!',
  },
  Article: {
    id: 'ID!',
    slug: 'String!',
    title: 'String!',
    body: 'String!',
    paragraphs: '[String!]!',
    wordCount: 'Int!',
    people: 'PersonConnection!',
    organisations: 'OrganisationConnection!',
    quotes: 'QuoteConnection!',
  },
  Person: {
    id: 'ID!',
    slug: 'String!',
    name: 'String!',
    aliases: '[String!]!',
    descriptions: '[String!]!',
    affiliations: '[Affiliation!]!',
    mentionCount: 'Int!',
    quotes: 'QuoteConnection!',
    articles: 'ArticleConnection!',
  },
  Organisation: {
    id: 'ID!',
    slug: 'String!',
    name: 'String!',
    aliases: '[String!]!',
    kind: 'OrganisationKind!',
    mentionCount: 'Int!',
    people: 'PersonConnection!',
    quotes: 'QuoteConnection!',
    articles: 'ArticleConnection!',
  },
  Affiliation: { organisation: 'Organisation!' },
  Quote: {
    id: 'ID!',
    text: 'String!',
    kind: 'QuoteKind!',
    article: 'Article!',
    paragraph: 'Int!',
    alsoIn: '[Quote!]!',
  },
  Mutation: { ingestArticle: 'IngestArticlePayload!', deleteArticle: 'DeleteArticlePayload!' },
  IngestArticlePayload: { article: 'Article!', created: 'Boolean!' },
  DeleteArticlePayload: { deletedId: 'ID!' },
  PageInfo: { hasNextPage: 'Boolean!', hasPreviousPage: 'Boolean!' },
};

function fieldsOf(typeName: string) {
  const type = schema.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${typeName} is not an object type`);
  return type.getFields();
}

describe('the schema says what is always there', () => {
  it('types each field the contract marks non-null as non-null', () => {
    const differences: string[] = [];
    for (const [typeName, fields] of Object.entries(contract)) {
      const actual = fieldsOf(typeName);
      for (const [name, expected] of Object.entries(fields)) {
        const printed = String(actual[name]?.type);
        if (printed !== expected) differences.push(`${typeName}.${name}: ${printed}, contract ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('gives every connection a non-null list of non-null edges, each with its node and a total', () => {
    const connections = Object.keys(schema.getTypeMap()).filter((name) => name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThanOrEqual(5);
    for (const name of connections) {
      const fields = fieldsOf(name);
      const edge = name.replace(/Connection$/, 'Edge');
      expect(String(fields.edges.type), name).toBe(`[${edge}!]!`);
      expect(String(fields.totalCount.type), name).toBe('Int!');
      expect(String(fieldsOf(edge).node.type), edge).toMatch(/!$/);
    }
  });
});
