import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError, validate, visit, type DocumentNode, type ExecutionArgs, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';
import type { Context } from '../context.js';
import { useAnswerSizeLimit } from './answer-size.js';
import { useGetParamsCheck, useNoSubscriptions, useVariablesDepthLimit } from './request-checks.js';
import { introspectionCost } from './introspection-cost.js';
import { useOverlapLimit } from './overlap-limit.js';
import type { CostRateLimiter, ThrottleStatus } from './rate-limit.js';

/** What one request may ask of the server; documented in README.md ("Limits and security"). */
export const LIMITS = {
  /** Nesting of selections; a connection takes two levels (`edges { node { … } }`). */
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  /** Estimated comparisons of fields sharing a response key, which validation makes pairwise (overlap-limit.ts). */
  maxOverlapWork: 10_000,
  /** Lexical tokens of the query document. */
  maxTokens: 2_000,
  /** Nesting of objects and arrays in `variables` and `extensions`. */
  maxVariablesDepth: 32,
  /** Bytes of the query document. */
  maxDocumentBytes: 32_768,
  /** Requested cost (see `requestedCost`); a connection multiplies its selection by its page size. */
  maxCost: 10_000,
  /**
   * Characters of text (every String field) in one answer: at most 24 MB of UTF-8 even if every
   * character took three bytes, so no answer nears 32 MB (the most a D1 result may hold is 50 MB).
   */
  maxAnswerTextChars: 8_000_000,
  /** Bytes of a request body (Yoga's `maxRequestBodySize`): room for a 1 MB article however JSON escapes it. */
  maxBodyBytes: 2_500_000,
} as const;

/** Shopify's `extensions.cost`. */
export interface QueryCost {
  requestedQueryCost: number;
  actualQueryCost: number;
  throttleStatus?: ThrottleStatus;
}

/** Context fields the limits read: who asks (set from the runtime's view of the client address). */
type LimitContext = Context & { clientKey?: string; request?: Request };

/** A graphql-armor rejection reported as QUERY_TOO_COMPLEX, without armor's "Syntax Error:" prefix. */
function reportTooComplex(ctx: ValidationContext | null, error: GraphQLError) {
  const tooComplex = apiError('QUERY_TOO_COMPLEX', error.message.replace(/^Syntax Error:\s*/, ''));
  if (ctx) ctx.reportError(tooComplex);
  else throw tooComplex;
}

const armorRejection = { onReject: [reportTooComplex], propagateOnRejection: false };

/**
 * CSRF protection for requests a browser sends without a CORS preflight (form and text/plain POSTs):
 * they must carry a header only a preflighted request can have. GET is exempt: it can only run
 * queries (Yoga refuses mutations over GET) over public data, and the API promises plain GET queries.
 */
function useCsrfPreventionOnPost(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization'] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return;
      try {
        return csrf.onRequestParse?.(payload);
      } catch {
        throw apiError(
          'BAD_REQUEST',
          'Send GraphQL with `Content-Type: application/json` (form and text/plain bodies are refused to prevent CSRF).',
          { http: { status: 403 } },
        );
      }
    },
  };
}

/**
 * Refuses a query document over `maxDocumentBytes` before it is parsed. It throws rather than sets a
 * result so that no later onParams hook (the response cache's key, persisted queries) reads it.
 */
function useDocumentSizeLimit(maxBytes: number): Plugin {
  return {
    onParams({ params }) {
      if (typeof params.query !== 'string' || params.query.length * 3 <= maxBytes) return;
      // A UTF-8 encoding is at least as long as the string: only a borderline one is encoded.
      const bytes =
        params.query.length > maxBytes ? params.query.length : new TextEncoder().encode(params.query).length;
      if (bytes > maxBytes) {
        throw apiError(
          'QUERY_TOO_COMPLEX',
          `The query document is at least ${bytes} bytes; the limit is ${maxBytes}.`,
          {
            http: { status: 413 },
          },
        );
      }
    },
  };
}

/**
 * The requested cost of the operation about to run, by the schema's complexity model (Pothos'
 * complexity plugin: every field 1, a connection's selection times its page size), plus what its
 * introspection selects, which that plugin does not look into (introspection-cost.ts). Throws a
 * client error when the cost cannot be measured (variables of the wrong type, an argument the model
 * cannot read such as an invalid global ID): such a request stops whole rather than running unmeasured.
 */
