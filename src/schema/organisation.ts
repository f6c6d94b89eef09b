import { eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { allOf } from './sql.js';
import { organisationKinds, organisations, people } from '../db/schema.js';
import { lookupArgs, whereForLookup } from './lookup.js';
import { distinctOthers, PersonConnection } from './person.js';
import { namedConnection } from './connection.js';
import { QuoteConnection } from './quote.js';
import { organisationNameCondition } from './text-search.js';
import { ArticleConnection } from './article.js';

const kindDescriptions: Record<(typeof organisationKinds)[number], string> = {
  GOVERNMENT: 'A national or local government, or a country speaking as one ("Russia said").',
  GOVERNMENT_AGENCY: 'A ministry, agency or service of a government.',
  MEDIA: 'A news outlet or agency.',
  UNIVERSITY: 'A university or school.',
  THINK_TANK: 'A research institute or think tank.',
  MILITARY: 'An armed force or military command.',
  INTERNATIONAL: 'An international organisation or alliance (UN, NATO, EU).',
  LEGISLATURE: 'A parliament, assembly or one of its committees.',
  COMPANY: 'A business.',
  OTHER: 'Anything else: parties, NGOs, unions, courts, …',
};

export const OrganisationKind = builder.enumType('OrganisationKind', {
  description: 'What sort of organisation it is.',
  values: Object.fromEntries(organisationKinds.map((kind) => [kind, { description: kindDescriptions[kind] }])) as {
    [K in (typeof organisationKinds)[number]]: { description: string };
  },
});

export const Organisation = builder.drizzleNode('organisations', {
  name: 'Organisation',
  description: 'An organisation mentioned, quoted, or publishing in the news.',
  id: { column: (organisation) => organisation.id },
  select: {},
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: false, description: 'URL-friendly unique name.' }),
    name: t.exposeString('name', { nullable: false, description: 'Canonical full name.' }),
    acronym: t.exposeString('acronym', {
      nullable: true,
      description: 'Acronym tied to the name in some article ("NIS").',
    }),
    aliases: t.stringList({
      nullable: false,
      description: 'Other names seen: "Nato", "Seoul\'s spy agency".',
      select: { columns: { name: true }, with: { aliases: { columns: { alias: true } } } },
      resolve: (organisation) =>
        distinctOthers(
          organisation.aliases.map((a) => a.alias),
          organisation.name,
        ),
    }),
    kind: t.expose('kind', {
      nullable: false,
      type: OrganisationKind,
      description: 'What sort of organisation it is.',
    }),
    mentionCount: t.exposeInt('mentionCount', {
      nullable: false,
      description:
        'References across all articles: each time the text names it, and at least once in every article that names it, ' +
        'quotes it, or is published by it (as `source` or `publisher`). Never 0 for an organisation that is stored.',
    }),
    quoteCount: t.exposeInt('quoteCount', {
      nullable: false,
      description: 'Quotes attributed to the organisation itself.',
    }),
    people: t.drizzleConnection(
      {
        type: 'people',
        nullable: false,
        description:
          'People affiliated with the organisation, each once whatever their roles (see `Person.affiliations`), most mentioned first.',
        // The organisation's id, which the page and its count are read by.
        select: { columns: { id: true } } as never,
        totalCount: (organisation, _args, ctx) =>
          ctx.db.$count(people, affiliatedWith((organisation as { id: number }).id)(people)),
        resolve: (query, organisation, _args, ctx) =>
          ctx.db.query.people.findMany(
            query({
              where: { RAW: affiliatedWith((organisation as { id: number }).id) },
              orderBy: { mentionCount: 'desc', id: 'asc' },
            }),
          ),
      },
      PersonConnection,
    ),
    quotes: t.relatedConnection(
      'quotes',
      {
        nullable: false,
        description: 'Quotes attributed to the organisation itself, newest first.',
        totalCount: true,
        query: { orderBy: { id: 'desc' } },
      },
      QuoteConnection,
    ),
    articles: t.relatedConnection(
      'articles',
      {
        nullable: false,
        description: 'Articles that mention the organisation, newest first.',
        totalCount: true,
        query: { orderBy: { sortDate: 'desc', id: 'desc' } },
      },
      ArticleConnection,
    ),
    published: t.relatedConnection(
      'published',
      {
        nullable: false,
        description: 'Articles the organisation published, when it is an outlet; newest first.',
        totalCount: true,
        query: { orderBy: { sortDate: 'desc', id: 'desc' } },
      },
      ArticleConnection,
    ),
  }),
});

/** People with at least one affiliation to the organisation: an `exists`, so each person once. */
function affiliatedWith(organisationId: number) {
  return (t: typeof people) =>
    sql`exists (select 1 from affiliations f where f.person_id = ${t.id} and f.organisation_id = ${organisationId})`;
}

export const OrganisationConnection = namedConnection('Organisation', Organisation, 'organisations');

export const OrganisationOrder = builder.enumType('OrganisationOrder', {
  description:
    'How to sort organisations. Pages are cut by keyset (the sort value, then the ID), so rows added between two pages never make a page repeat or skip a row; ' +
    'but mention counts move as articles arrive, and an organisation whose count changes between two pages can cross the page boundary. NAME is fixed.',
  values: {
    MOST_MENTIONED: { description: 'Most mentions first.' },
    NAME: { description: 'By name, A to Z.' },
  } as const,
});

export const OrganisationFilter = builder.inputType('OrganisationFilter', {
  description: 'Conditions on organisations; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({
      description:
        'Name, acronym or an alias matches these words (case and accents ignored, the last word a prefix: "nis", "national intell").',
    }),
    kind: t.field({ type: OrganisationKind, description: 'Of this kind.' }),
  }),
});

type OrganisationTable = typeof organisations;

function organisationWhere(
  filter: typeof OrganisationFilter.$inferInput | null | undefined,
): (t: OrganisationTable) => SQL {
  const parts: ((t: OrganisationTable) => SQL)[] = [];
  if (filter?.name != null) parts.push(organisationNameCondition(filter.name));
  if (filter?.kind != null) {
    const kind = filter.kind;
    parts.push((t) => eq(t.kind, kind));
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

builder.queryFields((t) => ({
  organisation: t.drizzleField({
    type: 'organisations',
    nullable: true,
    description: 'One organisation by global `id` or by `slug` (exactly one); null when there is none.',
    args: lookupArgs(t),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.organisations.findFirst(query({ where: whereForLookup(args, 'Organisation') })),
  }),
  organisations: t.drizzleConnection(
    {
      nullable: false,
      type: 'organisations',
      description: 'All organisations, most mentioned first unless `orderBy` says otherwise.',
      args: {
        where: t.arg({ type: OrganisationFilter, description: 'Only organisations matching every given condition.' }),
        orderBy: t.arg({
          type: OrganisationOrder,
          defaultValue: 'MOST_MENTIONED',
          description: 'Sort order (default MOST_MENTIONED).',
        }),
      },
      totalCount: (_root, args, ctx) => ctx.db.$count(organisations, organisationWhere(args.where)(organisations)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.organisations.findMany(
          query({
            where: { RAW: organisationWhere(args.where) },
            orderBy: args.orderBy === 'NAME' ? { name: 'asc', id: 'asc' } : { mentionCount: 'desc', id: 'asc' },
          }),
        ),
    },
    OrganisationConnection,
  ),
}));
