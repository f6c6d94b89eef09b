/** The headline and standfirst: read from the first lines, or given as hints. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extract/index.js';

describe('segment: headline and standfirst', () => {
  it('takes a short first line without a final period as the headline', () => {
    const s = segment(
      'Spy agency says troops sent to Russia\nThe agency said on Friday that troops had left.\nMore text follows here.',
    );
    expect(s.title).toBe('Spy agency says troops sent to Russia');
    // a one-sentence line after the headline is reported as standfirst but kept in the body (it may be the lede)
    expect(s.standfirst).toBe('The agency said on Friday that troops had left.');
    expect(s.paragraphs).toEqual(['The agency said on Friday that troops had left.', 'More text follows here.']);
  });
  it('does not take a long first paragraph as a headline; title is its first sentence', () => {
    const s = segment(
      'North Korea has sent troops to Russia, lawmakers said on Wednesday. The agency briefed them.\nSecond paragraph.',
    );
    expect(s.title).toBe('North Korea has sent troops to Russia, lawmakers said on Wednesday.');
    expect(s.standfirst).toBeNull();
    expect(s.paragraphs.length).toBe(2);
  });
  it('truncates a long first sentence at a word boundary', () => {
    const long = `${'word '.repeat(60).trim()}.`;
    const s = segment(`${long}\nNext.`);
    expect(s.title.length).toBeLessThanOrEqual(142);
    expect(s.title.endsWith('…')).toBe(true);
  });
  it('lets hints override title, source and date', () => {
    const s = segment('Some headline here\nBody text.', {
      title: 'Given',
      source: 'Reuters',
      publishedAt: '2024-01-02',
    });
    expect(s.title).toBe('Given');
    expect(s.source).toBe('Reuters');
    expect(s.publishedAt).toBe('2024-01-02');
  });
});
