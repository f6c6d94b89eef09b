/**
 * The descriptions of a person as a reader should see them: one per description whatever its case
 * ("Lawmaker", "lawmaker"), the fuller of two forms of one ("Rep." over "Rep"; "Ukrainian President"
 * over "President", which it contains word for word); of two forms of one length, the first read.
 *
 * Folded when read rather than when stored, so descriptions stored from any article, before or after
 * this rule, read the same.
 */

// Titles written abbreviated, which take a period in news style ("Rep. Park", "Gen. Kim").
const ABBREVIATED_TITLES = new Set([
  'rep',
  'sen',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'dr',
  'prof',
  'amb',
  'supt',
  'insp',
  'det',
  'pres',
]);

const keyOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();

/** A last word that is an abbreviated title gets its period back ("Rep" → "Rep."). */
function withTitlePeriod(text: string): string {
  const last = /([\p{L}]+)$/u.exec(text)?.[1];
  return last && ABBREVIATED_TITLES.has(last.toLowerCase()) ? `${text}.` : text;
}

/** True when `inner` stands in `outer` as whole words. */
function containsWords(outer: string, inner: string): boolean {
  if (outer === inner) return false;
  let at = outer.indexOf(inner);
  while (at >= 0) {
    const before = at === 0 || outer[at - 1] === ' ';
    const end = at + inner.length;
    const after = end === outer.length || outer[end] === ' ';
    if (before && after) return true;
    at = outer.indexOf(inner, at + 1);
  }
  return false;
}

export function foldDescriptions(descriptions: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const raw of descriptions) {
    const text = withTitlePeriod(raw.trim().replace(/\s+/g, ' '));
    const key = keyOf(text);
    if (!key) continue;
    const kept = byKey.get(key);
    if (kept === undefined || text.length > kept.length) byKey.set(key, text);
  }
  const keys = [...byKey.keys()];
  return keys.filter((key) => !keys.some((other) => containsWords(other, key))).map((key) => byKey.get(key)!);
}
