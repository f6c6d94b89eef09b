/**
 * What the speakers stage knows while it attributes one article's quotes, passed to every function of the stage.
 * It reads the mentions stage's output and keeps its own copy of the mention lists: an organisation first seen as a
 * speaker ("Veltron said") becomes a mention here, and the entity itself is added through `entities`, the one call by
 * which this stage adds to the article's people and organisations.
 */
import type { ParagraphInfo } from '../doc/index.js';
import type { EntityAdditions, Mention, MentionIndex } from '../mentions/table.js';
import type { SpeakerRef } from '../types.js';

type Ordered = { order: number; ref: number };

export interface SpeakerContext {
  readonly info: ParagraphInfo[];
  /** The mentions stage's people and organisations, with this stage's copy of the mention lists. */
  readonly idx: MentionIndex;
  readonly entities: EntityAdditions;
  /** Mentions by paragraph, keyed by end and by start offset (also the start of a title before a name). */
  readonly byEnd: Map<number, Mention[]>[];
  readonly byStart: Map<number, Mention[]>[];
  /** The words of the quote being attributed: "I"/"me"/"my" in them means a person speaks. */
  quoteText: string;
  /** Who has the floor: the last speaker, and where an unnamed person last spoke. */
  lastSpeaker: { ref: SpeakerRef; personal: boolean; paragraph: number } | null;
  lastSpeakerPos: { pi: number; pos: number } | null;
  unnamedAt: { pi: number; pos: number } | null;
  /** Genders told by reported pronouns ("X said she …"), by person. */
  readonly learnedGender: Map<number, 'm' | 'f'>;
  /** Organisations known only from speaking ("Veltron said"): "the company" / "the firm" may refer to them. */
  readonly spokenOrgs: Set<number>;
  readonly adopted: Set<number>;
  readonly countryOrgs: Map<string, number>;
  // caches, built on first use
  personMentions: Map<number, Mention[]> | null;
  pronounSubjects: Set<string> | null;
  readonly descCache: Map<string, Ordered[]>;
  readonly orgCache: Map<string, { list: Ordered[]; cands: Set<number> }>;
  orgCounts: Map<number, number> | null;
}

export function speakerContext(info: ParagraphInfo[], mentions: MentionIndex): SpeakerContext {
  const idx: MentionIndex = {
    ...mentions,
    mentions: mentions.mentions.slice(),
    byParagraph: mentions.byParagraph.map((ms) => ms.slice()),
  };
  const byEnd: Map<number, Mention[]>[] = info.map(() => new Map());
  const byStart: Map<number, Mention[]>[] = info.map(() => new Map());
  for (const m of idx.mentions) {
    const e = byEnd[m.paragraph];
    (e.get(m.end) ?? e.set(m.end, []).get(m.end)!).push(m);
    const s = byStart[m.paragraph];
    for (const pos of new Set([m.start, m.fullStart])) (s.get(pos) ?? s.set(pos, []).get(pos)!).push(m);
  }
  return {
    info,
    idx,
    entities: mentions.entities,
    byEnd,
    byStart,
    quoteText: '',
    lastSpeaker: null,
    lastSpeakerPos: null,
    unnamedAt: null,
    learnedGender: new Map(),
    spokenOrgs: new Set(),
    adopted: new Set(),
    countryOrgs: new Map(),
    personMentions: null,
    pronounSubjects: null,
    descCache: new Map(),
    orgCache: new Map(),
    orgCounts: null,
  };
}

/** A person's gender: as the mentions stage found it, else as a reported pronoun told it. */
export function genderOf(ctx: SpeakerContext, person: number): 'm' | 'f' | null {
  return ctx.idx.people[person].gender ?? ctx.learnedGender.get(person) ?? null;
}
