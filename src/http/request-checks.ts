import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

/** True when `value` holds objects or arrays nested deeper than `max` (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses `variables` and `extensions` nested deeper than `maxDepth` before anything walks them
 * recursively (JSON.stringify for a cache key overflows the stack at a few thousand levels).
 */
export function useVariablesDepthLimit(maxDepth: number): Plugin {
  return {
    onParams({ params }) {
      for (const name of ['variables', 'extensions'] as const) {
        if (nestedDeeperThan(params[name], maxDepth)) {
          throw apiError('BAD_USER_INPUT', `\`${name}\` is nested deeper than ${maxDepth} levels.`);
        }
      }
    },
  };
}

/**
 * A GET's `variables` and `extensions` must be JSON objects: Yoga parses them itself and answers a
 * parse failure as a server error.
 */
export function useGetParamsCheck(): Plugin {
  return {
    onRequestParse({ request, url }) {
      if (request.method !== 'GET') return;
      for (const name of ['variables', 'extensions']) {
        const raw = url.searchParams.get(name);
        if (raw === null || raw === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          throw apiError('BAD_REQUEST', `The \`${name}\` parameter is not valid JSON.`);
        }
        if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
          throw apiError('BAD_REQUEST', `The \`${name}\` parameter must be a JSON object.`);
        }
      }
    },
  };
}

/** The schema has no subscriptions: a subscription operation is the client's mistake, not a fault. */
export function useNoSubscriptions(): Plugin {
  return {
    onSubscribe({ setResultAndStopExecution }) {
      setResultAndStopExecution({
        errors: [apiError('BAD_REQUEST', 'This API has no subscriptions; send a query or a mutation.')],
      });
    },
  };
}
