/**
 * segment: reads the raw article text (plain text or HTML) and the caller's hints; returns the SegmentedArticle:
 * furniture (headline, standfirst, outlet, dateline, dates, byline) and the body paragraphs. The first stage.
 *
 * Decisions:
 * - Paragraphs are the non-empty lines of the text (blank lines and single newlines both separate).
 * - Page furniture is dropped: "0 Comments", "Update : …", date/time-only lines, a leading outlet-only
 *   line ("BSS"), "By …" bylines, share/advertisement lines, and subheads of the form "- Families unhappy? -".
 *   Subheads are not paragraphs (they are not the reporter's prose and never hold quotes we can attribute).
 * - The dateline ("SEOUL, South Korea (AP) —") is removed from the first paragraph and kept in `dateline`.
 * - `source` is the reporting outlet named in the dateline: for "(BSS/AFP)" it is "AFP", the agency that
 *   wrote the story; the republishing outlet ("BSS", from a leading outlet line or the first part of the
 *   dateline) goes to the optional `publisher`.
 * - Headline: the first line when it is short (≤ 30 words), has no final period and is followed by more
 *   text. A following single-sentence line is the standfirst when the body continues after it.
 *   Headline and standfirst are not body paragraphs.
 * - When there is no headline, title = the first sentence, cut at a word boundary near 140 characters.
 */
import type { ArticleHints, SegmentedArticle } from '../types.js';
import { firstIndexNotBefore, sentenceStarts, wordCount } from '../doc/text.js';
import { COMMON_CAPS, MONTH_ABBR } from '../lexicon/function-words.js';
import { COUNTRY_SET, PLACE_SET } from '../lexicon/places.js';
import { publishedTime } from './published.js';

const MAX_INPUT = 2_000_000;

/** Clean raw input: HTML to text, control characters and odd spaces removed, newlines normalised. */
export function cleanText(raw: string): string {
  let s = typeof raw === 'string' ? raw : String(raw ?? '');
  if (s.length > MAX_INPUT) s = s.slice(0, MAX_INPUT);
  s = s.replace(/\r\n?/g, '\n');
  if (/<\/?(?:p|div|br|span|a|html|body|h[1-6]|li|article|section)\b[^>]{0,500}>/i.test(s)) {
    s = dropScriptsAndStyles(s)
      .replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|p|div|h[1-6]|li)\b[^>]{0,500}>/gi, '\n')
      .replace(/<[^<>]{0,1000}>/g, '')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&ldquo;/g, '“')
      .replace(/&rdquo;/g, '”')
      .replace(/&lsquo;/g, '‘')
      .replace(/&rsquo;/g, '’')
      .replace(/&mdash;/g, '—')
      .replace(/&ndash;/g, '–')
      .replace(/&#(\d{1,6});/g, (_, d) => safeChar(Number(d)));
  }
  // control characters (keep \n and \t), zero-width characters, BOM
  s = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  s = s.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ');
  s = s.replace(/\u2028|\u2029/g, '\n');
  // two apostrophes stand for a double quotation mark in some wire and archive copy (''We will,'' she said)
  s = s.replace(/''/g, '"');
  return s;
}

/** Longest script or style element dropped whole; a longer one loses only its tags. */
const MAX_ELEMENT = 200_000;

/**
 * `<script …>…</script>` and `<style …>…</style>` replaced by a space (the element up to the first closing tag of its
 * kind, when that is within MAX_ELEMENT characters of the opening tag). The closing tags are found once, so that many
 * unclosed openers stay linear.
 */
function dropScriptsAndStyles(s: string): string {
  const closers: Record<string, number[]> = { script: [], style: [] };
  for (const m of s.matchAll(/<\/(script|style)>/gi)) closers[m[1].toLowerCase()].push(m.index);
  const opener = /<(script|style)\b[^>]{0,500}>/gi;
  let out = '';
  let kept = 0;
  for (let m = opener.exec(s); m; m = opener.exec(s)) {
    const from = m.index + m[0].length;
    const list = closers[m[1].toLowerCase()];
    const close = list[firstIndexNotBefore(list.length, (i) => list[i] < from)];
    if (close !== undefined && close - from <= MAX_ELEMENT) {
      out += `${s.slice(kept, m.index)} `;
      kept = close + m[1].length + 3;
      opener.lastIndex = kept;
    } else opener.lastIndex = m.index + 1;
  }
  return out + s.slice(kept);
}

function safeChar(n: number): string {
  try {
    return n > 31 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
  } catch {
    return ' ';
  }
}

