import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { sql } from 'drizzle-orm';
import { getNamedType, getNullableType, isListType, type GraphQLField } from 'graphql';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { z } from 'zod/mini';
import type { Context } from './context.js';
import { relations, type Relations } from './db/index.js';
import { badInput } from './errors.js';
import { decodeId, encodeId } from './schema/ids.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const pageSize = z.nullish(
  z
    .number()
    .check(
      z.int(),
      z.minimum(0, `must be between 0 and ${MAX_PAGE_SIZE}`),
      z.maximum(MAX_PAGE_SIZE, `may not exceed ${MAX_PAGE_SIZE}`),
    ),
);

const tableOfType = {
  Article: 'articles',
  Person: 'people',
  Organisation: 'organisations',
  Quote: 'quotes',
  Claim: 'claims',
  Figure: 'figures',
  Feed: 'feeds',
  Correction: 'corrections',
} as const;

/**
 * The drizzle plugin's node loader rejects a whole batch when one ID has no row (and remembers the
 * rejection), so IDs are checked for existence first and only existing ones are loaded; the rest are null.
 */
async function loadExistingNodes<T>(
  ctx: Context,
  ids: { typename: string; id: string }[],
  resolveNodes: (ids: { typename: string; id: string }[]) => Promise<readonly T[]>,
): Promise<(T | null)[]> {
  // One page's worth, like connections; it also keeps each lookup within D1's 100 bound parameters.
  if (ids.length > MAX_PAGE_SIZE) throw badInput(`\`nodes\` takes at most ${MAX_PAGE_SIZE} IDs.`);
  const existing = new Set<string>();
  for (const typename of new Set(ids.map((id) => id.typename))) {
    const table = tableOfType[typename as keyof typeof tableOfType];
    const wanted = ids.filter((id) => id.typename === typename).map((id) => Number(id.id));
    const rows = await ctx.db.all<{ id: number }>(
      sql`select id from ${sql.identifier(table)} where id in (${sql.join(
        wanted.map((n) => sql`${n}`),
        sql`, `,
      )})`,
    );
    for (const row of rows) existing.add(`${typename}:${row.id}`);
  }
  const present = ids.filter((id) => existing.has(`${id.typename}:${Number(id.id)}`));
  const loaded = present.length ? await resolveNodes(present) : [];
  const byKey = new Map(present.map((id, i) => [`${id.typename}:${Number(id.id)}`, loaded[i]]));
  return ids.map((id) => byKey.get(`${id.typename}:${Number(id.id)}`) ?? null);
}

/**
 * Cost of one field: 1, and its selection counted once per item it can return. A connection's
 * items are its page size (`first`/`last`, default 20; out-of-range sizes are rejected by validation,
 * so they count as the nearest valid size); its `edges` list is then not multiplied again.
 */
function fieldCost(args: Record<string, unknown>, _ctx: Context, field: GraphQLField<unknown, Context>) {
  const pageArg = field.args.find((arg) => arg.name === 'first' || arg.name === 'last');
  if (pageArg) {
    const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
    return { field: 1, multiplier: Number.isFinite(size) ? Math.min(Math.max(size, 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE };
  }
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  const type = getNullableType(field.type);
  if (!isListType(type)) return 1;
  return { field: 1, multiplier: getNamedType(type).name.endsWith('Edge') ? 1 : DEFAULT_PAGE_SIZE };
}

export interface PothosTypes {
  Context: Context;
  DrizzleRelations: Relations;
  Scalars: {
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string | number };
  };
}

export const builder = new SchemaBuilder<PothosTypes>({
  plugins: [ValidationPlugin, ComplexityPlugin, RelayPlugin, DrizzlePlugin],
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    cursorType: 'String',
    encodeGlobalID: encodeId,
    decodeGlobalID: decodeId,
    firstArgOptions: {
      validate: pageSize,
      description: `Page size from the start (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    },
    lastArgOptions: { validate: pageSize, description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor`).' },
    beforeArgOptions: { description: 'Return items before this cursor (a `startCursor`).' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist.',
      args: { id: { description: 'A global ID from any `id` field.' } },
      resolve: async (_root, { id }, ctx, _info, resolveNode) =>
        (await loadExistingNodes(ctx, [id], async ([only]) => [await resolveNode(only)]))[0],
    },
    nodesQueryOptions: {
      description: 'Fetches objects by global IDs, in order; null for each that does not exist.',
      args: { ids: { description: `Global IDs from \`id\` fields, at most ${MAX_PAGE_SIZE}.` } },
      resolve: (_root, args, ctx, _info, resolveNodes) =>
        loadExistingNodes(ctx, args.ids, (present) => {
          // The relay plugin's callback loads `args.ids`, whatever it is given.
          (args as { ids: unknown }).ids = present;
          return resolveNodes(present);
        }),
    },
    nodeTypeOptions: { description: 'An object with a global, opaque ID.' },
    pageInfoTypeOptions: { description: 'Where a page stands in its connection.' },
    idFieldOptions: { description: 'Global, opaque ID; pass it to `node(id:)`.' },
    cursorFieldOptions: { description: 'Opaque cursor for `after`/`before`.' },
    nodeFieldOptions: { description: 'The item at this edge.' },
    edgesFieldOptions: { description: 'The items of this page with their cursors.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
  },
  validation: {
    validationError: (result) =>
      badInput(result.issues.map((issue) => `${(issue.path ?? []).join('.')}: ${issue.message}`).join('; ')),
  },
  complexity: {
    // Connections multiply their children's cost by the page size asked for (GitHub's and Shopify's model).
    defaultComplexity: 1,
    defaultListMultiplier: DEFAULT_PAGE_SIZE,
    fieldComplexity: fieldCost,
  },
});
