/**
 * Who the article says a figure comes from: the speaker of the quote it stands in, and every named
 * person or organisation of its sentence in a source's place ("X said", "according to X", "citing X",
 * "a YouGov poll", "X of Y told"), nearest to the figure first.
 */
import { CUE_AFTER, CUE_BEFORE, POSTPOSED_CUES } from '../lexicon/figures.js';
import { phraseFinder } from './patterns.js';
import type { FiguresInput, SourceRef } from './types.js';

export interface Mention {
  start: number;
  end: number;
  source: SourceRef;
}

const MAX_FORMS = 400;

/** One regular expression over every spelling of every person and organisation of the article. */
export function mentionMatcher(input: FiguresInput): ((text: string) => Mention[]) | null {
  const forms = new Map<string, SourceRef>();
  const add = (form: string, source: SourceRef) => {
    if (form.length < 2 || !/^\p{Lu}/u.test(form) || forms.size >= MAX_FORMS) return;
    if (!forms.has(form)) forms.set(form, source);
  };
  input.organisations.forEach((o, ref) => {
    for (const form of [o.name, o.acronym ?? '', ...o.aliases]) add(form, { type: 'organisation', ref });
  });
  input.people.forEach((p, ref) => {
    for (const form of [p.name, ...p.aliases]) add(form, { type: 'person', ref });
  });
  // a person is often named by one part of the name ("Park", "Zelensky"), when no one else has it
  const parts = new Map<string, SourceRef | null>();
  input.people.forEach((p, ref) => {
    const tokens = p.name.split(/\s+/);
    for (const part of new Set([tokens[0], tokens[tokens.length - 1]])) {
      if (part.length < 3 || forms.has(part)) continue;
      parts.set(part, parts.has(part) ? null : { type: 'person', ref });
    }
  });
  for (const [part, source] of parts) if (source) add(part, source);
  if (!forms.size) return null;
  const find = phraseFinder(forms.keys());
  return (text) =>
    find(text).flatMap((m) => {
      const source = forms.get(m.phrase);
      return source ? [{ start: m.start, end: m.end, source }] : [];
    });
}

const CUE_AFTER_RE = new RegExp(
  [
    // "X said", "X also claimed", "X (NIS) said", "X's figures"
    `^(?:\\s?\\([^)]{1,20}\\))?(?:['’]s?)?\\s(?:[a-z]+\\s){0,2}?(?:${[...CUE_AFTER].join('|')})\\b`,
    // "X, a member of the committee, said"
    `^,\\s[^,.;:"“”]{1,70},\\s(?:[a-z]+\\s)?(?:${[...CUE_AFTER].join('|')})\\b`,
    // "X of Y said"
    `^\\s(?:of|at|from)\\s(?:the\\s)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s?){1,5}\\s?(?:[a-z]+\\s)?(?:said|says|told|reported)\\b`,
  ].join('|'),
  'u',
);
const CUE_BEFORE_RE = new RegExp(
  `(?:\\b(?:${CUE_BEFORE.join('|')})\\s(?:[\\p{L}\\p{N}'’.-]+\\s){0,7}|[,”"’]\\s(?:${POSTPOSED_CUES.join('|')})\\s(?:[\\p{L}'’.-]+\\s){0,4})$`,
  'iu',
);
const AFFILIATION_BEFORE = /\b(?:of|at|from|for)\s(?:the\s)?$/i;

/** Whether the sentence puts this mention in a source's place. */
export function isSourceMention(text: string, mention: Mention, sentenceStart: number, sentenceEnd: number): boolean {
  const before = text.slice(Math.max(sentenceStart, mention.start - 80), mention.start);
  if (CUE_BEFORE_RE.test(before)) return true;
  if (AFFILIATION_BEFORE.test(before)) return false;
  const after = text.slice(mention.end, Math.min(sentenceEnd, mention.end + 100));
  return CUE_AFTER_RE.test(after);
}

export interface SourceCandidate {
  source: SourceRef;
  distance: number;
}

/** Distinct sources, nearest first (a quote's speaker, when not named nearer, after the named ones). */
export function orderSources(candidates: SourceCandidate[]): SourceRef[] {
  const best = new Map<string, SourceCandidate>();
  for (const c of candidates) {
    const key = `${c.source.type}:${c.source.ref}`;
    const seen = best.get(key);
    if (!seen || c.distance < seen.distance) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance).map((c) => c.source);
}

/** "the group said", "the commission said": a source named earlier by its name. */
const DEFINITE_SOURCE =
  /\bthe\s(?:[a-z]+\s)?(group|company|commission|agency|ministry|bank|union|firm|organisation|organization|authority|department|council|committee|charity|utility|operator|institute|centre|center|service|administration|office|body|pollster)\s(?:[a-z]+\s)?(?:said|says|reported|estimated|added)\b/i;

/**
 * The organisation a definite description in the sentence stands for: the last one named before it
 * in the paragraph or the three before, preferring one whose name ends in the same noun ("the
 * commission" → "Central Election Commission"). Null when the sentence has no such description.
 */
export function definiteSource(
  text: string,
  sentence: [number, number],
  outlet: number | null,
  mentionsBefore: (back: number) => Mention[] | null,
): SourceRef | null {
  const m = DEFINITE_SOURCE.exec(text.slice(sentence[0], sentence[1]));
  if (!m) return null;
  const noun = m[1].toLowerCase();
  const cut = sentence[0] + m.index;
  let fallback: SourceRef | null = null;
  for (let back = 0; back <= 3; back++) {
    const mentions = mentionsBefore(back);
    if (mentions === null) break;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const mention = mentions[i];
      if (mention.source.type !== 'organisation' || mention.source.ref === outlet) continue;
      if (back === 0 && mention.start >= cut) continue;
      fallback ??= mention.source;
      const name = text.slice(mention.start, mention.end).toLowerCase();
      if (back === 0 && name.endsWith(noun)) return mention.source;
    }
    if (fallback) return fallback;
  }
  return fallback;
}