const MONTH_RE = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DATE_DMY = new RegExp(`^(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2}))?`, 'i');
const DATE_MDY = new RegExp(
  `^(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*([ap]\\.?m\\.?)?)?`,
  'i',
);
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Parse a date at the start of `s` into ISO 8601 on the printed clock, without an offset (see published.ts). */
export function parseDate(s: string): string | null {
  const t = s.trim();
  let y: number,
    mo: number,
    d: number,
    h: number | null = null,
    mi = 0;
  let m = DATE_DMY.exec(t);
  if (m) {
    d = +m[1];
    mo =
      MONTH_ABBR[
        m[2]
          .toLowerCase()
          .replace('.', '')
          .slice(0, m[2].toLowerCase().startsWith('sept') ? 4 : 3)
      ] ?? MONTH_ABBR[m[2].toLowerCase().slice(0, 3)];
    y = +m[3];
    if (m[4]) {
      h = +m[4];
      mi = +m[5];
    }
  } else if ((m = DATE_MDY.exec(t))) {
    mo = MONTH_ABBR[m[1].toLowerCase().slice(0, 3)];
    d = +m[2];
    y = +m[3];
    if (m[4]) {
      h = +m[4];
      mi = +m[5];
      if (m[6] && /p/i.test(m[6]) && h < 12) h += 12;
      if (m[6] && /a/i.test(m[6]) && h === 12) h = 0;
    }
  } else if ((m = DATE_ISO.exec(t))) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
    if (m[4]) {
      h = +m[4];
      mi = +m[5];
    }
  } else return null;
  if (!mo || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  return h == null || h > 23 || mi > 59 ? date : `${date}T${pad(h)}:${pad(mi)}:00`;
}

const FURNITURE: RegExp[] = [
  /^\d+\s+comments?$/i,
  /^(?:share|share this|advertisement|read more|related|subscribe|sign up|follow us|print|email|comments?)\b.{0,40}$/i,
  /^(?:photo|image|file photo|video)\s*(?:[:|]|$)/i,
  /^-\s.{1,80}\s-$/, // AFP-style subhead "- Families unhappy? -"
  /^(?:copyright|©|\(c\))\s/i,
  /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|translated|produced|graphics?)\s+by\b.{0,200}\)?\s*$/i, // wire credits
  /^\((?:this|the) (?:story|article) (?:has been|was) (?:corrected|updated|refiled)\b.{0,200}\)$/i,
];

const UPDATE_RE = /^(?:updated?|last updated|modified)\s*(?:on|at)?\s*[:|-]?\s*/i;
const PUBLISHED_RE = /^(?:published|posted|first published)\s*(?:on|at)?\s*[:|-]?\s*/i;
const BYLINE_RE = /^[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,6})(?:\s*[,|].{0,80})?$/u;

/** "SEOUL, South Korea (AP) —", "SEOUL, Oct 23, 2024 (BSS/AFP) -" */
const DATELINE_RE =
  /^((?:\p{Lu}[\p{Lu}\p{L}.'’ /-]{1,40}?)(?:,\s*[\p{Lu}][\p{L}.' ]{1,30}?)?(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?)?))?)\s*\(([^()]{1,40})\)\s*(?:[—–-]{1,2}|:)\s*/u;