export function requestedCost(
  args: Pick<ExecutionArgs, 'schema' | 'document' | 'variableValues' | 'operationName' | 'contextValue'>,
): number {
  let cost = 0;
  const rule = createComplexityRule({
    context: args.contextValue as object,
    variableValues: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: args.operationName ?? undefined,
    validate: (state) => {
      cost = Math.max(cost, state.complexity);
    },
  });
  let errors: readonly GraphQLError[];
  try {
    errors = validate(args.schema, args.document, [rule]);
  } catch (error) {
    errors = [error as GraphQLError];
  }
  if (errors.length) {
    const [first] = errors;
    throw first instanceof GraphQLError && first.extensions?.code
      ? first
      : apiError('BAD_USER_INPUT', (first as Error).message);
  }
  return cost + introspectionCost(args.schema, args.document, args.operationName);
}

/** Characters of text that cost one point more than the field that returns them (see actualCost). */
const TEXT_CHARACTERS_PER_POINT = 10_000;

/**
 * The actual cost of a result in the same units: every field present, every list item counted, and
 * a point more for every 10,000 characters of text a field returns (a 1 MB body 100, a headline
 * 1; the total is at most the requested cost).
 * Only response keys the document asked for count: plugins (the response cache) may add
 * `__typename` and `id` to a selection for their own use.
 */
export function actualCost(value: unknown, asked: ReadonlySet<string>): number {
  if (typeof value === 'string') return Math.floor(value.length / TEXT_CHARACTERS_PER_POINT);
  if (value === null || typeof value !== 'object') return 0;
  let sum = 0;
  if (Array.isArray(value)) {
    let text = 0;
    for (const item of value) {
      if (typeof item === 'string') text += item.length;
      else sum += actualCost(item, asked);
    }
    return sum + Math.floor(text / TEXT_CHARACTERS_PER_POINT);
  }
  const record = value as Record<string, unknown>;
  for (const key in record) if (asked.has(key)) sum += 1 + actualCost(record[key], asked);
  return sum;
}

const keysByDocument = new WeakMap<DocumentNode, Set<string>>();

/** Every response key (alias or field name) the document selects anywhere (Yoga reuses parsed documents). */
function responseKeys(document: DocumentNode): Set<string> {
  let keys = keysByDocument.get(document);
  if (keys) return keys;
  keysByDocument.set(document, (keys = new Set<string>()));
  visit(document, { Field: (field) => void keys.add(field.alias?.value ?? field.name.value) });
  return keys;
}

/**
 * Enforces `maxCost`, spends the cost from the client's rate-limit bucket (refunding what the
 * result did not use, as Shopify does) and reports both in `extensions.cost` (the bucket's state
 * only on POST: GET answers are shared through caches). Admin requests are
 * not rate limited: the operator's own ingests should not queue behind public traffic.
 */
function useQueryCost(maxCost: number, limiter: CostRateLimiter): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as unknown as LimitContext;
      let requested: number;
      try {
        requested = requestedCost(args);
      } catch (error) {
        setResultAndStopExecution({ errors: [error as GraphQLError] });
        return;
      }
      if (requested > maxCost) {
        // Refusing it took parsing, validating and costing: it is charged the limit it broke, so a
        // client repeating it is refused with 429 (before its body is read) after two.
        if (limiter.enabled && !ctx.isAdmin) limiter.take(ctx.clientKey ?? 'unknown', maxCost);
        setResultAndStopExecution({
          errors: [
            apiError(
              'QUERY_TOO_COMPLEX',
              `Query cost ${requested} exceeds the limit of ${maxCost}; ask for smaller pages.`,
            ),
          ],
          extensions: { cost: { requestedQueryCost: requested, actualQueryCost: 0 } satisfies QueryCost },
        });
        return;
      }
      const client = ctx.clientKey ?? 'unknown';
      const limited = limiter.enabled && !ctx.isAdmin;
      if (limited) {
        const spent = limiter.spend(client, requested);
        if (!spent.ok) {
          const retryAfter = String(spent.retryAfterSeconds);
          setResultAndStopExecution({
            errors: [
              apiError('RATE_LIMITED', `Rate limit exceeded; retry after ${retryAfter} s.`, {
                http: { status: 429, headers: { 'Retry-After': retryAfter } },
                retryAfter: spent.retryAfterSeconds,
              }),
            ],
            extensions: {
              cost: {
                requestedQueryCost: requested,
                actualQueryCost: 0,
                throttleStatus: spent.status,
              } satisfies QueryCost,
            },
          });
          return;
        }
      }
      const cost = requested;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const actual = Math.min(cost, actualCost(result.data, responseKeys(args.document)));
          const status = limited ? limiter.refund(client, cost - actual) : undefined;
          // A GET answer is cacheable and shared (its ETag is its bytes), so it carries no one client's bucket.
          const throttleStatus = ctx.request?.method === 'GET' ? undefined : status;
          const extension: QueryCost = {
            requestedQueryCost: cost,
            actualQueryCost: actual,
            ...(throttleStatus && { throttleStatus }),
          };
          setResult({ ...result, extensions: { ...result.extensions, cost: extension } });
        },
      };
    },
  };
}

