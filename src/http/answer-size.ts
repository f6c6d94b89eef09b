import { defaultFieldResolver, getNamedType, GraphQLString, isObjectType, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

/** Text an answer has carried so far, per request; `refusal` is set once it went past the limit. */
interface TextBudget {
  left: number;
  refusal?: ReturnType<typeof apiError>;
}

const budgets = new WeakMap<object, TextBudget>();
const counted = new WeakSet<GraphQLSchema>();

function spend(budget: TextBudget, value: unknown, maxChars: number): unknown {
  if (budget.refusal) throw budget.refusal;
  let chars = 0;
  if (typeof value === 'string') chars = value.length;
  else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') chars += item.length;
  budget.left -= chars;
  if (budget.left < 0) {
    budget.refusal = apiError(
      'RESPONSE_TOO_LARGE',
      `The answer would carry more than ${maxChars} characters of text; ask for fewer items or leave out body and paragraphs.`,
    );
    throw budget.refusal;
  }
  return value;
}

/**
 * Wraps the resolver of every String field (and list of strings) of the schema's own types so that
 * what it returns is counted against the request's budget. Introspection's types are left alone:
 * their size is bounded by what introspection costs.
 */
function countText(schema: GraphQLSchema, maxChars: number) {
  if (counted.has(schema)) return;
  counted.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type) !== GraphQLString) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        const budget = budgets.get(context as object);
        if (!budget) return value;
        return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function'
          ? (value as PromiseLike<unknown>).then((resolved) => spend(budget, resolved, maxChars))
          : spend(budget, value, maxChars);
      };
    }
  }
}

/**
 * Caps the text an answer may carry (`maxChars` UTF-16 characters over every String field), counted
 * as resolvers return it: the cost model counts fields, not their length, and a page of 100
 * articles' bodies can be 100 MB. Past the cap the remaining text fields stop at once and the answer
 * is a single `RESPONSE_TOO_LARGE` error, so the oversized result is never serialised. Runs after
 * the cost plugin, which has charged the request for what it asked.
 */
export function useAnswerSizeLimit(maxChars: number): Plugin {
  return {
    onExecute({ args }) {
      countText(args.schema, maxChars);
      const budget: TextBudget = { left: maxChars };
      budgets.set(args.contextValue as object, budget);
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !budget.refusal) return;
          setResult({ data: null, errors: [budget.refusal], extensions: result.extensions });
        },
      };
    },
  };
}
