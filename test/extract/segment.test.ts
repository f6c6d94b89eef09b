import { describe, expect, it } from 'vitest';
import { segment, parseDate, cleanText } from '../../src/extract/index.js';

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

describe('segment: datelines and outlets', () => {
  it('reads an AP dateline and removes it from the first paragraph', () => {
    const s = segment(
      'SEOUL, South Korea (AP) — U.S. Defense Secretary Lloyd Austin confirmed Monday the news.\nMore.',
    );
    expect(s.dateline).toBe('SEOUL, South Korea (AP) —');
    expect(s.source).toBe('AP');
    expect(s.paragraphs[0].startsWith('U.S. Defense Secretary')).toBe(true);
  });
  it('reads a dated wire dateline: the reporting agency is the source, the republisher the publisher', () => {
    const s = segment(
      'BSS\n  23 Oct 2024, 16:47\nUpdate : 23 Oct 2024, 16:54\n\nHeadline of the story here\n\nSEOUL, Oct 23, 2024 (BSS/AFP) - North Korea has sent troops.\n\nMore.',
    );
    expect(s.source).toBe('AFP');
    expect(s.publisher).toBe('BSS');
    expect(s.publishedAt).toBe('2024-10-23T16:47:00');
    expect(s.updatedAt).toBe('2024-10-23T16:54:00');
    expect(s.title).toBe('Headline of the story here');
    expect(s.paragraphs[0]).toBe('North Korea has sent troops.');
  });
  it('reads an all-caps city dateline without an outlet', () => {
    const s = segment('WASHINGTON — The Senate passed the bill on Thursday after a long debate.\nMore text.');
    expect(s.dateline).toBe('WASHINGTON —');
    expect(s.paragraphs[0].startsWith('The Senate')).toBe(true);
  });
  it('keeps a byline out of the paragraphs', () => {
    const s = segment(
      'A headline for the story\nBy Jane Smith and John Doe\nThe body starts here with a sentence.\nMore.',
    );
    expect(s.byline).toBe('Jane Smith and John Doe');
    expect(s.paragraphs[0]).toBe('The body starts here with a sentence.');
  });
});

describe('segment: furniture', () => {
  it('strips comments counters, update lines and AFP subheads', () => {
    const s = segment(
      'First paragraph is long enough to be body text.\n- Families unhappy? -\nSecond paragraph.\n0 Comments',
    );
    expect(s.paragraphs).toEqual(['First paragraph is long enough to be body text.', 'Second paragraph.']);
  });
  it('splits on single and blank lines alike', () => {
    const s = segment('One sentence here.\n\n\nTwo sentence here.\nThree sentence here.');
    expect(s.paragraphs).toEqual(['One sentence here.', 'Two sentence here.', 'Three sentence here.']);
  });
  it('turns HTML into paragraphs and decodes entities', () => {
    const s = segment(
      '<html><body><p>First &amp; foremost.</p><p>He said &ldquo;hello there&rdquo;.</p></body></html>',
    );
    expect(s.paragraphs).toEqual(['First & foremost.', 'He said “hello there”.']);
  });
  it('removes control characters and normalises spaces', () => {
    expect(cleanText('a\u0000b\u00a0c\r\nd\u200b')).toBe('ab c\nd');
  });
});

describe('parseDate', () => {
  it.each([
    ['23 Oct 2024, 16:47', '2024-10-23T16:47:00'],
    ['Oct 23, 2024', '2024-10-23'],
    ['October 3, 2024 4:05 pm', '2024-10-03T16:05:00'],
    ['2024-10-23T08:00', '2024-10-23T08:00:00'],
    ['3 September 2023', '2023-09-03'],
  ])('%s → %s', (input, iso) => expect(parseDate(input)).toBe(iso));
  it('rejects non-dates', () => {
    expect(parseDate('yesterday')).toBeNull();
    expect(parseDate('45 Foo 2024')).toBeNull();
  });
});

describe('segment: wire credits', () => {
  it('drops "(Reporting by …; Editing by …)"', () => {
    const s = segment('Body sentence one here.\n(Reporting by Leika Kihara; Editing by Sam Holmes)');
    expect(s.paragraphs).toEqual(['Body sentence one here.']);
  });
});
