/** Entities the article's furniture tells: full names in the headline, the outlet in the dateline. */
import { COMMON_CAPS } from '../lexicon/function-words.js';
import { KNOWN_ORGS } from '../lexicon/organisation-words.js';
import { NATIONALITY_SET } from '../lexicon/places.js';
import { TITLES } from '../lexicon/titles.js';
import type { LocalRef } from '../types.js';
import { isPlace } from './runs.js';
import type { MentionIndex } from './table.js';

/**
 * People named in the body only by title and surname ("Mr Johnson") take the full name from the headline or
 * standfirst when it is there ("Boris Johnson resigns …").
 */
export function completeFromTitle(idx: MentionIndex, title: string): void {
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

/** The outlet as an organisation of kind MEDIA (added after the speakers stage, so that no speaker resolves to it). */
export function sourceOrganisation(idx: MentionIndex, source: string | null): LocalRef | null {
  if (!source) return null;
  const known = KNOWN_ORGS[source.toLowerCase()];
  const ref = known
    ? idx.entities.addOrganisation(known[0], known[1], 'MEDIA')
    : idx.entities.addOrganisation(source, /^[A-Z]{2,6}$/.test(source) ? source : null, 'MEDIA');
  idx.organisations[ref].kind = 'MEDIA';
  return ref;
}
