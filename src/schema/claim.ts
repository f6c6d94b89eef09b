import { eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { claimQualifiers, claims } from '../db/schema.js';
import { badInput } from '../errors.js';
import { toMatchExpression } from '../search/query.js';
import { Article } from './article.js';
import { namedConnection } from './connection.js';
import { decodeId, rowIdOf } from './ids.js';
import { Organisation } from './organisation.js';
import { Person } from './person.js';
import { organisationSpeakers, Speaker } from './quote.js';
import { allOf } from './sql.js';
import { MAX_CLAIM_SOURCES } from '../figures/store.js';

export const ClaimQualifier = builder.enumType('ClaimQualifier', {
  description: 'How exact a figure is, as the article words it.',
  values: {
    EXACT: { description: 'The number as stated ("3,000", "a total of 10,000").' },
    ABOUT: { description: '"about", "around", "some", "an estimated".' },
    AT_LEAST: { description: '"at least", "no fewer than".' },
    AT_MOST: { description: '"up to", "as many as", "nearly", "below".' },
    MORE_THAN: { description: '"more than", "over".' },
    RANGE: { description: 'A range ("between 3,000 and 4,000"): `low` to `value`.' },
  } as const,
});

type SpeakerRows = { sources: { person: object | null; organisation: object | null }[] };

/** The sources of claims, planned with the fields the query asks of each speaker. */
export const speakersSelection = ((
  _args: unknown,
  _ctx: unknown,
  nestedSelection: (query: true, path: string[], type: string) => object,
) => ({
  with: {
    sources: {
      orderBy: { rank: 'asc' },
      with: {
        person: nestedSelection(true, [], 'Person'),
        organisation: nestedSelection(true, [], 'Organisation'),
      },
    },
  },
})) as never;

export function speakersOf(claim: SpeakerRows): object[] {
  return claim.sources.flatMap((s) => {
    if (s.organisation) organisationSpeakers.add(s.organisation);
    const speaker = s.person ?? s.organisation;
    return speaker ? [speaker] : [];
  });
}

export const Claim = builder.drizzleNode('claims', {
  name: 'Claim',
  description: 'A numeric claim in an article: a count, amount or measure, with who the article says stated it.',
  id: { column: (claim) => claim.id },
  select: {},
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The figure as written, qualifier and unit included: "about 3,000 troops".',
    }),
    sentence: t.exposeString('sentence', { description: 'The sentence it stands in: the evidence.' }),
    value: t.exposeFloat('value', { description: 'The value; for a range, its upper end.' }),
    low: t.exposeFloat('low', { nullable: true, description: 'The lower end of a range, else null.' }),
    qualifier: t.expose('qualifier', { type: ClaimQualifier, description: 'How exact the figure is.' }),
    unit: t.exposeString('unit', {
      nullable: true,
      description: 'What is counted or measured, with its rate: "troops", "USD", "percent", "USD per month".',
    }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'A short phrase saying what the figure is about: "North Korean soldiers sent to Russia".',
    }),
    attributedTo: t.field({
      type: [Speaker],
      description:
        'Everyone the article names as a source of the figure, nearest to it first ("Park said the NIS believes …": the NIS, then Park); empty for the reporter\'s own statement.',
      complexity: { field: 1, multiplier: MAX_CLAIM_SOURCES },
      select: speakersSelection,
      resolve: ((claim: SpeakerRows) => speakersOf(claim)) as never,
    }),
    article: t.relation('article', { description: 'The article the claim is in.' }),
    paragraph: t.exposeInt('paragraph', { description: '0-based index into `article.paragraphs`.' }),
    quote: t.relation('quote', { nullable: true, description: 'The quote the figure stands in, if any.' }),
    figure: t.relation('figure', {
      nullable: true,
      description: 'The quantity this claim is about, with every other claim about it across articles.',
    }),
  }),
});

export const ClaimConnection = namedConnection('Claim', Claim, 'claims');

