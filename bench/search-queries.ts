/**
 * Search and filtered queries for the benchmarks (`npm run bench`), for the runner to import. Each
 * query takes variables; `searchVariables()` makes new ones per call (so no cache can answer), and the
 * filtered queries take IDs that `setupQuery` finds in whatever corpus is loaded.
 */

/** Ranked search over all four kinds, with snippets and counts: a search page. */
export const searchPage = `query ($q: String!) {
  search(query: $q, first: 10) {
    totalCount articleCount personCount organisationCount quoteCount
    edges { snippet node {
      __typename
      ... on Article { title publishedAt source { name } }
      ... on Person { name quoteCount }
      ... on Organisation { name acronym }
      ... on Quote { text speaker { ... on Person { name } ... on Organisation { name } } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Search as you type: people and organisations only, few results (an autocomplete box). */
export const autocomplete = `query ($q: String!) {
  search(query: $q, first: 5, types: [PERSON, ORGANISATION]) { edges { node {
    __typename ... on Person { name } ... on Organisation { name acronym }
  } } }
}`;

/** Run once against the loaded corpus: IDs for the filtered queries' variables. */
export const setupQuery = `{
  people(first: 20, orderBy: MOST_QUOTED) { edges { node { id } } }
  organisations(first: 20, orderBy: MOST_MENTIONED, where: { kind: GOVERNMENT_AGENCY }) { edges { node { id } } }
  outlets: organisations(first: 10, orderBy: MOST_MENTIONED, where: { kind: MEDIA }) { edges { node { id } } }
  articles(first: 50) { edges { node { id } } }
}`;

/** "Everything this person said this month, by outlet." */
export const personQuotesInRange = `query ($person: ID!, $after: DateTime, $before: DateTime) {
  quotes(first: 20, where: { speaker: $person, publishedAfter: $after, publishedBefore: $before }) {
    totalCount edges { node { text kind article { title publishedAt source { name } } } }
  }
  person: node(id: $person) { ... on Person { name quotedBy { outlet { name } quoteCount articleCount } } }
}`;

/** "Who this organisation is quoted through": its own quotes and its people's. */
export const organisationQuotes = `query ($organisation: ID!) {
  quotes(first: 20, where: { organisation: $organisation }) {
    totalCount edges { node { text speaker { ... on Person { name } ... on Organisation { name } } } }
  }
  people(first: 10, where: { organisation: $organisation, quoted: true }, orderBy: MOST_QUOTED) { edges { node { name quoteCount } } }
}`;

/** An outlet's articles that mention a person, with text search, newest first. */
export const filteredArticles = `query ($outlet: ID!, $person: ID!, $q: String!) {
  byOutlet: articles(first: 20, where: { source: $outlet, mentions: $person }) { totalCount edges { node { title publishedAt } } }
  byText: articles(first: 20, where: { search: $q }, orderBy: MOST_QUOTED) { totalCount edges { node { title quoteCount } } }
}`;

/** A story page: the article and its coverage elsewhere. */
export const storyPage = `query ($article: ID!) {
  node(id: $article) { ... on Article {
    title
    related(first: 5) { score sharedPeople sharedQuotes article { title source { name } } }
    quotes(first: 5) { edges { node { text context speaker { ... on Person { name coverage { outlet { name } articleCount } } } } } }
  } }
}`;

/** Words common in the synthetic corpus (recombined from the samples and eval articles). */
const words = (
  'troops russia ukraine korea minister government council budget police court strike doctors climate ' +
  'protest housing vote election bank rates inflation workers union students school water drought heat ' +
  'president officials military security health hospital energy prices market company report senate'
).split(' ');

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

/** A search string of the kinds people type: a word, a prefix, two words, a phrase, an OR. */
export function searchText(): string {
  const word = pick(words);
  switch (Math.floor(Math.random() * 5)) {
    case 0:
      return word;
    case 1:
      return word.slice(0, 3 + Math.floor(Math.random() * 3));
    case 2:
      return `${word} ${pick(words)}`;
    case 3:
      return `"${word} ${pick(words)}"`;
    default:
      return `${word} OR ${pick(words)}`;
  }
}

export interface BenchIds {
  people: string[];
  organisations: string[];
  outlets: string[];
  articles: string[];
}

/** The IDs in `setupQuery`'s answer. */
export function benchIds(data: any): BenchIds {
  const idsOf = (connection: any) => connection.edges.map((e: any) => e.node.id as string);
  return {
    people: idsOf(data.people),
    organisations: idsOf(data.organisations),
    outlets: idsOf(data.outlets),
    articles: idsOf(data.articles),
  };
}

/** A month-long window somewhere in 2024–2025. */
function month() {
  const start = Date.parse('2024-01-01T00:00:00Z') + Math.random() * 700 * 86_400_000;
  return { after: new Date(start).toISOString(), before: new Date(start + 30 * 86_400_000).toISOString() };
}

/** Each benchmark query with a maker of fresh variables. */
export function searchScenarios(
  ids: BenchIds,
): { name: string; query: string; variables: () => Record<string, unknown> }[] {
  return [
    { name: 'search page', query: searchPage, variables: () => ({ q: searchText() }) },
    {
      name: 'search autocomplete',
      query: autocomplete,
      variables: () => ({ q: pick(words).slice(0, 2 + Math.floor(Math.random() * 4)) }),
    },
    {
      name: 'quotes of a person in a month',
      query: personQuotesInRange,
      variables: () => ({ person: pick(ids.people), ...month() }),
    },
    {
      name: 'quotes through an organisation',
      query: organisationQuotes,
      variables: () => ({ organisation: pick(ids.organisations) }),
    },
    {
      name: 'filtered articles',
      query: filteredArticles,
      variables: () => ({ outlet: pick(ids.outlets), person: pick(ids.people), q: searchText() }),
    },
    { name: 'story page (related)', query: storyPage, variables: () => ({ article: pick(ids.articles) }) },
  ];
}
