// Public surface of the pipeline. See types.ts for the contract and README.md for the design.
export type * from './types.js';
import type { ArticleHints, Extraction } from './types.js';
import { segment } from './segment/index.js';
import { findQuotes } from './quotes/index.js';
import { paragraphInfo } from './doc/index.js';
import { findMentions, isPlace, type MentionBuilder, type MentionIndex } from './mentions/index.js';
import { attribute } from './speakers/index.js';

export { segment, parseDate, cleanText } from './segment/index.js';
export { findQuotes } from './quotes/index.js';
export { scanMarks } from './quotes/marks.js';
export { resolve, nameKeys, quoteKey, samePerson } from './resolve/index.js';
import { COMMON_CAPS } from './lexicon/function-words.js';
import { KNOWN_ORGS } from './lexicon/organisation-words.js';
import { NATIONALITY_SET } from './lexicon/places.js';
import { TITLES } from './lexicon/titles.js';

/**
 * People named in the body only by title and surname ("Mr Johnson") take the full name from the headline or
 * standfirst when it is there ("Boris Johnson resigns …").
 */
function completeFromTitle(idx: MentionIndex, title: string): void {
  if (!title) return;
  for (const p of idx.people) {
    if (p.name.includes(' ')) continue;
    const m = new RegExp(
      `(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) ${p.name.replace(/[^\p{L}'’-]/gu, '')}(?![\\p{L}])`,
      'u',
    ).exec(title);
    if (
      !m ||
      COMMON_CAPS.has(m[1].toLowerCase()) ||
      TITLES.has(m[1].toLowerCase()) ||
      NATIONALITY_SET.has(m[1].toLowerCase()) ||
      isPlace(m[1])
    )
      continue;
    const full = `${m[1]} ${p.name}`;
    if (idx.people.some((q) => q.name === full)) continue;
    p.aliases.push(p.name);
    p.name = full;
  }
}

/** Run the whole pipeline on one article. Pure and deterministic; never throws on odd input. */
export function extract(text: string, hints?: ArticleHints): Extraction {
  let seg: ReturnType<typeof segment>;
  try {
    seg = segment(typeof text === 'string' ? text : String(text ?? ''), hints);
  } catch {
    seg = {
      title: hints?.title ?? '',
      standfirst: null,
      source: hints?.source ?? null,
      byline: null,
      dateline: null,
      publishedAt: hints?.publishedAt ?? null,
      updatedAt: null,
      paragraphs: [],
      publisher: null,
    };
  }
  try {
    const info = paragraphInfo(seg.paragraphs);
    const spans = findQuotes(seg.paragraphs, info);
    const idx = findMentions(info) as MentionIndex & { builder: MentionBuilder };
    completeFromTitle(idx, [seg.title, seg.standfirst ?? ''].join(' \n '));
    const quotes = attribute(info, spans, idx);
    let source: number | null = null;
    if (seg.source) {
      const known = KNOWN_ORGS[seg.source.toLowerCase()];
      source = known
        ? idx.builder.org(known[0], known[1], 'MEDIA')
        : idx.builder.org(seg.source, /^[A-Z]{2,6}$/.test(seg.source) ? seg.source : null, 'MEDIA');
      idx.builder.organisations[source].kind = 'MEDIA';
    }
    const people = idx.people.map(({ name, aliases, descriptions, affiliations, mentions }) => ({
      name,
      aliases,
      descriptions,
      affiliations,
      mentions,
    }));
    return { article: seg, people, organisations: idx.builder.organisations, quotes, source };
  } catch {
    // defensive: a bug in a later stage must not lose the article
    return { article: seg, people: [], organisations: [], quotes: [], source: null };
  }
}