/** "SEOUL — ", "WASHINGTON: " (all-caps city without an outlet) */
const DATELINE_CITY_RE =
  /^(\p{Lu}{2,}(?:[ ./-]\p{Lu}{2,}){0,3}(?:,\s*\p{Lu}[\p{L} .]{1,30}?)?)\s*(?:[—–]|--|:)\s*(?=\p{Lu}|\d|["“])/u;
/** "Tawila, Sudan – …", "Gurugram: Police …" (mixed-case place names, accepted when the place is known or followed by a country) */
const DATELINE_PLACE_RE =
  /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:,\s*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?\s*(?:[—–]|:)\s*(?=\p{Lu})/u;

export function segment(text: string, hints?: ArticleHints): SegmentedArticle {
  const clean = cleanText(text);
  const lines = clean.split('\n').map((l) => (/\s\s/.test(l) ? l.replace(/\s+/g, ' ') : l).trim());

  let publisher: string | null = null;
  let byline: string | null = null;
  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  const body: string[] = [];
  let seenBody = false;

  for (const line of lines) {
    if (!line) continue;
    if (FURNITURE.some((r) => r.test(line))) continue;
    if (UPDATE_RE.test(line) && line.length < 80) {
      const d = parseDate(line.replace(UPDATE_RE, ''));
      if (d) {
        updatedAt ??= d;
        continue;
      }
    }
    if (line.length < 60) {
      const stripped = line.replace(PUBLISHED_RE, '');
      const d = parseDate(stripped);
      if (d && stripped.length - 0 < 40 && /^\W*[\d\p{L}.,: ]*$/u.test(stripped)) {
        publishedAt ??= d;
        continue;
      }
    }
    const by = BYLINE_RE.exec(line);
    if (by && line.length < 120) {
      byline ??= by[1];
      continue;
    }
    if (!seenBody && body.length === 0 && /^\p{Lu}[\p{Lu}\p{N}&./ -]{1,12}$/u.test(line) && wordCount(line) <= 3) {
      publisher = line; // a leading outlet-only line such as "BSS"
      continue;
    }
    seenBody = true;
    body.push(line);
  }

  // headline and standfirst
  let title: string | null = null;
  let standfirst: string | null = null;
  if (body.length >= 2 && isHeadline(body[0])) {
    title = body.shift()!;
    // a one-sentence line after the headline is reported as the standfirst but stays in the body: it cannot be told
    // from a one-sentence lede, and ledes carry quotes
    if (body.length >= 2 && isStandfirst(body[0]) && !DATELINE_RE.test(body[0])) standfirst = body[0];
  }

  // dateline
  let dateline: string | null = null;
  let source: string | null = null;
  let timeInDateline = false;
  if (body.length) {
    const atLine = (i: number) => {
      const found = i < body.length ? DATELINE_RE.exec(body[i]) : null;
      return found && found[1].length <= 60 && /^\p{Lu}{2}/u.test(found[1]) ? found : null;
    };
    let at = 0;
    let m = atLine(0);
    // "ROTTERDAM, Netherlands (Reuters) -" under a headline and a standfirst: the story starts at the dateline, so
    // the line above it is the standfirst, whatever its shape
    if (!m && title && wordCount(body[0]) <= 60 && (m = atLine(1))) {
      at = 1;
      standfirst ??= body[0];
    }
    if (m) {
      dateline = m[0].trim();
      const outlets = m[3]
        .split(/[/,]/)
        .map((x) => x.trim())
        .filter(Boolean);
      source = outlets[outlets.length - 1] ?? null;
      if (outlets.length > 1) publisher ??= outlets[0];
      if (m[2] && !publishedAt) {
        publishedAt = parseDate(m[2]);
        timeInDateline = true;
      }
      body[at] = body[at].slice(m[0].length);
    } else {
      const c = DATELINE_CITY_RE.exec(body[0]);
      const d = c ? null : DATELINE_PLACE_RE.exec(body[0]);
      if (c) {
        dateline = c[0].trim();
        body[0] = body[0].slice(c[0].length);
      } else if (
        d &&
        ((d[2] && COUNTRY_SET.has(d[2].toLowerCase())) ||
          PLACE_SET.has(d[1].toLowerCase()) ||
          (!d[2] &&
            /:\s*$/.test(d[0]) &&
            !COMMON_CAPS.has(d[1].toLowerCase()) &&
            !/^(?:Update|Note|Editor|Warning|Correction|Photo|Video|Watch|Read|Live|Breaking|Exclusive|Analysis|Opinion|Comment)$/i.test(
              d[1],
            )))
      ) {
        dateline = d[0].trim();
        body[0] = body[0].slice(d[0].length);
      }
    }
    if (!body[at]) body.splice(at, 1);
  }
  if (!source && publisher) source = publisher;

  if (!title) {
    const first = body[0] ?? '';
    const st = sentenceStarts(first);
    let sent = first.slice(0, st.length > 1 ? st[1] : first.length).trim();
    if (sent.length > 140) {
      const cut = sent.lastIndexOf(' ', 140);
      sent = `${sent.slice(0, cut > 60 ? cut : 140).replace(/[,;:]$/, '')}…`;
    }
    title = sent;
  }

  if (hints?.title) title = hints.title;
  if (hints?.source) source = hints.source;
  const datelineClock = timeInDateline || !publisher;
  const printed = publishedTime(publishedAt, dateline, datelineClock);
  const updated = publishedTime(updatedAt, dateline, datelineClock);
  if (hints?.publishedAt) {
    printed.publishedAt = hints.publishedAt;
    printed.publishedLocal = null;
    printed.publishedOffset = null;
  }

  return {
    title,
    standfirst,
    source,
    byline,
    dateline,
    ...printed,
    updatedAt: updated.publishedAt,
    paragraphs: body,
    publisher,
  };
}

function isHeadline(line: string): boolean {
  const wc = wordCount(line);
  if (wc < 3 || wc > 30 || line.length > 220) return false;
  if (/[.:;,]["”’']?$/.test(line)) return false;
  if (DATELINE_RE.test(line)) return false;
  return true;
}

function isStandfirst(line: string): boolean {
  const wc = wordCount(line);
  if (wc < 4 || wc > 60) return false;
  return sentenceStarts(line).length === 1 && /[.!?]["”’']?$/.test(line);
}
