/**
 * Mixed load on loopback against the real Node server: queries, searches, ingests of distinct
 * articles and bad requests from concurrent clients for a number of seconds; then every
 * acknowledged ingest is checked to be stored exactly once. `npm test` runs a short form
 * (test/load/load.test.ts); `npm run bench` runs the 60-second form through `runMixedLoad`.
 */
import { asAdmin, startTestServer } from '../helpers/server.js';

export interface MixedLoadOptions {
  seconds: number;
  /** Concurrent clients. */
  concurrency?: number;
  /** Report progress each second (the bench's long form). */
  onSecond?: (second: number, requests: number) => void;
}

export interface MixedLoadReport {
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  byKind: Record<Kind, number>;
  byStatus: Record<string, number>;
  /** Responses with a 5xx status, and requests that got no response at all. */
  serverErrors: number;
  failedRequests: number;
  ingestsAcknowledged: number;
  /** Acknowledged articles not found afterwards, and ones found more than once. */
  ingestsMissing: number;
  ingestsDuplicated: number;
  /** Heap in MB (this process: server and clients) after warm-up and at the end. */
  heapStartMB: number;
  heapEndMB: number;
  heapPeakMB: number;
}

type Kind = 'query' | 'search' | 'ingest' | 'bad';

const queries = [
  '{ articles(first: 5) { totalCount edges { node { title source { name } quotes(first: 3) { edges { node { text speaker { ... on Person { name } } } } } } } } }',
  '{ people(first: 10, orderBy: MOST_QUOTED) { edges { node { name mentionCount quotes(first: 2) { edges { node { text } } } } } } }',
  '{ quotes(first: 10) { edges { node { text kind article { title } } } } }',
  '{ organisations(first: 10) { edges { node { name kind acronym } } } }',
];
const searches = ['troops', 'North Korea', 'Austin', 'minister said', 'council', 'zelen'];
const badRequests: { body: string }[] = [
  { body: '{"query": "{ articles' },
  { body: JSON.stringify({ query: '{ node(id: "garbage") { id } }' }) },
  { body: JSON.stringify({ query: '{ articles { nope } }' }) },
  {
    body: JSON.stringify({
      query: '{ articles(first: 100) { edges { node { quotes(first: 100) { edges { node { text } } } } } } }',
    }),
  },
  { body: JSON.stringify({ query: 'query($f: Int) { articles(first: $f) { totalCount } }', variables: { f: 'x' } }) },
];
const cities = ['Lisbon', 'Nairobi', 'Osaka', 'Quito', 'Tallinn', 'Hobart', 'Accra', 'Leeds'];
const surnames = ['Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Kowalski', 'Haddad', 'Silva', 'Novak'];

/** A distinct, plausible article; `marker` makes its text (and so its content hash) unique. */
export function loadArticle(n: number, marker: string): string {
  const city = cities[n % cities.length];
  const name = `${['Ana', 'Ben', 'Chidi', 'Dana'][n % 4]} ${surnames[(n >> 2) % surnames.length]}`;
  return `${city} council approves budget item ${marker}
${city.toUpperCase()} (Metro Wire) — The ${city} city council on Tuesday approved item ${marker} of its budget after a long debate.
"This is the right decision for the city," council leader ${name} told reporters after the vote.
${name.split(' ')[1]} said the money would go to schools and roads, and added that work would start in spring.
Opposition members said the plan was rushed.`;
}

export async function runMixedLoad(options: MixedLoadOptions): Promise<MixedLoadReport> {
  const concurrency = options.concurrency ?? 16;
  // Rate limiting off: every request here comes from one loopback address.
  const api = await startTestServer({ env: { RATE_LIMIT_POINTS: '0', QUIET: 'true' } });
  const byKind: Record<Kind, number> = { query: 0, search: 0, ingest: 0, bad: 0 };
  const byStatus: Record<string, number> = {};
  const acknowledged = new Map<string, string>(); // marker → article id
  let requests = 0;
  let failedRequests = 0;
  let sequence = 0;
  const runId = Math.random().toString(36).slice(2, 8);
  const heapMB = () => Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
  let heapPeakMB = 0;

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
    return { status: response.status, text };
  }

  async function one(n: number) {
    const roll = n % 10;
    if (roll < 4) {
      byKind.query++;
      const query = queries[n % queries.length];
      // Half by GET (through the edge cache), half by POST.
      if (n % 2) {
        const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent(query)}`);
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        await response.arrayBuffer();
      } else await post(JSON.stringify({ query }));
    } else if (roll < 6) {
      byKind.search++;
      await post(
        JSON.stringify({
          query: 'query($q: String!) { search(query: $q, first: 5) { edges { node { __typename } } } }',
          variables: { q: searches[n % searches.length] },
        }),
      );
    } else if (roll < 8) {
      byKind.ingest++;
      const marker = `${runId}-${n}`;
      const { status, text } = await post(
        JSON.stringify({
          query: 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }',
          variables: { input: { text: loadArticle(n, marker) } },
        }),
        asAdmin,
      );
      const id = status === 200 ? JSON.parse(text).data?.ingestArticle?.article?.id : undefined;
      if (id) acknowledged.set(marker, id);
    } else {
      byKind.bad++;
      await post(badRequests[n % badRequests.length].body);
    }
  }

  const deadline = {
    warmUp: Date.now() + Math.min(2_000, options.seconds * 200),
    end: Date.now() + options.seconds * 1000,
  };
  let heapStartMB = 0;
  const sampler = setInterval(() => {
    heapPeakMB = Math.max(heapPeakMB, heapMB());
    if (!heapStartMB && Date.now() >= deadline.warmUp) heapStartMB = heapMB();
    options.onSecond?.(Math.round((Date.now() - deadline.end) / 1000 + options.seconds), requests);
  }, 1000);
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline.end) {
          const n = sequence++;
          try {
            await one(n);
          } catch {
            failedRequests++;
          }
          requests++;
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    const heapEndMB = heapMB();

    // Every acknowledged article is stored, exactly once.
    const rows = await api.db.$client.execute({
      sql: `select body from articles where body like ?`,
      args: [`%${runId}-%`],
    });
    const found = new Map<string, number>();
    for (const { body } of rows.rows) {
      for (const match of String(body).matchAll(new RegExp(`${runId}-\\d+`, 'g')))
        found.set(match[0], (found.get(match[0]) ?? 0) + 1);
    }
    let ingestsMissing = 0;
    let ingestsDuplicated = 0;
    for (const marker of acknowledged.keys()) {
      // The marker appears twice in each stored article (title and first paragraph).
      const count = (found.get(marker) ?? 0) / 2;
      if (count === 0) ingestsMissing++;
      if (count > 1) ingestsDuplicated++;
    }
    const serverErrors = Object.entries(byStatus)
      .filter(([status]) => Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    return {
      seconds: Math.round(elapsed * 10) / 10,
      requests,
      requestsPerSecond: Math.round(requests / elapsed),
      byKind,
      byStatus,
      serverErrors,
      failedRequests,
      ingestsAcknowledged: acknowledged.size,
      ingestsMissing,
      ingestsDuplicated,
      heapStartMB: heapStartMB || heapEndMB,
      heapEndMB,
      heapPeakMB: Math.max(heapPeakMB, heapEndMB),
    };
  } finally {
    clearInterval(sampler);
    await api.close();
  }
}
