import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const ARTICLE = [
  'Mayor Anna Kowalski said the bridge would reopen in spring.',
  '“We will rebuild it,” Kowalski said.',
  'Transport officials said repairs would cost £4m.',
].join('\n\n');

describe('extract with a deadline', () => {
  it('returns the segmented article, marked truncated, when the deadline has already passed', () => {
    const x = extract(ARTICLE, undefined, { deadline: performance.now() - 1 });
    expect(x.truncated).toBe(true);
    expect(x.article.paragraphs).toHaveLength(3);
    expect(x.quotes).toEqual([]);
    expect(x.people).toEqual([]);
  });

  it('returns exactly what extract returns without one when the deadline is far off', () => {
    const x = extract(ARTICLE, undefined, { deadline: performance.now() + 60_000 });
    expect(x).toEqual(extract(ARTICLE));
    expect('truncated' in x).toBe(false);
    expect(x.quotes.length).toBeGreaterThan(0);
  });

  it('stops between paragraphs once the deadline passes, keeping what it found', () => {
    const long = Array.from({ length: 3000 }, (_, i) =>
      ARTICLE.replaceAll('Kowalski', `Kowalski${'abcdefghij'[i % 10]}`),
    ).join('\n\n');
    const full = extract(long);
    const x = extract(long, undefined, { deadline: performance.now() + 20 });
    expect(x.truncated).toBe(true);
    expect(x.article).toEqual(full.article);
    const all = new Set(full.quotes.map((q) => `${q.paragraph}:${q.start}:${q.text}`));
    expect(x.quotes.every((q) => all.has(`${q.paragraph}:${q.start}:${q.text}`))).toBe(true);
    expect(x.quotes.filter((q) => q.speaker).length).toBeLessThan(full.quotes.filter((q) => q.speaker).length);
  });
});
