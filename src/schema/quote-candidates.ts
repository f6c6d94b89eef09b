import { builder } from '../builder.js';
import { MAX_SPEAKER_CANDIDATES } from '../ingest/speaker-candidates.js';
import { resolveSpeaker, Speaker, speakerSelect } from './quote.js';

/** What the threshold means, in the words every field that depends on it uses. */
const THRESHOLD =
  'the speaker threshold, one fixed confidence for every quote (README, "Confidence", gives its value and how it was chosen)';

export const SpeakerCandidate = builder.drizzleObject('speakerCandidates', {
  name: 'SpeakerCandidate',
  description: "Someone the extractor proposed as a quote's speaker, with the probability that they said it.",
  select: {},
  fields: (t) => ({
    speaker: t.field({
      type: Speaker,
      nullable: false,
      description: 'The person or organisation proposed.',
      select: speakerSelect,
      resolve: resolveSpeaker,
    }),
    speakerText: t.exposeString('speakerText', {
      nullable: true,
      description: 'How the candidate is written where it was found: "he", "Doo", "Rep. Park Sun-won".',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: false,
      description: 'The probability (0–1) that this candidate is the speaker.',
    }),
    rule: t.exposeString('rule', {
      nullable: false,
      description:
        'What proposed the candidate: a speaker rule (`cue-after-quote`, `according-to`, …) or a candidate generator.',
    }),
  }),
});

builder.drizzleObjectFields('quotes', (t) => ({
  speakerCandidates: t.relation('speakerCandidates', {
    nullable: false,
    description:
      `Whom the extractor proposed as the speaker, best first, at most ${MAX_SPEAKER_CANDIDATES}, each with its confidence: ` +
      `the first is \`speaker\` unless its confidence is below ${THRESHOLD}, and then \`speaker\` is null and ` +
      "`speakerWithheld` true. Empty when the text names nobody. The extractor's view: an editor who sets the speaker leaves it as it is.",
    query: { orderBy: { rank: 'asc' } },
    // A list of at most MAX_SPEAKER_CANDIDATES: costed as such, not as a page of the default size.
    complexity: { field: 1, multiplier: MAX_SPEAKER_CANDIDATES },
  }),
  speakerWithheld: t.exposeBoolean('speakerWithheld', {
    nullable: false,
    description:
      `True when \`speaker\` is null because the best candidate's confidence is below ${THRESHOLD}; ` +
      "the guess is the first of `speakerCandidates`. False once an editor set or cleared the speaker: the editor's answer stands.",
  }),
}));
