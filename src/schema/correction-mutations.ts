import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { corrections } from '../db/schema.js';
import { apiError } from '../errors.js';
import { mergeOrganisations, setOrganisationKind } from '../corrections/organisations.js';
import { correctPersonName, mergePeople, splitPerson } from '../corrections/people.js';
import { rejectQuote, setQuoteKind, setQuoteSpeaker } from '../corrections/quotes.js';
import { reextractArticles } from '../corrections/reextract.js';
import { revertCorrection } from '../corrections/revert.js';
import { CorrectionError } from '../corrections/write.js';
import { encodeId, rowIdOf } from './ids.js';
import { OrganisationKind } from './organisation.js';
import { QuoteKind } from './quote.js';

/** The editor the request acts for; a request without an editor's or the admin token changes nothing. */
function requireEditor(ctx: Context): string {
  if (!ctx.editor)
    throw apiError(
      'UNAUTHENTICATED',
      'Corrections need `Authorization: Bearer <token>` of an editor (EDITOR_TOKENS) or the admin.',
    );
  return ctx.editor;
}

/** Runs a correction for the request's editor and drops cached answers; refusals become API errors. */
async function asEditor<T>(ctx: Context, run: (editor: string) => Promise<T>): Promise<T> {
  const editor = requireEditor(ctx);
  try {
    const result = await run(editor);
    ctx.onWrite?.();
    return result;
  } catch (error) {
    if (error instanceof CorrectionError) throw apiError(error.code, error.message);
    throw error;
  }
}

type CorrectionRow = typeof corrections.$inferSelect;

const reasonDescription = 'Why: shown with the correction.';

/** A mutation's payload: the correction and the object it corrects, loaded fresh. */
function payload<Shape extends { correction: CorrectionRow; id: number }>(
  name: string,
  field: 'quote' | 'person' | 'organisation',
  table: 'quotes' | 'people' | 'organisations',
  { description, removes = false }: { description: string; removes?: boolean },
) {
  return builder.objectRef<Shape>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.drizzleField({
        type: table,
        nullable: removes,
        description: removes ? `Null: the ${field} is gone.` : `The corrected ${field} as it is now.`,
        resolve: (query: any, p: Shape, _args: unknown, ctx: Context) =>
          (ctx.db.query[table] as any).findFirst(query({ where: { id: p.id } })),
      } as never),
      correction: t.drizzleField({
        type: 'corrections',
        nullable: false,
        description: 'The correction made.',
        resolve: (query, p, _args, ctx) =>
          ctx.db.query.corrections.findFirst(query({ where: { id: p.correction.id } })) as never,
      }),
    }),
  });
}

type Result = { correction: CorrectionRow; id: number };
const SetQuoteSpeakerPayload = payload<Result>('SetQuoteSpeakerPayload', 'quote', 'quotes', {
  description: 'The result of `setQuoteSpeaker`.',
});
const SetQuoteKindPayload = payload<Result>('SetQuoteKindPayload', 'quote', 'quotes', {
  description: 'The result of `setQuoteKind`.',
});
const RejectQuotePayload = payload<Result>('RejectQuotePayload', 'quote', 'quotes', {
  description: 'The result of `rejectQuote`.',
  removes: true,
});
const MergePeoplePayload = payload<Result>('MergePeoplePayload', 'person', 'people', {
  description: 'The result of `mergePeople`: `person` is the survivor.',
});
const SplitPersonPayload = payload<Result>('SplitPersonPayload', 'person', 'people', {
  description:
    'The result of `splitPerson`: `person` is the one split, `correction.after` names who has the mentions now.',
});
const PersonNamePayload = payload<Result>('PersonNamePayload', 'person', 'people', {
  description: 'The result of `renamePerson`, `addAlias` and `removeAlias`.',
});
const MergeOrganisationsPayload = payload<Result>('MergeOrganisationsPayload', 'organisation', 'organisations', {
  description: 'The result of `mergeOrganisations`: `organisation` is the survivor.',
});
const SetOrganisationKindPayload = payload<Result>('SetOrganisationKindPayload', 'organisation', 'organisations', {
  description: 'The result of `setOrganisationKind`.',
});

