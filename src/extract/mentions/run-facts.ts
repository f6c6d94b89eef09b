/**
 * The facts the run rules read about one capitalised run: its words with leading common words, name particles and
 * postnominal letters trimmed, its offsets, an acronym in brackets after it, its last title word, its organisation head.
 */
import { stripPossessive } from '../doc/text.js';
import type { ParagraphInfo } from '../doc/index.js';
import {
  PLACE_ADJECTIVE,
  isPlace,
  placeStart,
  sentenceStart,
  orgHead,
  placeCountry,
  titleWord,
  type Run,
} from './runs.js';
import type { PersonNote } from './person-evidence.js';
import type { PendingSingle } from './lone-words.js';
import type { MentionBuilder, Mention, MentionType } from './table.js';
import { COMMON_CAPS } from '../lexicon/function-words.js';
import { GIVEN_NAMES, NAME_PARTICLES } from '../lexicon/person-words.js';
import { TITLES, POSTNOMINALS, HONORIFICS, NAME_PART_TITLES } from '../lexicon/titles.js';
import type { Token } from '../doc/text.js';

/** A question's auxiliary is not part of the name after it ("Did Tove Berg think …?"). */
const QUESTION_AUX = /^(?:Did|Does|Do|Is|Was|Were|Are|Has|Have|Had|Will|Would|Can|Could|Should|Shall|Must|Might)$/;

/** "Northern Link" at a sentence's start is a name, not "Link", when the article also writes it after a lower-case word
 * (a lower-case letter, an optional comma or semicolon, a space, the name, no letter after it). */
