import { createHandler } from '../src/app.js';
import { createNodeEdgeCache } from '../src/cache/node.js';
import { openDatabase } from '../src/db/node.js';
import { countStatements } from './count-statements.js';
import type { Corpus, Scenario } from './scenarios.js';

/**
 * SQL statements one request of each scenario sends to libSQL, through the same handler and edge
 * cache as the server (in this process, on the same database file). The cached query is counted on
 * its second request; the generation re-read (one statement per 2 s per process) is left out.
 */
export async function statementsPerRequest(
  databaseUrl: string,
  scenarios: Scenario[],
  corpus: Corpus,
): Promise<Record<string, number | null>> {
  const db = openDatabase(databaseUrl);
  const counter = countStatements(db.$client);
  const handle = createHandler({ db, edgeCache: createNodeEdgeCache(db) });
  const get = (query: string, variables?: object) => {
    const url = new URL('http://localhost/graphql');
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    return handle(new Request(url)).then((response) => response.json() as Promise<{ errors?: unknown[] }>);
  };
  const counts: Record<string, number | null> = {};
  try {
    for (const scenario of scenarios) {
      const { query, variables } = scenario.sample(corpus);
      await get(query, variables);
      const again = scenario.name === 'cached query' ? { query, variables } : scenario.sample(corpus);
      counter.reset();
      const answer = await get(again.query, again.variables);
      // null: the server refused the query (e.g. over the cost limit), so there is nothing to count.
      counts[scenario.name] = answer.errors
        ? null
        : counter.statements.filter((sql) => !/from "meta"/.test(sql)).length;
    }
  } finally {
    db.$client.close();
  }
  return counts;
}
