import { eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { correctionKinds, corrections, personRedirects } from '../db/schema.js';
import { apiError } from '../errors.js';
import { namedConnection } from './connection.js';
import { decodeId, encodeId, rowIdOf } from './ids.js';
import { lookupArgs } from './lookup.js';
import { Person } from './person.js';
import { Quote } from './quote.js';
import { allOf } from './sql.js';

const kindDescriptions: Record<(typeof correctionKinds)[number], string> = {
  SET_QUOTE_SPEAKER: "A quote's speaker set (or set to nobody).",
  SET_QUOTE_KIND: "A quote's kind set (direct, partial, indirect).",
  REJECT_QUOTE: 'Words the extractor took for a quote that are not one.',
  MERGE_PEOPLE: 'Two people found to be one.',
  MERGE_ORGANISATIONS: 'Two organisations found to be one.',
  SPLIT_PERSON: "A person's mentions and quotes in some articles found to be someone else's.",
  RENAME_PERSON: "A person's canonical name set.",
  ADD_ALIAS: 'A name added to a person.',
  REMOVE_ALIAS: 'A name taken off a person.',
  SET_ORGANISATION_KIND: "An organisation's kind set.",
};

export const CorrectionKind = builder.enumType('CorrectionKind', {
  description: 'What a correction changes.',
  values: Object.fromEntries(correctionKinds.map((kind) => [kind, { description: kindDescriptions[kind] }])) as {
    [K in (typeof correctionKinds)[number]]: { description: string };
  },
});

const json = (value: unknown) => JSON.stringify(value);

export const Correction = builder.drizzleNode('corrections', {
  name: 'Correction',
  description:
    "An editor's correction of what the extractor found, with who made it and why. It is kept as a fact about keys (a quote by its article and words, a person by their names) and applied again whenever the articles it concerns are re-extracted or new ones name its people.",
  id: { column: (c) => c.id },
  fields: (t) => ({
    kind: t.expose('kind', { nullable: false, type: CorrectionKind, description: 'What the correction changes.' }),
    reason: t.exposeString('reason', { nullable: false, description: "The editor's reason." }),
    editor: t.exposeString('editor', {
      nullable: false,
      description: 'Who made it: an `EDITOR_TOKENS` name, or `admin`.',
    }),
    createdAt: t.expose('createdAt', { nullable: false, type: 'DateTime', description: 'When it was made.' }),
    revertedAt: t.expose('revertedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was reverted (`revertCorrection`); null while it is in force.',
    }),
    target: t.id({
      nullable: false,
      description:
        'Global ID of what it corrects: the Quote, the Person (for a merge, the survivor) or the Organisation.',
      resolve: (c) => encodeId(c.targetType, c.targetId),
    }),
    before: t.string({
      nullable: false,
      description: 'What the extractor had, as JSON (for a merge, the merged-away person).',
      resolve: (c) => json(c.before),
    }),
    after: t.string({
      nullable: false,
      description: 'What the correction makes true, as JSON.',
      resolve: (c) => json(c.after),
    }),
    orphaned: t.exposeBoolean('orphaned', {
      nullable: false,
      description:
        'True when, the last time it was applied, what it corrects was not there (re-extraction no longer finds the quote, or the person is gone). It is kept, and applies again if the target comes back.',
    }),
  }),
});

const CorrectionConnection = namedConnection('Correction', Correction, 'corrections');

const CorrectionFilter = builder.inputType('CorrectionFilter', {
  description: 'Conditions on corrections; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: CorrectionKind, description: 'Only corrections of this kind.' }),
    editor: t.string({ description: 'Only corrections by this editor.' }),
    target: t.id({ description: 'Only corrections of this Quote, Person or Organisation (global ID).' }),
  }),
});

type CorrectionTable = typeof corrections;

function correctionWhere(where: typeof CorrectionFilter.$inferInput | null | undefined) {
  return (table: CorrectionTable) => {
    const conditions: SQL[] = [];
    if (where?.kind) conditions.push(eq(table.kind, where.kind));
    if (where?.editor != null) conditions.push(eq(table.editor, where.editor));
    if (where?.target != null) {
      const { typename, id } = decodeId(String(where.target));
      conditions.push(sql`${table.targetType} = ${typename} and ${table.targetId} = ${Number(id)}`);
    }
    return allOf(conditions);
  };
}

/** Corrections of one target, oldest first. */
function correctionsOf(targetType: string) {
  return (parent: { id: number }, _args: unknown, ctx: Context) =>
    ctx.db.query.corrections.findMany({ where: { targetType, targetId: parent.id }, orderBy: { id: 'asc' } });
}

builder.drizzleObjectField(
  Quote,
  'corrections',
  (t) =>
    t.field({
      type: [Correction],
      nullable: { list: false, items: false },
      description: "Editors' corrections of this quote, oldest first (reverted ones included).",
      select: { columns: { id: true } },
      resolve: correctionsOf('Quote') as never,
    }) as never,
);

builder.drizzleObjectField(
  Person,
  'corrections',
  (t) =>
    t.field({
      type: [Correction],
      nullable: { list: false, items: false },
      description: "Editors' corrections of this person (merges into them included), oldest first.",
      select: { columns: { id: true } },
      resolve: correctionsOf('Person') as never,
    }) as never,
);

const PersonRedirect = builder.objectRef<{ fromId: number; fromSlug: string; personId: number; correctionId: number }>(
  'PersonRedirect',
);
PersonRedirect.implement({
  description: 'Where a person merged into another went.',
  fields: (t) => ({
    fromId: t.id({
      nullable: false,
      description: 'Global ID of the merged-away person.',
      resolve: (r) => encodeId('Person', r.fromId),
    }),
    fromSlug: t.exposeString('fromSlug', { nullable: false, description: 'Slug of the merged-away person.' }),
    person: t.drizzleField({
      type: 'people',
      nullable: true,
      description: 'The person they are now part of; null if that person is gone too.',
      resolve: (query, r, _args, ctx) => ctx.db.query.people.findFirst(query({ where: { id: r.personId } })) as never,
    }),
    correction: t.drizzleField({
      type: 'corrections',
      nullable: false,
      description: 'The merge.',
      resolve: (query, r, _args, ctx) =>
        ctx.db.query.corrections.findFirst(query({ where: { id: r.correctionId } })) as never,
    }),
  }),
});

builder.queryFields((t) => ({
  corrections: t.drizzleConnection(
    {
      type: 'corrections',
      nullable: false,
      description: "Editors' corrections, newest first.",
      args: { where: t.arg({ type: CorrectionFilter, description: 'Only corrections matching every condition.' }) },
      totalCount: (_root, args, ctx) => ctx.db.$count(corrections, correctionWhere(args.where)(corrections)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.corrections.findMany(
          query({ where: { RAW: correctionWhere(args.where) }, orderBy: { id: 'desc' } }),
        ),
    },
    CorrectionConnection,
  ),
  mergedPerson: t.field({
    type: PersonRedirect,
    nullable: true,
    description:
      'Where a person merged into another went, by their old global `id` or `slug` (exactly one); null for an ID that was never merged away. `person(id:)` is null for such an ID.',
    args: lookupArgs(t),
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.slug == null))
        throw apiError('BAD_USER_INPUT', 'Give exactly one of `id` and `slug`.');
      const where =
        args.id != null
          ? eq(personRedirects.fromId, rowIdOf(String(args.id), 'Person'))
          : eq(personRedirects.fromSlug, String(args.slug));
      const [row] = await ctx.db.select().from(personRedirects).where(where).limit(1);
      return row ?? null;
    },
  }),
}));
