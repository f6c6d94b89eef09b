/**
 * How the word lists are written: space- or pipe-separated strings (small in the bundle) or arrays, looked up
 * lower-case unless a list says otherwise.
 */

const written = new WeakMap<Set<string>, readonly string[]>();

/** A word list as a set; the words as written are kept so that a test can find repeats (see `writtenWords`). */
export function set(words: string | readonly string[]): Set<string> {
  const all = typeof words === 'string' ? words.split(/\s+/).filter(Boolean) : words;
  const s = new Set(all);
  written.set(s, all);
  return s;
}

/** The words of a list made by `set`, repeats included, in the order written. */
export function writtenWords(s: Set<string>): readonly string[] | undefined {
  return written.get(s);
}

/** A dictionary without a prototype: "constructor" or "toString" are not keys. */
export const dict = <T>(o: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, o);

export const list = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
