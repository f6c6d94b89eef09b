import { sql } from 'drizzle-orm';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { idList, searchKinds, type SearchKind } from '../search/fts.js';
import { toMatchExpression } from '../search/query.js';
import { withOtherNames } from '../search/aliases.js';
import type { GraphQLResolveInfo } from 'graphql';
import {
  decodeSearchCursor,
  encodeSearchCursor,
  hitSnippets,
  matchCounts,
  MAX_SEARCH_RESULTS,
  rankedHits,
  type KindMatches,
  type SearchPosition,
} from '../search/search.js';
import { Article } from './article.js';
import { Organisation } from './organisation.js';
import { Person } from './person.js';
import { Quote } from './quote.js';

// Rows carry no type name of their own; the search remembers which kind each one it returns is.
const kindOfRow = new WeakMap<object, SearchKind>();

export const SearchResult = builder.unionType('SearchResult', {
  description: 'One search result: an article, a person, an organisation or a quote.',
  types: [Article, Person, Organisation, Quote] as never,
  resolveType: (row: object) => kindOfRow.get(row) as never,
});

const typeValues = { ARTICLE: 'Article', PERSON: 'Person', ORGANISATION: 'Organisation', QUOTE: 'Quote' } as const;

export const SearchResultType = builder.enumType('SearchResultType', {
  description: 'A kind of search result, to restrict a search to some kinds.',
  values: {
    ARTICLE: {
      description:
        'Articles: title and body, where a person or organisation the search names is found under any of its names.',
    },
    PERSON: { description: 'People: names and aliases.' },
    ORGANISATION: { description: 'Organisations: names, acronyms and aliases.' },
    QUOTE: { description: 'Quotes: the quoted words, where names are found under any of their forms, as in articles.' },
  } as const,
});

interface SearchEdge {
  cursor: string;
  node: object;
  /** Read only when a query asks for it: one statement for the whole page. */
  snippet: () => Promise<string>;
  score: number;
}

interface SearchPage {
  edges: SearchEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  counts: () => Promise<Record<SearchKind, number>>;
}

const countField = (label: string, kind?: SearchKind) => ({
  nullable: false,
  description: `Number of ${label} matching, across all pages (results are reachable ${MAX_SEARCH_RESULTS} deep).`,
  resolve: async (page: SearchPage) => {
    const counts = await page.counts();
    return kind ? counts[kind] : searchKinds.reduce((sum, k) => sum + counts[k], 0);
  },
});

export const SearchResultConnection = builder.connectionObject(
  {
    type: SearchResult,
    name: 'SearchResultConnection',
    edgesNullable: { list: false, items: false },
    nodeNullable: false,
    description: 'A page of search results, best match first, with how many match of each kind.',
    fields: (t) => ({
      totalCount: t.int(countField('results') as never),
      articleCount: t.int(countField('articles', 'Article') as never),
      personCount: t.int(countField('people', 'Person') as never),
      organisationCount: t.int(countField('organisations', 'Organisation') as never),
      quoteCount: t.int(countField('quotes', 'Quote') as never),
    }),
  },
  {
    name: 'SearchResultEdge',
    description: 'One search result in a page, with its cursor and why it matched.',
    fields: (t) => ({
      snippet: t.string({
        nullable: false,
        description:
          'The matching passage as HTML: the text escaped, each matched word in `<mark>…</mark>`. ' +
          'For an article, from its body (its headline when only the headline matched); for a person or an organisation, the matching name or aliases; for a quote, its words.',
        resolve: (edge) => (edge as unknown as SearchEdge).snippet(),
      }),
      score: t.float({
        nullable: false,
        description:
          'Relevance (bm25, title and name matches weighted up); higher is better. Only comparable within one search.',
        resolve: (edge) => (edge as unknown as SearchEdge).score,
      }),
    }),
  },
);

const tables = { Article: 'articles', Person: 'people', Organisation: 'organisations', Quote: 'quotes' } as const;

/**
 * The page's rows of one kind, with exactly the columns and relations the query selects beneath
 * `edges.node` for that type (one statement per kind, nested relations included), as Pothos plans it.
 */
