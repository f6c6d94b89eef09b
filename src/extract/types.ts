/**
 * The contract between the extraction pipeline (pure, no I/O) and ingestion (which writes it).
 * Stages: segment → quotes → mentions → speakers → resolve.
 */

export type OrganisationKind =
  | 'GOVERNMENT'
  | 'GOVERNMENT_AGENCY'
  | 'MEDIA'
  | 'UNIVERSITY'
  | 'THINK_TANK'
  | 'MILITARY'
  | 'INTERNATIONAL'
  | 'LEGISLATURE'
  | 'COMPANY'
  | 'OTHER';

export type QuoteKind = 'DIRECT' | 'PARTIAL' | 'INDIRECT';

/** What the caller knows about an article besides its text; wins over what segment() reads from the text. */
export interface ArticleHints {
  title?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
}

/** segment(): the article's furniture and paragraphs. */
export interface SegmentedArticle {
  title: string;
  standfirst: string | null;
  /** The outlet as written ("AP", "BSS/AFP" → "AFP"?, "The Korea Herald"); null when it cannot be told. */
  source: string | null;
  byline: string | null;
  dateline: string | null;
  /**
   * ISO 8601, or null: an instant with its offset when the text gives one or the dateline's place fixes it
   * ("2024-10-23T16:47:00+09:00"), else the day alone ("2024-10-23"): no instant is invented.
   */
  publishedAt: string | null;
  /** The printed time of day on the local clock ("2024-10-23T16:47"), whether or not its offset is known. */
  publishedLocal?: string | null;
  /** The local clock's UTC offset ("+09:00") when certain; null: unknown. */
  publishedOffset?: string | null;
  /** As publishedAt, for the last update printed on the article. */
  updatedAt: string | null;
  /** Body paragraphs, page furniture stripped, in reading order. Quote.paragraph indexes this. */
  paragraphs: string[];
  /** Optional (added): the republishing outlet when it differs from the reporting one ("BSS" for "(BSS/AFP)"). */
  publisher?: string | null;
}

/** Index of a person or organisation within one Extraction (its position in the array). */
export type LocalRef = number;

export interface ExtractedAffiliation {
  organisation: LocalRef;
  role: string | null;
}

export interface ExtractedPerson {
  /** Canonical full name, without honorifics or titles. */
  name: string;
  /** Other spellings seen in this article (not the surname alone). */
  aliases: string[];
  /** Titles and appositions: "U.S. Defense Secretary", "a research fellow at …". */
  descriptions: string[];
  affiliations: ExtractedAffiliation[];
  mentions: number;
}

export interface ExtractedOrganisation {
  name: string;
  acronym: string | null;
  aliases: string[];
  kind: OrganisationKind;
  mentions: number;
}

export interface SpeakerRef {
  type: 'person' | 'organisation';
  ref: LocalRef;
}

/** Someone the speakers stage proposes as a quote's speaker, with the probability that they are it. */
export interface SpeakerCandidate {
  speaker: SpeakerRef;
  /** How the candidate is written where it was found: "he", "Doo", "Rep. Park Sun-won". */
  speakerText: string | null;
  /** 0–1: the probability that this candidate is the quote's speaker. */
  confidence: number;
  /** What proposed it: a SpeakerRule id or a candidate generator's id. */
  rule: string;
}

/** Which speaker rule attributed a quote (a reason id, in the order the speakers stage tries them). */
export type SpeakerRule =
  | 'cue-after-quote'
  | 'unnamed-cue-after-quote'
  | 'cue-before-quote'
  | 'as-subject-put-it'
  | 'subject-of-sentence'
  | 'attribution-closing-sentence'
  | 'introduced-by-colon'
  | 'name-after-dash'
  | 'attribution-sentence-after'
  | 'verdict-after'
  | 'verdict-next-paragraph'
  | 'introduced-by-previous-paragraph'
  | 'answers-question'
  | 'topic-person'
  | 'continues-previous-speaker'
  | 'according-to'
  | 'reporting-clause-after'
  | 'inverted-reporting-clause-after'
  | 'reporting-clause-before'
  | 'coordinated-verb'
  | 'participle-main-subject'
  | 'turn-after-quote'
  | 'unnamed-cue-before-quote'
  | 'organisation-subject-of-sentence'
  | 'attribution-closing-later-quote'
  | 'turn-sentence-before'
  | 'interview-answer';

