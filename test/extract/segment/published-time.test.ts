/** A time printed without an offset is on a local clock: an instant only when the dateline's place fixes the offset. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';

const body = 'The council voted on Tuesday to widen the road.\n\nIt will reopen in May.';

describe('publication time on the local clock', () => {
  it('resolves a time printed in a Seoul dateline to +09:00', () => {
    const { article } = extract(`SEOUL, Oct 23, 2024 16:47 (AFP) - ${body}`);
    expect(article.publishedAt).toBe('2024-10-23T16:47:00+09:00');
    expect(Date.parse(article.publishedAt!)).toBe(Date.parse('2024-10-23T07:47:00Z'));
    expect(article.publishedLocal).toBe('2024-10-23T16:47');
    expect(article.publishedOffset).toBe('+09:00');
  });

  it('resolves a time on its own line by the dateline of an outlet that was not republished', () => {
    const { article } = extract(`A road will be widened\n23 Oct 2024, 16:47\n\nDHAKA, Oct 23 (UNB) - ${body}`);
    expect(article.publishedAt).toBe('2024-10-23T16:47:00+06:00');
    expect(article.publishedOffset).toBe('+06:00');
    const delhi = extract(`NEW DELHI, India (PTI) - ${body}\n\n23 Oct 2024, 16:47`).article;
    expect(delhi.publishedAt).toBe('2024-10-23T16:47:00+05:30');
  });

  it('claims only the day when the time is a republisher’s clock (BSS over a SEOUL dateline)', () => {
    const { article } = extract(
      `BSS\n23 Oct 2024, 16:47\n\nA road will be widened\n\nSEOUL, Oct 23, 2024 (BSS/AFP) - ${body}`,
    );
    expect(article.publishedAt).toBe('2024-10-23');
    expect(article.publishedLocal).toBe('2024-10-23T16:47');
    expect(article.publishedOffset).toBeNull();
  });

  it('claims only the day when the place has daylight saving, several zones, or is not known', () => {
    for (const dateline of ['CAIRO (Reuters) -', 'WASHINGTON (AP) —', 'MOSCOW, Idaho (AP) —', 'Springfield:']) {
      const { article } = extract(`23 Oct 2024, 16:47\n\n${dateline} ${body}`);
      expect(article.publishedAt, dateline).toBe('2024-10-23');
      expect(article.publishedLocal, dateline).toBe('2024-10-23T16:47');
      expect(article.publishedOffset, dateline).toBeNull();
    }
  });

  it('keeps a printed date without a time as the day, with no local time', () => {
    const { article } = extract(`TOKYO, Oct 23, 2024 (Kyodo) - ${body}`);
    expect(article.publishedAt).toBe('2024-10-23');
    expect(article.publishedLocal).toBeNull();
  });

  it('gives the update time the same treatment', () => {
    const { article } = extract(
      `23 Oct 2024, 16:47\nUpdate : 23 Oct 2024, 16:54\n\nMANILA, Philippines (AP) — ${body}`,
    );
    expect(article.publishedAt).toBe('2024-10-23T16:47:00+08:00');
    expect(article.updatedAt).toBe('2024-10-23T16:54:00+08:00');
  });
});