type Loader = (ctx: Context, info: GraphQLResolveInfo, ids: number[]) => Promise<{ id: number }[]>;
let loaders: Record<SearchKind, Loader>;
async function search(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: { query: string; first?: number | null; after?: string | null; types?: (keyof typeof typeValues)[] | null },
): Promise<SearchPage> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)
    throw badInput(`first: must be between 0 and ${MAX_PAGE_SIZE}`);
  const cursor = args.after ? decodeSearchCursor(args.after) : null;
  const offset = cursor?.offset ?? 0;
  const kinds = args.types?.length ? [...new Set(args.types.map((type) => typeValues[type]))] : searchKinds;
  const names = toMatchExpression(args.query);
  const empty = {
    edges: [],
    pageInfo: { hasNextPage: false, hasPreviousPage: offset > 0, startCursor: null, endCursor: null },
  };
  if (names === null) return { ...empty, counts: async () => ({ Article: 0, Person: 0, Organisation: 0, Quote: 0 }) };
  const text = kinds.includes('Article') || kinds.includes('Quote') ? await withOtherNames(ctx.db, names) : names;
  const match: KindMatches = { Person: names, Organisation: names, Article: text, Quote: text };

  const end = Math.min(offset + first, MAX_SEARCH_RESULTS);
  const ranked = await rankedHits(ctx.db, match, kinds, cursor?.ceilings ?? null, end + 1);
  const position: SearchPosition = { offset, ceilings: ranked.ceilings };
  let counted: Promise<Record<SearchKind, number>> | undefined;
  const counts = () => (counted ??= matchCounts(ctx.db, match, kinds, position.ceilings));
  const hits = ranked.hits.slice(offset, end);
  if (!hits.length) return { ...empty, counts };

  let snippeted: Promise<Map<string, string>> | undefined;
  const snippets = () => (snippeted ??= hitSnippets(ctx.db, match, hits));
  const rows = await Promise.all(
    searchKinds.map((kind) => {
      const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
      return ids.length ? loaders[kind](ctx, info, ids) : [];
    }),
  );
  const rowOf = new Map<string, object>();
  searchKinds.forEach((kind, i) => {
    for (const row of rows[i]) {
      kindOfRow.set(row, kind);
      rowOf.set(`${kind}:${row.id}`, row);
    }
  });
  const edges: SearchEdge[] = [];
  hits.forEach((hit, i) => {
    const node = rowOf.get(`${hit.kind}:${hit.id}`);
    // A row deleted since it was ranked is left out rather than returned as null.
    if (!node) return;
    edges.push({
      node,
      cursor: encodeSearchCursor({ offset: position.offset + i + 1, ceilings: position.ceilings }),
      snippet: async () => (await snippets()).get(`${hit.kind}:${hit.id}`) ?? '',
      score: -hit.score,
    });
  });
  return {
    edges,
    counts,
    pageInfo: {
      hasNextPage: ranked.hits.length > end,
      hasPreviousPage: position.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

builder.queryFields((t) => {
  const load =
    (kind: SearchKind): Loader =>
    async (ctx, info, ids) => {
      const query = await t.drizzleQueryFromInfo(tables[kind], { context: ctx, info, path: ['edges', 'node'] });
      // One table's API, typed loosely: the four tables' findMany signatures do not unify.
      const api = ctx.db.query[tables[kind]] as unknown as { findMany: (query: object) => Promise<{ id: number }[]> };
      return api.findMany({
        ...query,
        where: { RAW: (table: { id: unknown }) => sql`${table.id} in (${idList(ids)})` },
      });
    };
  loaders = {
    Article: load('Article'),
    Person: load('Person'),
    Organisation: load('Organisation'),
    Quote: load('Quote'),
  };
  return {
    search: t.field({
      nullable: false,
      type: SearchResultConnection,
      description:
        'Full-text search over articles (title, body), quotes, people (names, aliases) and organisations (names, acronyms, aliases), ' +
        'best match first. A search that names a person or an organisation finds the articles and quotes that write any of its names ' +
        '(`zelenskyy` finds "Volodymyr Zelensky", `nis` "National Intelligence Service"). Case and accents do not matter; the last word matches as a prefix while typing (`zelen` finds Zelensky); ' +
        '"quote marks" search a phrase; `OR` between two words finds either. Any text is accepted: what cannot be searched for finds nothing. ' +
        `Pages (\`first\` ≤ ${MAX_PAGE_SIZE}, \`after\` an \`endCursor\`) reach ${MAX_SEARCH_RESULTS} results deep, and stay on the results ` +
        'that existed when the first page was fetched, so ingestion between pages neither repeats nor skips a result.',
      args: {
        query: t.arg.string({ required: true, description: 'What to search for, as typed.' }),
        first: t.arg.int({ description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
        after: t.arg.string({ description: 'Return results after this cursor (an `endCursor` of the same search).' }),
        types: t.arg({ type: [SearchResultType], description: 'Only these kinds of result (default: all four).' }),
      },
      resolve: (_root, args, ctx, info) => search(ctx, info, args) as never,
    }),
  };
});
