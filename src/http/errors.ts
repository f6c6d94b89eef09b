import { GraphQLError } from 'graphql';
import { apiError } from '../errors.js';

const databaseErrorNames = new Set(['LibsqlError', 'LibsqlBatchError', 'DrizzleQueryError', 'SqliteError']);

function isDatabaseFailure(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.cause ?? e.originalError, depth++) {
    if (
      databaseErrorNames.has(e.name) ||
      /^D1_|SQLITE_|ECONNREFUSED|fetch failed|database|network/i.test(String(e.message ?? ''))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * What clients see of an error: a GraphQLError that carries a code is theirs to see; validation
 * errors from the schema's plugins become BAD_USER_INPUT; a failing database becomes
 * SERVICE_UNAVAILABLE; anything else is masked. No stack trace or SQL text ever leaves.
 */
export function maskError(error: unknown, message: string): Error {
  // An error made for the client already carries its code (graphql-js copies it when it adds the path).
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError && original.extensions?.code) {
    return new GraphQLError(original.message, { ...pathOf(error), extensions: original.extensions });
  }
  // GraphQL's own request errors (a variable of the wrong type) carry a 4xx status but no code.
  const status =
    error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
  if (status && status >= 400 && status < 500) {
    return new GraphQLError((error as GraphQLError).message, {
      ...pathOf(error),
      extensions: { code: 'BAD_USER_INPUT', http: { status } },
    });
  }
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return relocate(apiError('BAD_USER_INPUT', original.message), error);
  }
  if (isDatabaseFailure(original)) {
    return relocate(apiError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.'), error);
  }
  return relocate(apiError('INTERNAL_SERVER_ERROR', message), error);
}

function pathOf(error: unknown) {
  return error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {};
}

function relocate(replacement: GraphQLError, error: unknown): GraphQLError {
  return new GraphQLError(replacement.message, { ...pathOf(error), extensions: replacement.extensions });
}
