import type { Client } from '@libsql/client';

/**
 * Wraps a libSQL client so every statement it sends is counted (a batch counts once: it is one
 * round trip). Used by the statement-count test and the benchmarks' "SQL per request" column.
 */
export function countStatements(client: Client) {
  const counter = { statements: [] as string[], reset: () => void (counter.statements = []) };
  const execute = client.execute.bind(client);
  const batch = client.batch.bind(client);
  client.execute = ((statement: string | { sql: string }, ...rest: never[]) => {
    counter.statements.push(typeof statement === 'string' ? statement : statement.sql);
    return execute(statement as never, ...rest);
  }) as Client['execute'];
  client.batch = ((statements: Parameters<Client['batch']>[0], mode?: never) => {
    counter.statements.push(`batch of ${statements.length}`);
    return batch(statements, mode);
  }) as Client['batch'];
  return counter;
}
