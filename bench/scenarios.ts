/** The queries the benchmarks send, each as a GET path (what a CDN or browser sends). */

import { encodeSearchCursor } from '../src/search/search.js';

const path = (query: string, variables?: object) =>
  `/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

/** A front page: latest articles with their outlets and first quotes (about 4 KB of JSON). */
export const frontPage = `{
  articles(first: 10) {
    totalCount
    edges { node { title publishedAt source { name } quotes(first: 3) { edges { node { text speaker { ... on Person { name } ... on Organisation { name } } } } } } }
  }
}`;

/**
 * Ten articles published before a random instant: a random position in a large corpus. The samples
 * carry no publication dates but one, so there it answers with one article or none.
 */
const listBefore = `query ($before: DateTime) {
  articles(first: 10, where: { publishedBefore: $before }) { edges { node { title publishedAt source { name } } } }
}`;

/** articles → quotes → speaker → affiliations → organisation: `articles` takes `articleArguments`, each article's first `quotes` quotes. */
const nestedQuery = (variables: string, articleArguments: string, quotes: number) => `query (${variables}) {
  articles(${articleArguments}) { edges { node {
    title
    quotes(first: ${quotes}) { edges { node {
      text kind
      speaker {
        ... on Person { name affiliations { role organisation { name } } }
        ... on Organisation { name acronym }
      }
    } } }
  } } }
}`;

/** The nested query, 20 × 20 (at the samples: as `listBefore`, one article or none). */
export const nested = nestedQuery('$before: DateTime', 'first: 20, where: { publishedBefore: $before }', 20);

/** The newest five articles with their outlets, after a position that changes with every request. */
const listSameShape = `query ($after: String) {
  articles(first: 5, after: $after) { edges { node { title publishedAt source { name } } } }
}`;

/**
 * The same nesting, 5 × 6: a shape the 5 samples fill as well as the large corpora do (every sample
 * has 12 or more quotes, every synthetic article 6 or more), so its rows compare database sizes with
 * the answer held equal. `after` is a position later than any article, which changes the variables
 * (so no cache answers) but not the page: always the newest 5.
 */
const nestedSameShape = nestedQuery('$after: String', 'first: 5, after: $after', 6);

/** A cursor of the articles connection (newest first) at a random instant in the 2090s: before every article. */
const cursorAfterEverything = () => {
  const instant = new Date(Date.parse('2090-01-01T00:00:00Z') + Math.random() * 3e11).toISOString();
  return btoa(`DC:T:${JSON.stringify([`S:${instant}`, `N:${1 + Math.floor(Math.random() * 1e9)}`])}`);
};

const searchQuery = `query ($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) { edges { node {
    __typename
    ... on Article { title } ... on Quote { text } ... on Person { name } ... on Organisation { name }
  } } }
}`;

/**
 * A search cursor at offset 0 whose snapshot (the highest id of each kind) is a random number beyond
 * every id: the first page again, under variables that change with every request.
 */
const searchCursorBeyondEverything = () => {
  const beyond = () => 1e12 + Math.floor(Math.random() * 1e12);
  return encodeSearchCursor({
    offset: 0,
    ceilings: { Person: beyond(), Organisation: beyond(), Article: beyond(), Quote: beyond() },
  });
};

const nameSearch = (corpus: Corpus) => ({
  q: `"${corpus.names[Math.floor(Math.random() * corpus.names.length)]}"`,
  first: 5,
  after: searchCursorBeyondEverything(),
});

const from = Date.parse('2024-01-01T00:00:00Z');
const to = Date.parse('2026-01-01T00:00:00Z');
/** A new instant each call: every request has new variables, so none can be answered from a cache. */
const randomInstant = () => new Date(from + Math.random() * (to - from)).toISOString();

/** Common words of the sample articles; two at a time make tens of thousands of distinct searches. */
const words = (
  'troops russia ukraine korea minister government council budget police court strike doctors climate ' +
  'protest housing vote election bank rates inflation workers union students school water drought heat ' +
  'president officials military security health hospital energy prices market company police report ' +
  'senate parliament city mayor river farmers maize fraud cyber football match final study bees'
).split(' ');
const pick = () => words[Math.floor(Math.random() * words.length)];

/** What a scenario may draw its variables from: facts of the database it runs against. */
export interface Corpus {
  /** Names of people in the database (up to 100). */
  names: string[];
}

/** Read through the API itself, once per server: names to search for. */
export const corpusQuery = `{ people(first: 100, orderBy: NAME) { edges { node { name } } } }`;

export interface Scenario {
  name: string;
  connections: number;
  /** The path of the next request. */
  next: (corpus: Corpus) => string;
  /** A representative single request (for counting SQL statements). */
  sample: (corpus: Corpus) => { query: string; variables?: object };
}

export const scenarios: Scenario[] = [
  { name: 'cached query', connections: 32, next: () => path(frontPage), sample: () => ({ query: frontPage }) },
  {
    name: 'uncached query',
    connections: 4,
    next: () => path(listBefore, { before: randomInstant() }),
    sample: () => ({ query: listBefore, variables: { before: randomInstant() } }),
  },
  {
    name: 'uncached list, same answer at every size',
    connections: 4,
    next: () => path(listSameShape, { after: cursorAfterEverything() }),
    sample: () => ({ query: listSameShape, variables: { after: cursorAfterEverything() } }),
  },
  {
    name: 'nested 20×20 uncached',
    connections: 4,
    next: () => path(nested, { before: randomInstant() }),
    sample: () => ({ query: nested, variables: { before: randomInstant() } }),
  },
  {
    name: 'nested 5×6, same answer at every size',
    connections: 4,
    next: () => path(nestedSameShape, { after: cursorAfterEverything() }),
    sample: () => ({ query: nestedSameShape, variables: { after: cursorAfterEverything() } }),
  },
  {
    name: 'search',
    connections: 4,
    // Page sizes 5–14 as well, so repeats (which the cache would answer) stay rare.
    next: () => path(searchQuery, { q: `${pick()} ${pick()}`, first: 5 + Math.floor(Math.random() * 10) }),
    sample: () => ({ query: searchQuery, variables: { q: `${pick()} ${pick()}`, first: 10 } }),
  },
  {
    // A person's full name as a phrase: what a reader searches for, and a handful of matches at every
    // size (the 100,000-article corpus has as many people per article as the samples), where two
    // common words match a handful of rows at the samples and thousands at 100,000 articles.
    name: 'search a name, a handful of matches at every size',
    connections: 4,
    next: (corpus) => path(searchQuery, nameSearch(corpus)),
    sample: (corpus) => ({ query: searchQuery, variables: nameSearch(corpus) }),
  },
];

export const cachedPath = path(frontPage);
export { path as graphqlPath };
