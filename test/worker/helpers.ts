import { env, exports } from 'cloudflare:workers';

export const asAdmin = { authorization: `Bearer ${env.ADMIN_TOKEN}` };

export interface GqlBody {
  data?: any;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

/** POSTs a GraphQL operation to the Worker (src/worker.ts) as a request from outside would. */
export async function gql(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await exports.default.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as GqlBody };
}

/** Row counts of every table an ingest writes, and the data generation, straight from D1. */
export async function tableCounts(db = env.DB) {
  const counts: Record<string, number> = {};
  const tables = [
    'articles',
    'people',
    'organisations',
    'quotes',
    'speaker_candidates',
    'person_aliases',
    'organisation_aliases',
    'article_people',
    'article_organisations',
    'affiliations',
  ];
  for (const table of tables) {
    counts[table] = (await db.prepare(`select count(*) as n from ${table}`).first<number>('n')) ?? 0;
  }
  counts.generation = (await db.prepare(`select coalesce(max(value), 0) as g from meta`).first<number>('g')) ?? 0;
  return counts;
}
