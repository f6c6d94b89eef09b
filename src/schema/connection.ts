import { builder } from '../builder.js';

/** A relatedConnection carries its count as a value, a drizzleConnection as a thunk. */
function countOf(connection: { totalCount?: number | (() => number | Promise<number>) }) {
  const count = connection.totalCount;
  return typeof count === 'function' ? count() : (count ?? null);
}

/**
 * One named connection type per node type (ArticleConnection, PersonConnection, …), shared by every
 * field that pages over that type, each with `totalCount`.
 */
export function namedConnection(name: string, nodeRef: any, nodeLabel: string) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${name}Connection`,
      // Every page lists its items, and every item is there: a row is read with its edge.
      edgesNullable: { list: false, items: false },
      nodeNullable: false,
      description: `A page of ${nodeLabel}, with the total across all pages.`,
      fields: (t) => ({
        totalCount: t.int({
          nullable: false,
          description: `Number of ${nodeLabel} across all pages.`,
          resolve: (connection) => countOf(connection as never) as never,
        }),
      }),
    },
    { name: `${name}Edge`, description: `One of the ${nodeLabel} in a page, with its cursor.` },
  );
}
