/**
 * Lowercase ASCII words joined by hyphens; accents folded. A slug longer than `maxLength` is cut
 * at the last word boundary that fits, so it never ends in part of a word ("…-to-aid", not
 * "…-to-aid-rus"); a single word longer than that is cut where it must be.
 */
export function slugify(text: string, maxLength = 80): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = full;
  if (full.length > maxLength) {
    const boundary = full.lastIndexOf('-', maxLength);
    slug = boundary > 0 ? full.slice(0, boundary) : full.slice(0, maxLength);
  }
  return slug || 'untitled';
}

/** The first of base, base-2, base-3, … that is neither taken nor already chosen. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
