/**
 * The speakers proposed for a quote, best first, and the confidence below which the best of them is
 * withheld: `speaker` null and `speakerWithheld` true, the candidates kept (types.ts, SpeakerCandidate).
 */
import type { ExtractedQuote, SpeakerCandidate } from '../types.js';

/** Below this confidence the best candidate is not given as the quote's speaker (README, "Confidence"). */
export const SPEAKER_THRESHOLD = 0;

/** The quote's own speaker as its one candidate, with the speaker's confidence and the rule that found it. */
export function speakerCandidatesOf(q: ExtractedQuote): SpeakerCandidate[] {
  if (!q.speaker) return [];
  return [
    {
      speaker: q.speaker,
      speakerText: q.speakerText,
      confidence: q.speakerConfidence ?? 0,
      rule: q.speakerRule ?? 'speaker',
    },
  ];
}
