import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'EXTRACTION_TIMEOUT'
  | 'RATE_LIMITED'
  | 'RESPONSE_TOO_LARGE'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

const statusOf: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  QUERY_TOO_COMPLEX: 400,
  // The request was well formed, but this article's extraction ran past its budget.
  EXTRACTION_TIMEOUT: 422,
  RATE_LIMITED: 429,
  RESPONSE_TOO_LARGE: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** A client-facing error: its message is shown as is, with `extensions.code` and an HTTP status. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: statusOf[code] }, ...extra } });
}

export const badInput = (message: string) => apiError('BAD_USER_INPUT', message);
