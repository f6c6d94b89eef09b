import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.js';
import type { OrganisationKind, QuoteKind } from '../../src/extract/index.js';

/** The real pieces synthetic articles are recombined from: sentences, quotes, names, roles. */
export interface Material {
  sentences: string[];
  titles: string[];
  quotes: { text: string; kind: QuoteKind; cue: string }[];
  firstNames: string[];
  lastNames: string[];
  descriptions: string[];
  roles: string[];
  organisations: { name: string; acronym: string | null; kind: OrganisationKind }[];
  outlets: string[];
  datelines: string[];
}

const uniq = <T>(values: T[]) => [...new Set(values)];

/** Reads every bundled and evaluation article and runs the real extraction over each once. */
export function loadMaterial(root: string): Material {
  const folders = ['data/articles', 'test/eval/articles'].map((f) => join(root, f));
  const texts = folders.flatMap((folder) => {
    try {
      return readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(join(folder, name), 'utf8'));
    } catch {
      return [];
    }
  });
  const m: Material = {
    sentences: [],
    titles: [],
    quotes: [],
    firstNames: [],
    lastNames: [],
    descriptions: [],
    roles: [],
    organisations: [],
    outlets: [],
    datelines: [],
  };
  for (const text of texts) {
    const extraction = extract(text);
    const { article } = extraction;
    m.titles.push(article.title);
    if (article.dateline) m.datelines.push(article.dateline);
    for (const paragraph of article.paragraphs) {
      // Narrative sentences only: quotes are placed separately, with their recombined speakers.
      for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
        if (sentence.length >= 40 && sentence.length <= 320 && !/["“”‘’]|\bsaid\b|\bsays\b|\btold\b/.test(sentence))
          m.sentences.push(sentence.trim());
      }
    }
    for (const quote of extraction.quotes) {
      if (quote.text.length >= 20 && quote.text.length <= 400 && !quote.text.includes('\n')) {
        m.quotes.push({ text: quote.text.replace(/[.,]$/, ''), kind: quote.kind, cue: quote.cue ?? 'said' });
      }
    }
    for (const person of extraction.people) {
      const parts = person.name.split(/\s+/);
      if (parts.length >= 2 && parts.every((p) => /^\p{Lu}[\p{L}'’-]+$/u.test(p))) {
        m.firstNames.push(parts[0]);
        m.lastNames.push(parts[parts.length - 1]);
      }
      m.descriptions.push(...person.descriptions.filter((d) => d.length <= 80));
      m.roles.push(...person.affiliations.flatMap((a) => (a.role && a.role.length <= 40 ? [a.role] : [])));
    }
    for (const org of extraction.organisations) {
      if (org.kind === 'MEDIA') m.outlets.push(org.name);
      else m.organisations.push({ name: org.name, acronym: org.acronym, kind: org.kind });
    }
  }
  m.sentences = uniq(m.sentences);
  m.titles = uniq(m.titles);
  m.firstNames = uniq(m.firstNames);
  m.lastNames = uniq(m.lastNames);
  m.descriptions = uniq(m.descriptions);
  m.roles = uniq([...m.roles, 'spokesperson', 'chief executive', 'director', 'minister', 'professor', 'analyst']);
  m.outlets = uniq([...m.outlets, 'AP', 'Reuters', 'AFP']);
  m.datelines = uniq(
    m.datelines.map((d) => d.replace(/\s*\(.*$/, '').replace(/\s*[—–-]+\s*$/, '')).filter((d) => d.length <= 40),
  );
  const seenOrgs = new Set<string>();
  m.organisations = m.organisations.filter((o) => !seenOrgs.has(o.name) && seenOrgs.add(o.name));
  if (m.sentences.length < 20 || m.quotes.length < 20 || m.firstNames.length < 5) {
    throw new Error('not enough real text to recombine: data/articles and test/eval/articles are needed');
  }
  return m;
}

/** A small deterministic PRNG (mulberry32), so a corpus of N articles is the same every time. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(values: T[]) => values[Math.floor(next() * values.length)],
    /** Skewed towards small indexes (a few very popular people, a long tail), like real coverage. */
    skewed: (n: number) => Math.floor(n * next() ** 2.5),
  };
}
