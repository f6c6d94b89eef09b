/**
 * The publication time of an article, from the clock the text prints it on. A time printed without an
 * offset ("23 Oct 2024, 16:47") is on a local clock: it becomes an instant only when that clock is the
 * dateline's and the dateline's place has one fixed UTC offset (lexicon/utc-offsets.ts). Otherwise only
 * the day is claimed, and the printed time is kept as local time with its offset unknown.
 *
 * Whose clock: a time printed in the dateline itself is the dateline's. A time printed on its own line
 * is the page's: the dateline's when no other outlet republished the story, unknown when one did (a
 * Dhaka outlet's "16:47" over a "SEOUL (BSS/AFP)" dateline is Dhaka time, not Seoul time).
 */
import { CITY_UTC_OFFSET, COUNTRY_UTC_OFFSET } from '../lexicon/utc-offsets.js';

export interface PublishedTime {
  /** ISO 8601: a full instant with its offset when known, else the day alone ("2024-10-23"); null: not printed. */
  publishedAt: string | null;
  /** The printed time of day on the local clock, "2024-10-23T16:47"; null when the text prints no time. */
  publishedLocal: string | null;
  /** The local clock's UTC offset ("+09:00") when certain; null: unknown (publishedAt then holds only the day). */
  publishedOffset: string | null;
}

const DATE_PART = /^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/i;

/**
 * The fixed UTC offset of the dateline's place, or null. Every place part of the dateline must be in the
 * tables and agree ("SEOUL, South Korea"); one unknown part ("PERTH, Scotland") leaves the offset unknown.
 */
export function datelineOffset(dateline: string | null): string | null {
  if (!dateline) return null;
  const parts = dateline
    .replace(/\(.*$/s, '')
    .replace(/\s*(?:[—–-]{1,2}|:)\s*$/, '')
    .split(',')
    .map((p) => p.trim().replace(/\.$/, ''))
    .filter((p) => p && !DATE_PART.test(p));
  let offset: string | null = null;
  for (const part of parts) {
    const key = part.toLowerCase();
    const found = CITY_UTC_OFFSET[key] ?? COUNTRY_UTC_OFFSET[key];
    if (!found || (offset && offset !== found)) return null;
    offset = found;
  }
  return offset;
}

/**
 * `printed` is parseDate's local ISO ("2024-10-23T16:47:00" or "2024-10-23"); `datelineClock` says the
 * time was printed on the dateline's clock (see the module comment).
 */
export function publishedTime(printed: string | null, dateline: string | null, datelineClock: boolean): PublishedTime {
  if (!printed) return { publishedAt: null, publishedLocal: null, publishedOffset: null };
  if (!printed.includes('T')) return { publishedAt: printed, publishedLocal: null, publishedOffset: null };
  const publishedLocal = printed.slice(0, 16);
  const publishedOffset = datelineClock ? datelineOffset(dateline) : null;
  return {
    publishedAt: publishedOffset ? `${printed}${publishedOffset}` : printed.slice(0, 10),
    publishedLocal,
    publishedOffset,
  };
}
