/**
 * Figures stage: numeric claims and who the article says made them.
 *
 * Reads: the article's body paragraphs and what the earlier stages found in them — people and
 * organisations (names, aliases, acronyms) and quotes (span, kind and speaker) — as `FiguresInput`.
 * Returns: one `ExtractedClaim` per numeric claim, in reading order: value (and low end of a range),
 * qualifier, canonical unit and rate, a short subject, a grouping key shared with claims about the
 * same quantity in other articles, the named sources nearest first, the sentence, the paragraph and
 * the quote it stands in.
 *
 * Pure and deterministic; never throws on odd input. Time is linear in the text: every rule looks at
 * a bounded window, and an article yields at most MAX_CLAIMS claims from at most MAX_NUMBERS numbers.
 */
import { readClaims } from './claims.js';
import { keyOf, mainPlace, type PlaceMention, placeMentions } from './keys.js';
import { asciiDigits, scanNumbers } from './numbers.js';
import {
  definiteSource,
  isSourceMention,
  type Mention,
  mentionMatcher,
  orderSources,
  type SourceCandidate,
} from './sources.js';
import { firstIndexNotBefore, sentenceAt, sentenceStarts } from '../doc/text.js';
import type { Extraction } from '../types.js';
import type { ExtractedClaim, FiguresInput } from './types.js';

export type * from './types.js';

export const MAX_CLAIMS = 2000;
export const MAX_NUMBERS = 50_000;
/** How far from a claim its sentence is read, either side: a run-on "sentence" of a table stays bounded. */
export const REACH = 300;
/** A quote's speaker comes after every source named in the sentence itself. */
const SPEAKER_DISTANCE = 1e6;

type QuoteInput = FiguresInput['quotes'][number];

function mainEntity(input: FiguresInput): string | null {
  let best: { name: string; mentions: number } | null = null;
  for (const entity of [...input.organisations, ...input.people]) {
    const mentions = (entity as { mentions?: number }).mentions ?? 0;
    if (best === null || mentions > best.mentions) best = { name: entity.name, mentions };
  }
  return best?.name ?? null;
}

function quotesByParagraph(quotes: QuoteInput[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  quotes.forEach((q, i) => {
    for (let p = q.paragraph; p <= Math.max(q.paragraph, Math.min(q.endParagraph, q.paragraph + 50)); p++) {
      const list = out.get(p) ?? [];
      list.push(i);
      out.set(p, list);
    }
  });
  return out;
}

function containsAt(q: QuoteInput, paragraph: number, at: number): boolean {
  return (paragraph > q.paragraph || at >= q.start) && (paragraph < q.endParagraph || at < q.end);
}

/** The figures of a whole extraction (its paragraphs, people, organisations and quotes). */
export function figuresOfExtraction(extraction: Extraction): ExtractedClaim[] {
  return findFigures({
    paragraphs: extraction.article.paragraphs,
    people: extraction.people,
    organisations: extraction.organisations,
    quotes: extraction.quotes,
    outlet: extraction.source,
  });
}

/** Every numeric claim of the article with its sources. */
export function findFigures(input: FiguresInput): ExtractedClaim[] {
  try {
    return figuresOf(input);
  } catch {
    // defensive: a bug here must not lose the article's other findings
    return [];
  }
}

function figuresOf(input: FiguresInput): ExtractedClaim[] {
  const paragraphs = input.paragraphs.map((p) => asciiDigits(typeof p === 'string' ? p : ''));
  const places: (PlaceMention[] | undefined)[] = [];
  const placesOf = (p: number) => {
    places[p] ??= placeMentions(paragraphs[p]);
    return places[p];
  };
  // what the article is about when no place in a claim's sentence says it: a place, else its most
  // mentioned name (read once, on the first claim that needs it)
  let articlePlace: string | null | undefined;
  const aboutArticle = () => {
    articlePlace ??= mainPlace(paragraphs.map((_, p) => placesOf(p))) ?? mainEntity(input);
    return articlePlace;
  };
  const matcher = mentionMatcher(input);
  const mentionsByParagraph: Mention[][] = [];
  const mentionsOf = (p: number) => {
    mentionsByParagraph[p] ??= matcher ? matcher(paragraphs[p]) : [];
    return mentionsByParagraph[p];
  };
  const quotesAt = quotesByParagraph(input.quotes);
  const out: ExtractedClaim[] = [];
  let numbers = 0;
  for (let p = 0; p < paragraphs.length && out.length < MAX_CLAIMS && numbers < MAX_NUMBERS; p++) {
    const text = paragraphs[p];
    const tokens = scanNumbers(text, MAX_NUMBERS - numbers);
    numbers += tokens.length;
    const raw = readClaims(text, tokens);
    if (!raw.length) continue;
    const starts = sentenceStarts(text);
    const mentions = mentionsOf(p);
    const quotes = quotesAt.get(p) ?? [];
    for (const claim of raw) {
      if (out.length >= MAX_CLAIMS) break;
      const [from, to] = sentenceAt(starts, text.length, claim.numberStart);
      const sentence: [number, number] = [Math.max(from, claim.start - REACH), Math.min(to, claim.end + REACH)];
      const inQuote = quotes.filter((i) => containsAt(input.quotes[i], p, claim.numberStart));
      const quote = inQuote.length ? inQuote[inQuote.length - 1] : null;
      const candidates: SourceCandidate[] = [];
      let window = sentence;
      if (quote !== null) {
        const q = input.quotes[quote];
        if (q.speaker) candidates.push({ source: q.speaker, distance: SPEAKER_DISTANCE });
        if (q.kind && q.kind !== 'INDIRECT')
          window = [
            Math.max(sentence[0], q.paragraph === p ? q.start : 0),
            Math.min(sentence[1], q.endParagraph === p ? q.end : text.length),
          ];
      } else {
        for (const i of quotes) {
          const q = input.quotes[i];
          const from = q.paragraph === p ? q.start : 0;
          const to = q.endParagraph === p ? q.end : text.length;
          if (q.speaker && from < sentence[1] && to > sentence[0])
            candidates.push({ source: q.speaker, distance: SPEAKER_DISTANCE + 1 });
        }
      }
      for (
        let m = firstIndexNotBefore(mentions.length, (i) => mentions[i].end <= window[0]);
        m < mentions.length;
        m++
      ) {
        const mention = mentions[m];
        if (mention.start >= window[1]) break;
        if (mention.end > claim.start && mention.start < claim.end) continue;
        if (!isSourceMention(text, mention, sentence[0], sentence[1])) continue;
        const distance = mention.start >= claim.end ? mention.start - claim.end : claim.start - mention.end;
        candidates.push({ source: mention.source, distance });
      }
      if (!candidates.length) {
        const named = definiteSource(text, sentence, input.outlet ?? null, (back) =>
          p - back >= 0 ? mentionsOf(p - back) : null,
        );
        if (named) candidates.push({ source: named, distance: SPEAKER_DISTANCE });
      }
      const { key, label, subject } = keyOf(text, claim, sentence, placesOf(p), aboutArticle);
      const original = input.paragraphs[p];
      out.push({
        text: original.slice(claim.start, claim.end),
        value: claim.value,
        low: claim.low,
        qualifier: claim.qualifier,
        unit: claim.unit,
        per: claim.per,
        subject,
        key,
        keyLabel: label,
        sources: orderSources(candidates),
        sentence: original.slice(sentence[0], sentence[1]).trim(),
        paragraph: p,
        start: claim.start,
        end: claim.end,
        quote,
      });
    }
  }
  return out;
}
