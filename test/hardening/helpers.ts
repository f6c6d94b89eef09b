import type { TestServer } from '../helpers/server.js';

/**
 * Row counts of every table (FTS shadow tables included) and the data generation: equal
 * fingerprints before and after a request mean the request wrote nothing.
 */
export async function dbFingerprint(api: TestServer): Promise<Record<string, number>> {
  const tables = await api.db.$client.execute(
    `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%drizzle%' order by name`,
  );
  const fingerprint: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await api.db.$client.execute(`select count(*) as n from "${String(name)}"`);
    fingerprint[String(name)] = Number(result.rows[0].n);
  }
  const generation = await api.db.$client.execute(`select coalesce(max(value), 0) as g from meta`);
  fingerprint['meta.generation'] = Number(generation.rows[0].g);
  return fingerprint;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: any;
}

/** Sends anything (bytes, malformed JSON, odd content types) to /graphql and reads the answer. */
export async function send(api: TestServer, init: RequestInit & { path?: string } = {}): Promise<RawResponse> {
  const response = await fetch(`${api.url}${init.path ?? '/graphql'}`, init);
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const jsonHeaders = { 'content-type': 'application/json' };

/** POSTs a GraphQL request as JSON. */
export function postGraphQL(api: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return send(api, { method: 'POST', headers: { ...jsonHeaders, ...headers }, body: JSON.stringify(body) });
}

/** Nothing internal in an answer: no stack frames, SQL or driver names. */
export const internals = /\bat .+\.(js|ts):\d+|select .+ from|insert into|sqlite|libsql|drizzle/i;

/**
 * An article of ordinary prose of about `bytes` bytes (one plain sentence a paragraph), distinct per
 * `seed`: large enough to test what the API does with big answers, cheap to extract.
 */
export function proseArticle(bytes: number, seed: string): string {
  const lines = [`Harbour report ${seed}`];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = `The council met on day ${i} of the ${seed} session to discuss the harbour budget, the ferry timetable and the repairs to the old pier.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