export function scanMidSentence(text: string, name: string): boolean {
  if (!text.includes(` ${name}`)) return false;
  return new RegExp(`\\p{Ll}[,;]? ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
}

/**
 * writtenMidSentence for many names over one text: the places where a capitalised word follows a lower-case word are
 * found once, by their first letters, so that each name is looked up instead of scanned for.
 */
export function midSentenceIndex(text: string): (name: string) => boolean {
  let byFirstLetters: Map<string, number[]> | null = null;
  const FIRST_LETTERS = /\p{L}+/uy;
  const lettersAt = (s: string, at: number): string => {
    FIRST_LETTERS.lastIndex = at;
    return FIRST_LETTERS.exec(s)?.[0] ?? '';
  };
  return (name) => {
    const key = lettersAt(name, 0);
    if (!key) return scanMidSentence(text, name);
    if (!byFirstLetters) {
      byFirstLetters = new Map();
      for (const m of text.matchAll(/\p{Ll}[,;]? /gu)) {
        const at = m.index + m[0].length;
        const k = lettersAt(text, at);
        if (k) (byFirstLetters.get(k) ?? byFirstLetters.set(k, []).get(k)!).push(at);
      }
    }
    for (const at of byFirstLetters.get(key) ?? []) {
      if (!text.startsWith(name, at)) continue;
      const after = text.codePointAt(at + name.length);
      if (after === undefined || !/\p{L}/u.test(String.fromCodePoint(after))) return true;
    }
    return false;
  };
}

/** What the rules read about one capitalised run: its words with leading common words, particles and postnominal
 * letters trimmed, its offsets, an acronym in brackets after it, the last title word in it, its organisation head. */
export interface RunFacts {
  p: ParagraphInfo;
  pi: number;
  run: Run;
  toks: Token[];
  words: string[];
  raw: string;
  fullName: string;
  start: number;
  end: number;
  postnominal: string;
  prevPossPlace: { end: number; country: string | null } | null;
  acrM: RegExpExecArray | null;
  lastTitle: number;
  head: string | null;
  /** The words without a leading nationality (set by nationalityThenPlace), and how many were skipped. */
  w: string[];
  skip: number;
  b: MentionBuilder;
  singles: PendingSingle[];
  descs: PersonNote[];
  titled: Set<number>;
  mention: (type: MentionType, ref: number, s?: number, text?: string, extra?: Partial<Mention>) => number;
}

/** Where the rules record what they find. */
export interface RunSinks {
  b: MentionBuilder;
  singles: PendingSingle[];
  descs: PersonNote[];
  titled: Set<number>;
  /** The article's text, joined (built on first use). */
  /** Whether a name is written after a lower-case word anywhere in the article (midSentenceIndex). */
  writtenMidSentence: (name: string) => boolean;
}

export function runFacts(p: ParagraphInfo, pi: number, run: Run, pr: Run | null, sinks: RunSinks): RunFacts | null {
  const { b, singles, descs, titled, writtenMidSentence } = sinks;
  let prevPossPlace: { end: number; country: string | null } | null = null;
  if (pr?.possessive) {
    const last = pr.tokens[pr.tokens.length - 1];
    const nm = stripPossessive(pr.tokens.map((t) => t.text).join(' ')).base;
    const c = placeCountry(nm);
    if (c && p.text.slice(last.end, run.tokens[0].start) === ' ')
      prevPossPlace = { end: run.tokens[0].start, country: c };
  }
  let toks = run.tokens;
  // leading common words ("But", "The", "Experts") and adverbs
  // "Second-tier Harbour Athletic", "Three-time champion …": a hyphenated adjective is not a given name
  while (toks.length > 1 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(toks[0].text)) toks = toks.slice(1);
  // "Said Tyrese Carter: “…”": an inverted attribution's verb is not part of the name
  if (toks.length > 1 && /^(?:Said|Says|Added|Adds)$/.test(toks[0].text)) toks = toks.slice(1);
  while (
    toks.length &&
    !placeStart(toks) &&
    (COMMON_CAPS.has(toks[0].lower) ||
      (/ly$/.test(toks[0].lower) && toks.length > 1 && !GIVEN_NAMES.has(toks[0].lower)) ||
      (QUESTION_AUX.test(toks[0].text) && /^[^.!?]*\?/.test(p.text.slice(toks[0].end, toks[0].end + 300)))) &&
    !titleWord(toks[0].text) &&
    !(
      toks.length > 1 &&
      writtenMidSentence(stripPossessive(p.text.slice(toks[0].start, toks[toks.length - 1].end)).base)
    )
  )
    toks = toks.slice(1);
  // "Van der Berg said", "De la Cruz said": a surname with its particles refers back by its last word
  if (toks.length >= 3 && NAME_PARTICLES.has(toks[0].lower) && NAME_PARTICLES.has(toks[1].text))
    toks = toks.slice(toks[2].text === toks[2].lower ? 3 : 2);
  // "Neighbouring Malawi", "Landlocked Chad": a sentence's first word describing the place after it is no part of its name
  if (
    toks.length > 1 &&
    PLACE_ADJECTIVE.test(toks[0].lower) &&
    sentenceStart(p.text, toks[0].start) &&
    isPlace(
      toks
        .slice(1)
        .map((t) => stripPossessive(t.text).base)
        .join(' '),
    ) &&
    !isPlace(toks.map((t) => stripPossessive(t.text).base).join(' '))
  )
    toks = toks.slice(1);
  if (!toks.length) return null;
  // postnominal letters ("Rachel Doe KC", "Callum Reid MP", "Sam Hale Jr") are a description, not part of the name
  let postnominal = '';
  while (toks.length >= 3 && POSTNOMINALS.has(stripPossessive(toks[toks.length - 1].text).base.replace(/\.$/, ''))) {
    postnominal = [stripPossessive(toks[toks.length - 1].text).base, postnominal].filter(Boolean).join(' ');
    toks = toks.slice(0, -1);
  }
  // an initial keeps its stop ("K. Venkatesh"): the run joined "K" and "Venkatesh" across ". "
  const words = toks.map((t, i) =>
    i === toks.length - 1
      ? stripPossessive(t.text).base
      : /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) && p.text[t.end] === '.'
        ? `${t.text}.`
        : t.text,
  );
  // a name with a list in it keeps its commas ("Ministry of Trade, Industry and Energy")
  const raw = p.text.slice(toks[0].start, toks[toks.length - 1].end);
  const ampersand = raw.includes(' & ') || /s['’] /.test(raw);
  const fullName =
    (raw.includes(', ') || ampersand) && !run.possessive
      ? raw
      : ampersand
        ? stripPossessive(raw).base
        : words.join(' ');
  const start = toks[0].start;
  const end = toks[toks.length - 1].end - (run.possessive && !postnominal ? 2 : 0);
  const mention = (type: MentionType, ref: number, s = start, text = fullName, extra: Partial<Mention> = {}) =>
    b.mentions.push({
      paragraph: pi,
      start: s,
      end,
      type,
      ref,
      text,
      possessive: run.possessive,
      fullStart: start,
      ...extra,
    });
  // acronym in brackets after the run
  const acrM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u.exec(p.text.slice(end, end + 14));
  // title split: person after the last title word
  let lastTitle = -1;
  for (let i = 0; i < words.length - 1; i++)
    if (
      (TITLES.has(words[i].toLowerCase().replace(/\.$/, '')) ||
        HONORIFICS.has(words[i].toLowerCase().replace(/\.$/, ''))) &&
      !(i === words.length - 2 && NAME_PART_TITLES.has(words[i].toLowerCase()))
    )
      lastTitle = i;
  // a name joined by "&" is a firm's ("Harrow & Lyle"), never a person's
  const head = orgHead(words) ?? (raw.includes(' & ') ? '&' : null);
  return {
    p,
    pi,
    run,
    toks,
    words,
    raw,
    fullName,
    start,
    end,
    postnominal,
    prevPossPlace,
    acrM,
    lastTitle,
    head,
    w: words,
    skip: 0,
    b,
    singles,
    descs,
    titled,
    mention,
  };
}
