import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
  if (error instanceof GraphQLError && error.extensions?.code) return forClient(error);
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof GraphQLError && original.extensions?.code) {
    return forClient(new GraphQLError(original.message, { ...pathOf(error), extensions: original.extensions }));
  }
  // GraphQL's own request errors (a variable of the wrong type) carry a 4xx status but no code.
  const status =
    error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
  if (status && status >= 400 && status < 500) {
    return new GraphQLError(cut((error as GraphQLError).message), {
      ...pathOf(error),
      extensions: { code: 'BAD_USER_INPUT', http: { status } },
    });
  }
  if (original instanceof Error && original.name === 'PothosValidationError') {
    return relocate(apiError('BAD_USER_INPUT', cut(original.message)), error);
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

/** Longest error message a client gets back; longer ones echo input and are cut. */
export const MAX_ERROR_MESSAGE = 300;

/** A message cut to MAX_ERROR_MESSAGE characters: messages that quote input ("Invalid cursor: …") echo no more than that. */
function cut(message: string): string {
  return message.length <= MAX_ERROR_MESSAGE ? message : `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…`;
}

/**
 * A client error as it may leave: its message cut, and without `extensions.originalError` (Yoga
 * puts the JSON parser's message there, which quotes the body). Unchanged when there is nothing to cut.
 */
function forClient(error: GraphQLError): GraphQLError {
  const { originalError, ...extensions } = error.extensions;
  if (error.message.length <= MAX_ERROR_MESSAGE && originalError === undefined) return error;
  // Yoga answers a malformed body with 400 only while that parser detail is there; keep the 400.
  if (originalError !== undefined && extensions.http) extensions.http = { ...extensions.http, spec: false };
  return new GraphQLError(cut(error.message), { ...pathOf(error), extensions });
}

/**
 * Yoga's logger. A client error (a 4xx: bad input, a bad cursor, a refused query) is one line with
 * its code and cut message, so a client cannot fill the log with stack traces; a server fault keeps
 * its whole error and stack.
 */
export const logger = {
  debug: () => {},
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    const [error] = args;
    // Yoga reports a masked error from two places; it is logged once.
    if (error !== null && typeof error === 'object') {
      if (logged.has(error)) return;
      logged.add(error);
    }
    const masked = args.length === 1 ? maskError(error, 'Unexpected error.') : undefined;
    const status = (masked as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
    if (masked instanceof GraphQLError && status?.status && status.status < 500) {
      console.warn(`client error ${String(masked.extensions.code)}: ${masked.message.replace(/\s+/g, ' ')}`);
      return;
    }
    console.error(...args);
  },
};

const logged = new WeakSet<object>();

/**
 * Cuts every error message in an answer, including those that never pass maskError: graphql-js's
 * variable errors quote the value (`Variable "$n" got invalid value "…"`) and validation errors the
 * field name, whole.
 */
export function useShortErrorMessages(): Plugin {
  const shorten = (error: GraphQLError) =>
    error.message.length <= MAX_ERROR_MESSAGE
      ? error
      : new GraphQLError(cut(error.message), {
          nodes: error.nodes,
          path: error.path,
          extensions: error.extensions,
        });
  return {
    onResultProcess({ result, setResult }) {
      // Streams (subscriptions) are refused before they start; only plain results carry errors here.
      if (Symbol.asyncIterator in result) return;
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      if (!results.some((single) => single.errors?.some((e) => e.message.length > MAX_ERROR_MESSAGE))) return;
      const cutResults = results.map((single) =>
        single.errors ? { ...single, errors: single.errors.map(shorten) } : single,
      );
      setResult((Array.isArray(result) ? cutResults : cutResults[0]) as typeof result);
    },
  };
}
