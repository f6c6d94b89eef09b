/** Hostile input: the pipeline finishes in bounded time, never throws, never makes a place a speaker. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

function timed(text: string): { ms: number; x: ReturnType<typeof extract> } {
  const t0 = performance.now();
  const x = extract(text);
  return { ms: performance.now() - t0, x };
}

describe('robustness', () => {
  it('a 1 MB article with no punctuation', () => {
    const words = ['the', 'minister', 'Seoul', 'said', 'troops', 'Kim', 'Park', 'agency', 'that', 'North', 'Korea'];
    let s = '';
    for (let i = 0; s.length < 1_000_000; i++) s += `${words[(i * 7) % words.length]} `;
    const { ms } = timed(s);
    expect(ms).toBeLessThan(15_000);
  });
  it('roughly linear time: 8× the text takes far less than 64× the time', () => {
    const para =
      'Officials said on Monday that the talks would resume, and “we are hopeful,” said John Smith, a diplomat.\n';
    const small = para.repeat(200);
    const big = para.repeat(1600);
    timed(small);
    const a = timed(small).ms;
    const b = timed(big).ms;
    expect(b).toBeLessThan(Math.max(40 * a, 2000));
  });
  it('many speakers, pronouns and common-noun organisations stay linear', () => {
    const para =
      '“We will see,” he said. Austin added that it was fine. The company said the union and the ministry agreed.\n';
    const small = `Lloyd Austin spoke. Apple Inc. grew.\n${para.repeat(500)}`;
    const big = `Lloyd Austin spoke. Apple Inc. grew.\n${para.repeat(4000)}`;
    timed(small);
    const a = timed(small).ms;
    const b = timed(big).ms;
    expect(b).toBeLessThan(Math.max(40 * a, 3000));
  });
  it('unbalanced quote marks', () => {
    const x = extract('He said “this never ends.\nShe said ” backwards “ and "straight\n“““””” ""\'\'\'');
    expect(Array.isArray(x.quotes)).toBe(true);
  });
  it('thousands of quote marks', () => {
    const { ms } = timed('“a” '.repeat(50_000) + '"'.repeat(50_000));
    expect(ms).toBeLessThan(10_000);
  });
  it('non-English text, emoji and control characters', () => {
    for (const t of [
      '北朝鮮はロシアに兵士を派遣したと韓国の情報機関が発表した。「これは重大な問題だ」と述べた。',
      'Президент заявил, что «это провокация», сообщил ТАСС.',
      'Il a déclaré : « Nous ne reculerons pas », a dit le ministre.',
      '🔥🔥 “Wow 😀,” said 🚀 Elon 🚀. \u0000\u0001\u0007\u001b[31m red \u202e reversed',
      '',
      '   \n\n\t  ',
    ]) {
      expect(() => extract(t)).not.toThrow();
    }
  });
  it('HTML pasted as text', () => {
    const x = extract(
      '<div class="story"><h1>Talks stall</h1><p>“We are ready,” said <b>Anna Berg</b>, the minister.</p><script>var x = "“no”";</script></div>',
    );
    const q = x.quotes.find((q) => q.text.includes('We are ready'));
    expect(q).toBeDefined();
    expect(q!.speaker && x.people[q!.speaker.ref]?.name).toBe('Anna Berg');
    expect(x.quotes.some((q) => q.text.includes('no'))).toBe(false);
  });
  it('odd input types do not throw', () => {
    expect(() => extract(undefined as unknown as string)).not.toThrow();
    expect(() => extract(12345 as unknown as string)).not.toThrow();
  });
  it('places never speak as people', () => {
    const x = extract('“We will win,” Seoul said. “No,” said Pyongyang. Moscow told reporters the war would go on.');
    for (const q of x.quotes) if (q.speaker) expect(q.speaker.type).toBe('organisation');
    expect(x.people).toEqual([]);
  });
  it('is deterministic', () => {
    const t = 'Lawmaker Park Sun-won said, “Troops have arrived.” He added that more would come.';
    expect(JSON.stringify(extract(t))).toBe(JSON.stringify(extract(t)));
  });
});
