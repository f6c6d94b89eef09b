import { sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { allOf } from './sql.js';
import { people } from '../db/schema.js';
import { rowIdOf } from './ids.js';
import { personNameCondition } from './text-search.js';
import { lookupArgs, whereForLookup } from './lookup.js';
import { namedConnection } from './connection.js';
import { foldDescriptions } from './descriptions.js';
import { QuoteConnection } from './quote.js';
import { ArticleConnection } from './article.js';

export const Person = builder.drizzleNode('people', {
  name: 'Person',
  description: 'A person mentioned or quoted in the news, resolved across articles and outlets.',
  id: { column: (person) => person.id },
  // Only the columns a query asks for: the story query's 400 speakers need their names alone.
  select: {},
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: false, description: 'URL-friendly unique name.' }),
    name: t.exposeString('name', {
      nullable: false,
      description: 'Canonical full name, without titles or honorifics.',
    }),
    aliases: t.stringList({
      nullable: false,
      description: 'Other spellings seen in articles, e.g. "Park Sunwon" for Park Sun-won.',
      select: { columns: { name: true }, with: { aliases: { columns: { alias: true } } } },
      resolve: (person) =>
        distinctOthers(
          person.aliases.map((a) => a.alias),
          person.name,
        ),
    }),
    descriptions: t.stringList({
      nullable: false,
      description:
        'Titles and descriptions seen with the name: "U.S. Defense Secretary", "a research fellow at …". ' +
        'Each once whatever its case, in its fullest form: "Ukrainian President" stands for "President" too, "Rep." for "Rep".',
      select: { with: { descriptions: { columns: { description: true } } } },
      resolve: (person) => foldDescriptions(person.descriptions.map((d) => d.description)),
    }),
    affiliations: t.field({
      type: ['Affiliation' as never],
      nullable: false,
      description:
        'Organisations the person is affiliated with, each once, and in what roles (`roles`), in the order first seen.',
      // A person has a handful of affiliations, not a page of them: cost them as such.
      complexity: { field: 1, multiplier: 3 },
      // The affiliation rows (one per organisation and role) planned into the person's own statement,
      // with the fields asked of them, then folded into one per organisation.
      select: ((_args: unknown, _ctx: unknown, nestedSelection: (query: object) => object) => ({
        with: { affiliations: nestedSelection({ orderBy: { id: 'asc' } }) },
      })) as never,
      resolve: ((person: { affiliations: AffiliationRow[] }) => byOrganisation(person.affiliations)) as never,
    }),
    mentionCount: t.exposeInt('mentionCount', {
      nullable: false,
      description:
        'References across all articles: each time the text names the person, and at least once in every article that names or quotes them.',
    }),
    quoteCount: t.exposeInt('quoteCount', {
      nullable: false,
      description: 'Quotes attributed to the person across all articles.',
    }),
    quotes: t.relatedConnection(
      'quotes',
      {
        nullable: false,
        description: 'Quotes attributed to the person, newest first.',
        totalCount: true,
        query: { orderBy: { id: 'desc' } },
      },
      QuoteConnection,
    ),
    articles: t.relatedConnection(
      'articles',
      {
        nullable: false,
        description: 'Articles that mention the person, newest first.',
        totalCount: true,
        query: { orderBy: { sortDate: 'desc', id: 'desc' } },
      },
      ArticleConnection,
    ),
  }),
});

export const PersonConnection = namedConnection('Person', Person, 'people');

