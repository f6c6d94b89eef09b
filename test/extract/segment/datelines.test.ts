/** Datelines, outlets and bylines at the top of an article; the dates in them. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extract/index.js';
// parseDate is not exported from src/extract/index.ts yet
import { parseDate } from '../../../src/extract/index.js';

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
    // BSS's clock, not Seoul's: only the day is claimed, the printed time kept on the local clock
    expect(s.publishedAt).toBe('2024-10-23');
    expect(s.publishedLocal).toBe('2024-10-23T16:47');
    expect(s.publishedOffset).toBeNull();
    expect(s.updatedAt).toBe('2024-10-23');
    expect(s.title).toBe('Headline of the story here');
    expect(s.paragraphs[0]).toBe('North Korea has sent troops.');
  });
  it('finds a dateline under a headline and a standfirst', () => {
    const s = segment(
      'Port strike ends after three weeks\nDock workers accept a new offer from the employers.\n' +
        'ROTTERDAM, Netherlands (Reuters) - Dock workers voted on Friday to return to work.\nMore.',
    );
    expect(s.title).toBe('Port strike ends after three weeks');
    expect(s.standfirst).toBe('Dock workers accept a new offer from the employers.');
    expect(s.dateline).toBe('ROTTERDAM, Netherlands (Reuters) -');
    expect(s.source).toBe('Reuters');
    expect(s.paragraphs).toContain('Dock workers voted on Friday to return to work.');
    expect(s.paragraphs.some((p) => p.includes('ROTTERDAM'))).toBe(false);
  });
  it('finds it under a standfirst of two sentences too', () => {
    const s = segment(
      'Port strike ends after three weeks\nDock workers accept a new offer. Ships wait to unload.\n' +
        'ROTTERDAM (Reuters) - Dock workers voted on Friday to return to work.\nMore.',
    );
    expect(s.standfirst).toBe('Dock workers accept a new offer. Ships wait to unload.');
    expect(s.source).toBe('Reuters');
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

describe('parseDate', () => {
  it.each([
    { from: 'sample 004', input: '23 Oct 2024, 16:47', iso: '2024-10-23T16:47:00' },
    { from: 'constructed', input: 'Oct 23, 2024', iso: '2024-10-23' },
    { from: 'constructed', input: 'October 3, 2024 4:05 pm', iso: '2024-10-03T16:05:00' },
    { from: 'constructed', input: '2024-10-23T08:00', iso: '2024-10-23T08:00:00' },
    { from: 'constructed', input: '3 September 2023', iso: '2023-09-03' },
  ])('$input → $iso ($from)', ({ input, iso }) => expect(parseDate(input)).toBe(iso));
  it('rejects non-dates', () => {
    expect(parseDate('yesterday')).toBeNull();
    expect(parseDate('45 Foo 2024')).toBeNull();
  });
});