/** A character range inside one paragraph of SegmentedArticle.paragraphs. */
export interface ParagraphSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** Why a quote has its speaker: the speech verb, when one decided, and the sentence that names the speaker. */
export interface QuoteEvidence {
  cue: ParagraphSpan | null;
  sentence: ParagraphSpan;
}

export interface ExtractedQuote {
  /** The quoted words without the surrounding marks; paragraphs of a multi-paragraph quote joined by "\n". */
  text: string;
  kind: QuoteKind;
  cue: string | null;
  speaker: SpeakerRef | null;
  /** The speaker as written where the quote stands: "he", "Doo", "Rep. Park Sun-won". */
  speakerText: string | null;
  /** 0-based index into SegmentedArticle.paragraphs where the quote starts. */
  paragraph: number;
  /** Character offsets of `text` in paragraphs[paragraph] (end is in the quote's last paragraph when it spans several). */
  start: number;
  end: number;
  endParagraph: number;
  /** Optional: the rule that found the speaker (or decided there is none to name); for eval and tests, not stored. */
  speakerRule?: SpeakerRule;
  /** Optional: where the speaker was found (absent when no rule named one or the rule points at no sentence). */
  evidence?: QuoteEvidence;
  /** Optional: the probability that `speaker` (null included) is right, from speakers/confidence.ts; extract() sets it. */
  speakerConfidence?: number;
  /** Optional: the proposed speakers, best first, at most 3 (extract() sets it). */
  speakerCandidates?: SpeakerCandidate[];
  /** Optional: true when the best candidate is not given as `speaker` because its confidence is below the threshold. */
  speakerWithheld?: boolean;
}

/** Options of extract(). */
export interface ExtractOptions {
  /** A `performance.now()` value: past it, the stages stop between paragraphs and return what they found so far. */
  deadline?: number;
}

/** extract(): everything one article yields, with references local to this article. */
export interface Extraction {
  article: SegmentedArticle;
  people: ExtractedPerson[];
  organisations: ExtractedOrganisation[];
  quotes: ExtractedQuote[];
  /** The outlet as an organisation (kind MEDIA), when known. */
  source: LocalRef | null;
  /** Optional: true when the deadline passed and the stages stopped early (quotes found so far, maybe unattributed). */
  truncated?: boolean;
}

/** What the database already holds that might be the same entity (found by nameKeys). */
export interface KnownPerson {
  id: number;
  name: string;
  aliases: string[];
  /** Names of organisations the person is affiliated with (helps tell two Kims apart). */
  organisations: string[];
}

export interface KnownOrganisation {
  id: number;
  name: string;
  acronym: string | null;
  aliases: string[];
}

/** resolve(): for each local entity, the stored one it is (id) or null for a new one, and the canonical name to keep. */
export interface EntityResolution {
  id: number | null;
  name: string;
}

export interface Resolution {
  people: EntityResolution[];
  organisations: EntityResolution[];
}

/** Someone the speakers stage proposes as a quote's speaker, with the probability that they are it. */
export interface SpeakerCandidate {
  speaker: SpeakerRef;
  /** How the candidate is written where it was found: "he", "Doo", "Rep. Park Sun-won". */
  speakerText: string | null;
  /** 0–1: the probability that this candidate is the quote's speaker. */
  confidence: number;
  /** What proposed it: a SpeakerRule id or a candidate generator's id. */
  rule: string;
}
