import { eq, gt, gte, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { builder } from '../builder.js';
import { allOf } from './sql.js';
import { type articles, UNKNOWN_SORT_DATE } from '../db/schema.js';
import { badInput } from '../errors.js';
import type { Database } from '../db/index.js';
import { decodeId, rowIdOf } from './ids.js';
import { articleTextCondition } from './text-search.js';

export const ArticleOrder = builder.enumType('ArticleOrder', {
  description:
    'How to sort articles. Pages are cut by keyset (date or quote count, then the ID), and none of these values change once an article is stored ' +
    '(but for a publication date fixed by `updateArticle`), ' +
    'so articles ingested between two pages never make a page repeat or skip an article.',
  values: {
    NEWEST: {
      description:
        'Most recently published first; articles whose publication date is unknown come after every dated one (most recently stored first).',
    },
    OLDEST: {
      description:
        'The reverse of NEWEST: articles whose publication date is unknown first, then earliest published first.',
    },
    MOST_QUOTED: { description: 'Most quotes first.' },
  } as const,
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Conditions on articles; all given conditions must hold.',
  fields: (t) => ({
    source: t.id({ description: 'Published by this outlet (an Organisation ID).' }),
    mentions: t.id({ description: 'Mentions this Person or Organisation (its ID).' }),
    quotes: t.id({ description: 'Quotes this Person or Organisation (its ID).' }),
    publishedAfter: t.field({
      type: 'DateTime',
      description: 'Published at or after this time (an article whose date is unknown matches no date condition).',
    }),
    publishedBefore: t.field({
      type: 'DateTime',
      description: 'Published at or before this time (an article whose date is unknown matches no date condition).',
    }),
    search: t.string({
      description:
        'Full-text search over title and body, as `Query.search` searches articles (names under any of their forms).',
    }),
  }),
});

type Filter = typeof ArticleFilter.$inferInput;
type Table = typeof articles;

/** The SQL condition for a filter, as a function of the (possibly aliased) articles table; null when nothing can match. */
export async function articleWhere(
  db: Database,
  filter: Filter | null | undefined,
): Promise<((t: Table) => SQL) | null> {
  if (!filter) return () => allOf([]);
  const parts: ((t: Table) => SQL)[] = [];
  if (filter.source != null) {
    const id = rowIdOf(filter.source, 'Organisation');
    parts.push((t) => eq(t.sourceId, id));
  }
  if (filter.mentions != null) {
    const { typename, id } = decodeId(filter.mentions);
    if (typename === 'Person') {
      parts.push(
        (t) =>
          sql`exists (select 1 from article_people m where m.article_id = ${t.id} and m.person_id = ${Number(id)})`,
      );
    } else if (typename === 'Organisation') {
      parts.push(
        (t) =>
          sql`exists (select 1 from article_organisations m where m.article_id = ${t.id} and m.organisation_id = ${Number(id)})`,
      );
    } else {
      throw badKind('mentions');
    }
  }
  if (filter.quotes != null) {
    const { typename, id } = decodeId(filter.quotes);
    if (typename === 'Person') {
      parts.push(
        (t) =>
          sql`exists (select 1 from quotes q where q.article_id = ${t.id} and q.speaker_person_id = ${Number(id)})`,
      );
    } else if (typename === 'Organisation') {
      parts.push(
        (t) =>
          sql`exists (select 1 from quotes q where q.article_id = ${t.id} and q.speaker_organisation_id = ${Number(id)})`,
      );
    } else {
      throw badKind('quotes');
    }
  }
  const range = publishedRange(filter.publishedAfter, filter.publishedBefore);
  if (range) parts.push((t) => range(t.sortDate));
  if (filter.search != null) {
    const condition = await articleTextCondition(db, filter.search);
    if (condition === null) return null;
    parts.push(condition);
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

/**
 * A publication-date range on an articles' sort-date column; null when neither end is given. An
 * article whose date is unknown (UNKNOWN_SORT_DATE) is in no range, whichever ends are given.
 */
export function publishedRange(
  after: string | null | undefined,
  before: string | null | undefined,
): ((sortDate: SQLWrapper) => SQL) | null {
  if (after == null && before == null) return null;
  return (sortDate) =>
    allOf([
      after == null ? gt(sortDate, UNKNOWN_SORT_DATE) : gte(sortDate, after),
      ...(before == null ? [] : [lte(sortDate, before)]),
    ]);
}

function badKind(field: string) {
  return badInput(`\`${field}\` takes the ID of a Person or an Organisation`);
}

export function articleOrderBy(order: 'NEWEST' | 'OLDEST' | 'MOST_QUOTED') {
  switch (order) {
    case 'OLDEST':
      return { sortDate: 'asc', id: 'asc' } as const;
    case 'MOST_QUOTED':
      return { quoteCount: 'desc', id: 'desc' } as const;
    default:
      return { sortDate: 'desc', id: 'desc' } as const;
  }
}
