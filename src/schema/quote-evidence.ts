import { builder } from '../builder.js';

interface EvidenceRow {
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  sentence: string;
}

const QuoteEvidence = builder.objectRef<EvidenceRow>('QuoteEvidence').implement({
  description:
    'Why a quote is attributed as it is: the speech verb that decided, and the sentence that names the speaker.',
  fields: (t) => ({
    cue: t.exposeString('cue', {
      nullable: true,
      description:
        'The cue as written in the body ("said", "according to"); null when no speech verb decided (a colon, a dash, a continuation of the previous speaker).',
    }),
    cueStart: t.exposeInt('cueStart', {
      nullable: true,
      description: 'Character offset (UTF-16) of the cue in `Article.body`: `body.slice(cueStart, cueEnd)` is `cue`.',
    }),
    cueEnd: t.exposeInt('cueEnd', {
      nullable: true,
      description: 'End offset (exclusive) of the cue in `Article.body`.',
    }),
    sentence: t.exposeString('sentence', {
      nullable: false,
      description:
        'The sentence of `Article.body` that names the speaker (for a continued quote, the one that named it first).',
    }),
  }),
});

builder.drizzleObjectFields('quotes', (t) => ({
  speakerConfidence: t.exposeFloat('speakerConfidence', {
    nullable: false,
    description:
      'The probability (0–1) that `speaker` is right, a null speaker included: a logistic model over how the speaker was found, ' +
      'fitted and calibrated on real news (README, "Confidence"). 1 when an editor set the speaker.',
  }),
  evidence: t.field({
    type: QuoteEvidence,
    nullable: true,
    description:
      "Where the extractor found the speaker; null when no rule named one. An editor's correction leaves it as found.",
    select: {
      columns: { cueStart: true, cueEnd: true, evidenceStart: true, evidenceEnd: true },
      with: { article: { columns: { body: true } } },
    },
    resolve: (quote) => {
      if (quote.evidenceStart == null || quote.evidenceEnd == null) return null;
      const body = quote.article.body;
      const cue = quote.cueStart != null && quote.cueEnd != null ? body.slice(quote.cueStart, quote.cueEnd) : null;
      return {
        cue,
        cueStart: cue === null ? null : quote.cueStart,
        cueEnd: cue === null ? null : quote.cueEnd,
        sentence: body.slice(quote.evidenceStart, quote.evidenceEnd),
      };
    },
  }),
}));