export function distinctOthers(values: string[], name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const value of values) {
    if (!seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

interface AffiliationRow {
  organisationId: number;
  role: string;
  roles?: string[];
}

/** One affiliation per organisation (the first row's), carrying every role given for it. */
function byOrganisation(rows: AffiliationRow[]): AffiliationRow[] {
  const first = new Map<number, AffiliationRow>();
  for (const row of rows) {
    const kept = first.get(row.organisationId) ?? { ...row, roles: [] };
    first.set(row.organisationId, kept);
    if (row.role && !kept.roles!.includes(row.role)) kept.roles!.push(row.role);
    kept.role ||= row.role;
  }
  return [...first.values()];
}

builder.drizzleObject('affiliations', {
  name: 'Affiliation',
  description: "A person's tie to an organisation.",
  // The role always comes with the row (it is short), so `role` is a plain read: a field with its
  // own selection is wrapped by the drizzle plugin, a cost paid per affiliation of a 20 × 20 page.
  select: { columns: { role: true, organisationId: true } },
  fields: (t) => ({
    organisation: t.relation('organisation', { nullable: false, description: 'The organisation.' }),
    role: t.string({
      nullable: true,
      description: 'The first role seen, as written ("chief", "spokesman", "research fellow"), when one was given.',
      resolve: (affiliation) => affiliation.role || null,
    }),
    roles: t.stringList({
      nullable: false,
      description:
        'Every role seen with this organisation, as written, in the order first seen: ["chief", "Director"].',
      resolve: (affiliation) => (affiliation as AffiliationRow).roles ?? (affiliation.role ? [affiliation.role] : []),
    }),
  }),
});

export const PersonOrder = builder.enumType('PersonOrder', {
  description:
    'How to sort people. Pages are cut by keyset (the sort value, then the ID), so rows added between two pages never make a page repeat or skip a row; ' +
    'but counts move as articles arrive, and a person whose count changes between two pages can cross the page boundary. NAME is fixed.',
  values: {
    MOST_QUOTED: { description: 'Most quotes first.' },
    MOST_MENTIONED: { description: 'Most mentions first.' },
    NAME: { description: 'By name, A to Z.' },
  } as const,
});

export const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Conditions on people; all given conditions must hold.',
  fields: (t) => ({
    name: t.string({
      description:
        'Name or an alias matches these words (case and accents ignored, the last word a prefix: "park sun" finds Park Sun-won).',
    }),
    organisation: t.id({ description: 'Affiliated with this Organisation (its ID).' }),
    quoted: t.boolean({ description: 'true: only people quoted at least once; false: only people never quoted.' }),
  }),
});

type PersonTable = typeof people;

function personWhere(filter: typeof PersonFilter.$inferInput | null | undefined): (t: PersonTable) => SQL {
  const parts: ((t: PersonTable) => SQL)[] = [];
  if (filter?.name != null) parts.push(personNameCondition(filter.name));
  if (filter?.organisation != null) {
    const id = rowIdOf(filter.organisation, 'Organisation');
    parts.push(
      (t) => sql`exists (select 1 from affiliations f where f.person_id = ${t.id} and f.organisation_id = ${id})`,
    );
  }
  if (filter?.quoted != null) {
    const quoted = filter.quoted;
    parts.push((t) => (quoted ? sql`${t.quoteCount} > 0` : sql`${t.quoteCount} = 0`));
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

function personOrderBy(order: 'MOST_QUOTED' | 'MOST_MENTIONED' | 'NAME') {
  switch (order) {
    case 'MOST_QUOTED':
      return { quoteCount: 'desc', id: 'asc' } as const;
    case 'NAME':
      return { name: 'asc', id: 'asc' } as const;
    default:
      return { mentionCount: 'desc', id: 'asc' } as const;
  }
}

builder.queryFields((t) => ({
  person: t.drizzleField({
    type: 'people',
    nullable: true,
    description: 'One person by global `id` or by `slug` (exactly one); null when there is none.',
    args: lookupArgs(t),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.people.findFirst(query({ where: whereForLookup(args, 'Person') })),
  }),
  people: t.drizzleConnection(
    {
      nullable: false,
      type: 'people',
      description: 'All people, most mentioned first unless `orderBy` says otherwise.',
      args: {
        where: t.arg({ type: PersonFilter, description: 'Only people matching every given condition.' }),
        orderBy: t.arg({
          type: PersonOrder,
          defaultValue: 'MOST_MENTIONED',
          description: 'Sort order (default MOST_MENTIONED).',
        }),
      },
      totalCount: (_root, args, ctx) => ctx.db.$count(people, personWhere(args.where)(people)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.people.findMany(
          query({ where: { RAW: personWhere(args.where) }, orderBy: personOrderBy(args.orderBy ?? 'MOST_MENTIONED') }),
        ),
    },
    PersonConnection,
  ),
}));
