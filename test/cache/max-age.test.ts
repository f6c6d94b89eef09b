import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createMaxAgeOf } from '../../src/cache/max-age.js';
import { cacheHints, DEFAULT_MAX_AGE } from '../../src/cache/policy.js';
import { schema } from '../../src/schema/index.js';

const maxAgeOf = createMaxAgeOf(cacheHints, DEFAULT_MAX_AGE);
const of = (query: string) => maxAgeOf(schema, parse(query));

describe('max-age of an operation from the cache hints', () => {
  it('takes the hint of the most short-lived field coordinate', () => {
    expect(of('{ search(query: "nato") { edges { node { __typename } } } }')).toBe(cacheHints['Query.search']);
    expect(of('{ articles(first: 2) { edges { node { title } } } }')).toBe(cacheHints['Query.articles']);
  });

  it('takes the hint of every type a selection is made on', () => {
    // Only Article is selected on: node() has no hint of its own.
    expect(of('query ($id: ID!) { node(id: $id) { ... on Article { title } } }')).toBe(cacheHints.Article);
    // A Person selected inside the article lowers it to the person's hint.
    expect(
      of(
        'query ($id: ID!) { article(id: $id) { title quotes(first: 2) { edges { node { speaker { ... on Person { name } } } } } } }',
      ),
    ).toBe(Math.min(cacheHints.Article, cacheHints.QuoteConnection, cacheHints.Person));
  });

  it('counts every possible type of a union selected without a fragment', () => {
    const hints = { Quote: 600, Person: 40, Organisation: 500 };
    const withoutFragments = createMaxAgeOf(hints, 999);
    expect(
      withoutFragments(schema, parse('query ($id: ID!) { node(id: $id) { ... on Quote { speaker { __typename } } } }')),
    ).toBe(40);
  });

  it('follows named fragments', () => {
    const query = `query ($id: ID!) { article(id: $id) { ...Quotes } }
      fragment Quotes on Article { quotes(first: 1) { totalCount } }`;
    expect(of(query)).toBe(cacheHints['QuoteConnection.totalCount']);
  });

  it('falls back to the default when nothing selected has a hint', () => {
    expect(of('{ __typename }')).toBe(DEFAULT_MAX_AGE);
  });

  it('computes once per parsed document', () => {
    const hints = { 'Query.search': 30 };
    const counted = createMaxAgeOf(hints, 300);
    const document = parse('{ search(query: "x") { totalCount } }');
    expect(counted(schema, document)).toBe(30);
    hints['Query.search'] = 5;
    expect(counted(schema, document)).toBe(30);
    expect(counted(schema, parse('{ search(query: "x") { totalCount } }'))).toBe(5);
  });
});
