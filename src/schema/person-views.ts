import { sql } from 'drizzle-orm';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { idList } from '../search/fts.js';

interface OutletCoverageRow {
  outlet: object | null;
  articleCount: number;
  quoteCount: number;
  lastPublishedAt: string | null;
}

const OutletCoverage = builder.objectRef<OutletCoverageRow>('OutletCoverage').implement({
  description: "One outlet's coverage of a person: how many of its articles mention them and how often it quotes them.",
  fields: (t) => ({
    outlet: t.field({
      type: 'Organisation' as never,
      nullable: true,
      description:
        'The outlet (an Organisation of kind MEDIA, usually); null for the articles whose outlet could not be told, counted together.',
      resolve: (row) => row.outlet as never,
    }),
    articleCount: t.exposeInt('articleCount', {
      nullable: false,
      description: "The outlet's articles that mention or quote the person.",
    }),
    quoteCount: t.exposeInt('quoteCount', { nullable: false, description: 'Quotes of the person in those articles.' }),
    lastPublishedAt: t.expose('lastPublishedAt', {
      type: 'DateTime',
      nullable: true,
      description: "The newest of those articles' publication dates; null when none of them has a known date.",
    }),
  }),
});

/**
 * Per outlet (the source of each article), the articles that mention or quote the person and the
 * quotes in them. Articles whose outlet could not be told make one entry of their own (outlet null),
 * so the entries add up to every article and every quote of the person.
 */
async function coverageOf(ctx: Context, personId: number, quotedOnly: boolean): Promise<OutletCoverageRow[]> {
  const rows = await ctx.db.all<{ outlet_id: number | null; articles: number; quotes: number; last: string }>(sql`
    select a.source_id as outlet_id, count(*) as articles, sum(c.quotes) as quotes, max(a.published_at) as last
    from (
      select article_id, sum(quotes) as quotes from (
        select article_id, 0 as quotes from article_people where person_id = ${personId}
        union all
        select article_id, count(*) from quotes where speaker_person_id = ${personId} group by article_id
      ) group by article_id
    ) c join articles a on a.id = c.article_id
    group by a.source_id
    ${quotedOnly ? sql`having sum(c.quotes) > 0 order by quotes desc` : sql`order by articles desc`},
      outlet_id is null, outlet_id asc`);
  if (!rows.length) return [];
  const outletIds = rows.flatMap((r) => (r.outlet_id === null ? [] : [r.outlet_id]));
  const outlets = outletIds.length
    ? await ctx.db.query.organisations.findMany({
        where: { RAW: (t) => sql`${t.id} in (${idList(outletIds)})` },
      })
    : [];
  const byId = new Map(outlets.map((o) => [o.id, o]));
  return rows.map((r) => ({
    outlet: r.outlet_id === null ? null : (byId.get(Number(r.outlet_id)) ?? null),
    articleCount: Number(r.articles),
    quoteCount: Number(r.quotes),
    lastPublishedAt: r.last,
  }));
}

builder.drizzleObjectFields('people', (t) => ({
  coverage: t.field({
    nullable: false,
    type: [OutletCoverage],
    description:
      'Which outlets cover the person: per outlet, the articles that mention or quote them and the quotes; most articles first. ' +
      'Articles whose outlet could not be told are one entry with `outlet: null`, so the entries add up to all of them.',
    select: { columns: { id: true } },
    complexity: { field: 5, multiplier: 10 },
    resolve: (person, _args, ctx) => coverageOf(ctx, person.id, false),
  }),
  quotedBy: t.field({
    nullable: false,
    type: [OutletCoverage],
    description:
      'Which outlets quote the person, and how often; most quotes first. Outlets that only mention them are left out; ' +
      'quotes in articles whose outlet could not be told are one entry with `outlet: null`, so the quote counts add up to `quoteCount`.',
    select: { columns: { id: true } },
    complexity: { field: 5, multiplier: 10 },
    resolve: (person, _args, ctx) => coverageOf(ctx, person.id, true),
  }),
}));
