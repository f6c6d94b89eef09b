import { sql } from 'drizzle-orm';
import { readGeneration } from '../../src/cache/generation.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

export const EDITORS = { alice: 'alice-editor-token-0001', bob: 'bob-editor-token-0002' };
export const asEditor = (name: keyof typeof EDITORS) => ({ authorization: `Bearer ${EDITORS[name]}` });

export function startEditingServer(): Promise<TestServer> {
  return startTestServer({
    env: {
      EDITOR_TOKENS: Object.entries(EDITORS)
        .map(([name, token]) => `${name}:${token}`)
        .join(','),
      QUIET: 'true',
    },
  });
}

const tables = [
  'articles',
  'article_texts',
  'people',
  'person_aliases',
  'person_descriptions',
  'organisations',
  'organisation_aliases',
  'affiliations',
  'article_people',
  'article_organisations',
  'quotes',
  'speaker_candidates',
  'meta',
  'corrections',
  'correction_keys',
  'person_redirects',
];

/** Every row of every table, in a stable order: equal dumps mean an unchanged database. */
export async function dumpDatabase(api: TestServer, except: string[] = []): Promise<string> {
  const parts: unknown[] = [];
  for (const table of tables.filter((name) => !except.includes(name))) {
    const rows = await api.db.all(sql.raw(`select * from ${table}`));
    parts.push(rows.map((row) => JSON.stringify(row)).sort());
  }
  return JSON.stringify(parts);
}

export const generationOf = (api: TestServer) => readGeneration(api.db);

/** What the extractor's answer is made of, by ID: people, organisations and quotes with their speakers. */
export async function extractionSnapshot(api: TestServer) {
  return {
    people: await api.db.all(sql`select id, slug, name, mention_count, quote_count from people order by id`),
    organisations: await api.db.all(sql`select id, slug, name, kind, mention_count from organisations order by id`),
    quotes: await api.db.all(
      sql`select id, article_id, position, text, kind, speaker_person_id, speaker_organisation_id from quotes order by id`,
    ),
    articles: await api.db.all(sql`select id, slug, title, quote_count from articles order by id`),
  };
}

export const speakerQuery = `query($id: ID!) { node(id: $id) { ... on Quote { id text
  speaker { ... on Person { id name } ... on Organisation { id name } }
  corrections { kind editor reason createdAt revertedAt orphaned } } } }`;

export const setSpeakerMutation = `mutation($input: SetQuoteSpeakerInput!) { setQuoteSpeaker(input: $input) {
  quote { id speaker { ... on Person { id name } } }
  correction { id kind editor reason createdAt revertedAt target orphaned } } }`;

export const mergeMutation = `mutation($input: MergePeopleInput!) { mergePeople(input: $input) {
  person { id name aliases quoteCount mentionCount }
  correction { id kind editor reason createdAt target } } }`;

export const revertMutation = `mutation($id: ID!) { revertCorrection(id: $id) { correction { id revertedAt } } }`;

/** The samples' quotes with their speaker IDs, through the API. */
export async function sampleQuotes(api: TestServer) {
  const { body } = await api.gql(
    '{ quotes(first: 100) { edges { node { id text speaker { ... on Person { id name } } } } } }',
  );
  return body.data.quotes.edges.map((e: any) => e.node) as {
    id: string;
    text: string;
    speaker: { id: string; name: string } | null;
  }[];
}

export async function samplePeople(api: TestServer) {
  const { body } = await api.gql(
    '{ people(first: 100, orderBy: MOST_QUOTED) { edges { node { id name slug quoteCount mentionCount } } } }',
  );
  return body.data.people.edges.map((e: any) => e.node) as {
    id: string;
    name: string;
    slug: string;
    quoteCount: number;
    mentionCount: number;
  }[];
}
