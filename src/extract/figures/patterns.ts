/** Whole-word occurrences of phrases in a text. */
export type PhraseFinder = (
  text: string,
  from?: number,
  to?: number,
) => { start: number; end: number; phrase: string }[];

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds any of the given phrases as whole words, longest first. Word edges are checked in code, not
 * by lookarounds, which would keep the engine from skipping ahead to the phrases' first letters.
 */
export function phraseFinder(phrases: Iterable<string>, suffix = ''): PhraseFinder {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const re = new RegExp(`(?:${alternatives})${suffix}`, 'gu');
  return (text, from = 0, to = text.length) => {
    const out: { start: number; end: number; phrase: string }[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (isWordChar(text[m.index - 1]) || isWordChar(text[end])) {
        re.lastIndex = m.index + 1;
        continue;
      }
      out.push({ start: m.index, end, phrase: m[0] });
    }
    return out;
  };
}