/** Characters of a document that cost one point when it fails validation. */
const INVALID_CHARACTERS_PER_POINT = 100;

/**
 * A document that fails validation never reaches the cost plugin, yet validating it took time in
 * proportion to its size (an unknown field written 2,000 times: ~6 ms): it is charged a point per
 * 100 characters, so a flood of invalid documents runs out of points like any other.
 */
function useInvalidDocumentCharge(limiter: CostRateLimiter): Plugin {
  return {
    onValidate({ context, params }) {
      return ({ valid }) => {
        if (valid || !limiter.enabled) return;
        const characters = params.documentAST.loc?.source.body.length ?? 0;
        const client = (context as { clientKey?: string }).clientKey ?? 'unknown';
        limiter.take(client, Math.floor(characters / INVALID_CHARACTERS_PER_POINT));
      };
    },
  };
}

/**
 * A refused query is a 400 for every client. Yoga marks parse errors (the token limit is one) as
 * GraphQL-over-HTTP "spec" errors, which it answers with 200 to application/json clients; this
 * hook, running last, takes QUERY_TOO_COMPLEX errors out of that rule.
 */
function useRefusalStatus(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (Symbol.asyncIterator in single) continue;
        for (const error of single.errors ?? []) {
          const http = error.extensions?.http as { spec?: boolean } | undefined;
          if (error.extensions?.code === 'QUERY_TOO_COMPLEX' && http) http.spec = false;
        }
      }
    },
  };
}

/** Every limit on what a request may ask, as Yoga plugins, in the order they apply. */
export function limitPlugins(limiter: CostRateLimiter, limits: typeof LIMITS = LIMITS): Plugin[] {
  return [
    useCsrfPreventionOnPost(),
    useGetParamsCheck(),
    useDocumentSizeLimit(limits.maxDocumentBytes),
    useVariablesDepthLimit(limits.maxVariablesDepth),
    maxTokensPlugin({ n: limits.maxTokens, ...armorRejection }),
    maxDepthPlugin({ n: limits.maxDepth, ...armorRejection }),
    maxAliasesPlugin({ n: limits.maxAliases, ...armorRejection }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...armorRejection }),
    useOverlapLimit(limits.maxOverlapWork),
    useInvalidDocumentCharge(limiter),
    blockFieldSuggestionsPlugin({ mask: '' }),
    useNoSubscriptions(),
    useQueryCost(limits.maxCost, limiter),
    useAnswerSizeLimit(limits.maxAnswerTextChars),
    useRefusalStatus(),
  ];
}

/** A GraphQL-shaped error response made outside Yoga (before the body is read). */
export function errorResponse(
  code: string,
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { errors: [{ message, extensions: { code } }] },
    { status, headers: { 'access-control-allow-origin': '*', ...headers } },
  );
}

/** Bytes of a request body (by its Content-Length) that cost a point on admission. */
const BODY_BYTES_PER_POINT = 10_000;

/**
 * Every request (but an admin's) spends one point of its client's bucket before anything else is
 * done for it, plus a point per 10,000 bytes of body it declares (reading and parsing 2.4 MB of
 * JSON is work whatever is refused after), so a flood of requests that never reach execution
 * (malformed, oversized) is limited too. Returns the 429 response when the bucket is short.
 */
export function admitRequest(
  limiter: CostRateLimiter,
  client: string,
  isAdmin: boolean,
  bodyBytes = 0,
): Response | undefined {
  if (!limiter.enabled || isAdmin) return undefined;
  const spent = limiter.spend(client, 1 + Math.floor(bodyBytes / BODY_BYTES_PER_POINT));
  if (spent.ok) return undefined;
  const retryAfter = String(spent.retryAfterSeconds);
  return errorResponse('RATE_LIMITED', `Rate limit exceeded; retry after ${retryAfter} s.`, 429, {
    'retry-after': retryAfter,
  });
}