const SetQuoteSpeakerInput = builder.inputType('SetQuoteSpeakerInput', {
  description: "A quote's speaker, as the editor knows it.",
  fields: (t) => ({
    quote: t.id({ required: true, description: 'Global ID of the quote.' }),
    speaker: t.id({ description: 'Global ID of the person who said it; null for nobody.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const SetQuoteKindInput = builder.inputType('SetQuoteKindInput', {
  description: "A quote's kind.",
  fields: (t) => ({
    quote: t.id({ required: true, description: 'Global ID of the quote.' }),
    kind: t.field({ type: QuoteKind, required: true, description: 'The kind it is.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const RejectQuoteInput = builder.inputType('RejectQuoteInput', {
  description: 'Words that are not a quote.',
  fields: (t) => ({
    quote: t.id({ required: true, description: 'Global ID of the quote.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const MergePeopleInput = builder.inputType('MergePeopleInput', {
  description: 'Two people who are one.',
  fields: (t) => ({
    into: t.id({ required: true, description: 'Global ID of the person who remains.' }),
    from: t.id({
      required: true,
      description: 'Global ID of the person merged into `into`; it then resolves via `mergedPerson`.',
    }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const MergeOrganisationsInput = builder.inputType('MergeOrganisationsInput', {
  description: 'Two organisations that are one.',
  fields: (t) => ({
    into: t.id({ required: true, description: 'Global ID of the organisation that remains.' }),
    from: t.id({ required: true, description: 'Global ID of the organisation merged into `into`.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const SplitPersonInput = builder.inputType('SplitPersonInput', {
  description:
    "Articles where a person's mentions and quotes are someone else's: `into`, or a new person `name` (exactly one).",
  fields: (t) => ({
    person: t.id({ required: true, description: 'Global ID of the person the extractor took them for.' }),
    articles: t.idList({
      required: true,
      description: 'Global IDs of the articles (1 to 20) where they are someone else.',
    }),
    into: t.id({ description: 'Global ID of the person they are.' }),
    name: t.string({ description: 'Or the name of a new person they are.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const PersonNameInput = builder.inputType('PersonNameInput', {
  description: 'A name for a person.',
  fields: (t) => ({
    person: t.id({ required: true, description: 'Global ID of the person.' }),
    name: t.string({ required: true, description: 'The name (1 to 200 characters).' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});
const SetOrganisationKindInput = builder.inputType('SetOrganisationKindInput', {
  description: "An organisation's kind.",
  fields: (t) => ({
    organisation: t.id({ required: true, description: 'Global ID of the organisation.' }),
    kind: t.field({ type: OrganisationKind, required: true, description: 'The kind it is.' }),
    reason: t.string({ required: true, description: reasonDescription }),
  }),
});

const RevertCorrectionPayload = builder.objectRef<{ correction: CorrectionRow }>('RevertCorrectionPayload').implement({
  description: 'The result of `revertCorrection`.',
  fields: (t) => ({
    correction: t.drizzleField({
      type: 'corrections',
      nullable: false,
      description: 'The correction, now with `revertedAt`.',
      resolve: (query, p, _args, ctx) =>
        ctx.db.query.corrections.findFirst(query({ where: { id: p.correction.id } })) as never,
    }),
  }),
});

const ReextractArticlesPayload = builder
  .objectRef<{ count: number; lastId: number | null; hasNextPage: boolean }>('ReextractArticlesPayload')
  .implement({
    description: 'The result of `reextractArticles`: pass `endCursor` as `after` while `hasNextPage`.',
    fields: (t) => ({
      count: t.exposeInt('count', { nullable: false, description: 'Articles re-extracted in this call.' }),
      endCursor: t.string({
        nullable: true,
        description: 'Where the next call continues.',
        resolve: (p) => (p.lastId === null ? null : encodeId('Article', p.lastId)),
      }),
      hasNextPage: t.exposeBoolean('hasNextPage', {
        nullable: false,
        description: 'True while articles after this batch remain.',
      }),
    }),
  });

/** A correction mutation's payload: the correction and its target's ID (for loading it as it is now). */
const correcting = (ctx: Context, run: (editor: string) => Promise<CorrectionRow>) =>
  asEditor(ctx, async (editor) => {
    const correction = await run(editor);
    return { correction, id: correction.targetId };
  });
const speakerRow = (id: string | null | undefined) => (id == null ? null : rowIdOf(String(id), 'Person'));

builder.mutationFields((t) => ({
  setQuoteSpeaker: t.field({
    type: SetQuoteSpeakerPayload,
    description: "Sets who said a quote (null: nobody). Needs an editor's or the admin token.",
    args: { input: t.arg({ type: SetQuoteSpeakerInput, required: true, description: 'The quote and its speaker.' }) },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        setQuoteSpeaker(ctx.db, editor, {
          quote: rowIdOf(String(input.quote), 'Quote'),
          speaker: speakerRow(input.speaker),
          reason: input.reason,
        }),
      ),
  }),
  setQuoteKind: t.field({
    type: SetQuoteKindPayload,
    description: "Sets a quote's kind. Needs an editor's or the admin token.",
    args: { input: t.arg({ type: SetQuoteKindInput, required: true, description: 'The quote and its kind.' }) },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        setQuoteKind(ctx.db, editor, {
          quote: rowIdOf(String(input.quote), 'Quote'),
          kind: input.kind,
          reason: input.reason,
        }),
      ),
  }),
  rejectQuote: t.field({
    type: RejectQuotePayload,
    description:
      "Removes words that are not a quote, for good (re-extraction keeps them out). Needs an editor's or the admin token.",
    args: { input: t.arg({ type: RejectQuoteInput, required: true, description: 'The quote.' }) },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        rejectQuote(ctx.db, editor, { quote: rowIdOf(String(input.quote), 'Quote'), reason: input.reason }),
      ),
  }),
  mergePeople: t.field({
    type: MergePeoplePayload,
    description:
      "Makes `from` the same person as `into`: mentions, quotes, names and descriptions move to `into`, and articles naming `from` later go to `into` too. Needs an editor's or the admin token.",
    args: { input: t.arg({ type: MergePeopleInput, required: true, description: 'The two people.' }) },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        mergePeople(ctx.db, editor, {
          into: rowIdOf(String(input.into), 'Person'),
          from: rowIdOf(String(input.from), 'Person'),
          reason: input.reason,
        }),
      ),
  }),
  ...Object.fromEntries(
    (
      [
        ['renamePerson', 'RENAME_PERSON', "Sets a person's canonical name (the old one stays an alias)."],
        ['addAlias', 'ADD_ALIAS', 'Adds a name to a person, so articles using it find them.'],
        ['removeAlias', 'REMOVE_ALIAS', 'Takes a name off a person.'],
      ] as const
    ).map(([field, kind, description]) => [
      field,
      t.field({
        type: PersonNamePayload,
        description: `${description} Needs an editor's or the admin token.`,
        args: { input: t.arg({ type: PersonNameInput, required: true, description: 'The person and the name.' }) },
        resolve: (_root, { input }, ctx) =>
          correcting(ctx, (editor) =>
            correctPersonName(ctx.db, editor, kind, {
              person: rowIdOf(String(input.person), 'Person'),
              name: input.name,
              reason: input.reason,
            }),
          ),
      }),
    ]),
  ),
  splitPerson: t.field({
    type: SplitPersonPayload,
    description:
      "Moves a person's mentions and quotes in the given articles to another person or a new one; they stay there when those articles are re-extracted. Needs an editor's or the admin token.",
    args: {
      input: t.arg({ type: SplitPersonInput, required: true, description: 'The person, the articles and who it is.' }),
    },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        splitPerson(ctx.db, editor, {
          person: rowIdOf(String(input.person), 'Person'),
          articles: input.articles.map((id) => rowIdOf(String(id), 'Article')),
          into: input.into == null ? null : rowIdOf(String(input.into), 'Person'),
          name: input.name ?? null,
          reason: input.reason,
        }),
      ),
  }),
  mergeOrganisations: t.field({
    type: MergeOrganisationsPayload,
    description:
      "Makes `from` the same organisation as `into`: mentions, quotes, affiliations, published articles and names move to `into`, and articles naming `from` later go to `into` too. Needs an editor's or the admin token.",
    args: { input: t.arg({ type: MergeOrganisationsInput, required: true, description: 'The two organisations.' }) },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        mergeOrganisations(ctx.db, editor, {
          into: rowIdOf(String(input.into), 'Organisation'),
          from: rowIdOf(String(input.from), 'Organisation'),
          reason: input.reason,
        }),
      ),
  }),
  setOrganisationKind: t.field({
    type: SetOrganisationKindPayload,
    description: "Sets an organisation's kind. Needs an editor's or the admin token.",
    args: {
      input: t.arg({ type: SetOrganisationKindInput, required: true, description: 'The organisation and its kind.' }),
    },
    resolve: (_root, { input }, ctx) =>
      correcting(ctx, (editor) =>
        setOrganisationKind(ctx.db, editor, {
          organisation: rowIdOf(String(input.organisation), 'Organisation'),
          kind: input.kind,
          reason: input.reason,
        }),
      ),
  }),
  revertCorrection: t.field({
    type: RevertCorrectionPayload,
    description:
      "Takes a correction out of force and restores what the extractor says (with the other corrections in force). Needs an editor's or the admin token.",
    args: { id: t.arg.id({ required: true, description: 'Global ID of the correction.' }) },
    resolve: (_root, { id }, ctx) =>
      asEditor(ctx, async () => ({ correction: await revertCorrection(ctx.db, rowIdOf(String(id), 'Correction')) })),
  }),
  reextractArticles: t.field({
    type: ReextractArticlesPayload,
    description:
      'Re-runs the current extractor over up to `first` stored articles after `after` (each written again atomically; unchanged people, organisations and quotes keep their IDs; corrections in force are applied again). Admin token only.',
    args: {
      first: t.arg.int({ defaultValue: 20, description: 'Articles in this batch (1 to 100, default 20).' }),
      after: t.arg.string({ description: 'The `endCursor` of the previous batch.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!ctx.isAdmin) throw apiError('UNAUTHENTICATED', 'This mutation needs `Authorization: Bearer <ADMIN_TOKEN>`.');
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100)
        throw apiError('BAD_USER_INPUT', '`first` must be between 1 and 100.');
      const result = await reextractArticles(ctx.db, {
        first,
        after: args.after ? rowIdOf(args.after, 'Article') : 0,
      });
      if (result.count) ctx.onWrite?.();
      return result;
    },
  }),
}));