export const ClaimFilter = builder.inputType('ClaimFilter', {
  description: 'Conditions on claims; all given conditions must hold.',
  fields: (t) => ({
    source: t.id({ description: 'Attributed to this Person or Organisation (its ID).' }),
    article: t.id({ description: 'In this Article (its ID).' }),
    figure: t.id({ description: 'About this Figure (its ID).' }),
    unit: t.string({ description: 'With this unit exactly, as `Claim.unit` gives it ("troops", "USD per month").' }),
    search: t.string({ description: 'Full-text search over the subject and the sentence.' }),
  }),
});

type ClaimTable = typeof claims;

/** The claims attributed to a Person or Organisation, as a subquery of claim ids. */
export function claimsOfSpeaker(globalId: string): SQL {
  const { typename } = decodeId(globalId);
  if (typename === 'Person')
    return sql`(select claim_id from claim_sources where person_id = ${rowIdOf(globalId, 'Person')})`;
  if (typename === 'Organisation')
    return sql`(select claim_id from claim_sources where organisation_id = ${rowIdOf(globalId, 'Organisation')})`;
  throw badInput(`Expected an ID of a Person or an Organisation, got one of a ${typename}`);
}

/** Claims whose subject or sentence match what was typed; null when nothing in it is searchable. */
export function claimSearchIds(search: string): SQL | null {
  const match = toMatchExpression(search);
  return match === null ? null : sql`(select rowid from claims_fts where claims_fts match ${match})`;
}

function claimWhere(filter: typeof ClaimFilter.$inferInput | null | undefined): ((t: ClaimTable) => SQL) | null {
  const parts: ((t: ClaimTable) => SQL)[] = [];
  if (filter?.source != null) {
    const ids = claimsOfSpeaker(filter.source);
    parts.push((t) => sql`${t.id} in ${ids}`);
  }
  if (filter?.article != null) {
    const id = rowIdOf(filter.article, 'Article');
    parts.push((t) => eq(t.articleId, id));
  }
  if (filter?.figure != null) {
    const id = rowIdOf(filter.figure, 'Figure');
    parts.push((t) => eq(t.figureId, id));
  }
  if (filter?.unit != null) {
    const unit = filter.unit;
    parts.push((t) => eq(t.unit, unit));
  }
  if (filter?.search != null) {
    const ids = claimSearchIds(filter.search);
    if (ids === null) return null;
    parts.push((t) => sql`+${t.id} in ${ids}`);
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

builder.queryFields((t) => ({
  claims: t.drizzleConnection(
    {
      type: 'claims',
      description: 'All numeric claims, newest first.',
      args: { where: t.arg({ type: ClaimFilter, description: 'Only claims matching every given condition.' }) },
      totalCount: (_root, args, ctx) => {
        const where = claimWhere(args.where);
        return where === null ? 0 : ctx.db.$count(claims, where(claims));
      },
      resolve: (query, _root, args, ctx) => {
        const where = claimWhere(args.where);
        if (where === null) return [];
        return ctx.db.query.claims.findMany(query({ where: { RAW: where }, orderBy: { id: 'desc' } }));
      },
    },
    ClaimConnection,
  ),
}));

const claimsField = (description: string) => ({
  description,
  totalCount: true as const,
  query: { orderBy: { id: 'asc' as const } },
});

builder.drizzleObjectField(Article, 'claims', (t) =>
  t.relatedConnection(
    'claims',
    { ...claimsField('Numeric claims in the article, in reading order.'), query: { orderBy: { position: 'asc' } } },
    ClaimConnection,
  ),
);
builder.drizzleObjectField(Person, 'claims', (t) =>
  t.relatedConnection(
    'claims',
    claimsField('Numeric claims the person is named as a source of, oldest first.'),
    ClaimConnection,
  ),
);
builder.drizzleObjectField(Organisation, 'claims', (t) =>
  t.relatedConnection(
    'claims',
    claimsField('Numeric claims the organisation is named as a source of, oldest first.'),
    ClaimConnection,
  ),
);

export { claimQualifiers };
