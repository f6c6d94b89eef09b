/**
 * Reading PolNeAR (github:networkdynamics/PolNeAR) as it lies on disk: `data/metadata.tsv`,
 * `data/train/text/<name>.txt` and `data/train/attributions/<name>_<annotator>.ann` (brat standoff).
 *
 * Only the train split is ever read: the corpus authors ask analysts never to look at dev or test.
 * Brat offsets count Unicode code points; they are turned into UTF-16 offsets of the JavaScript string.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Span {
  start: number;
  end: number;
}

/** One attribution relation: its source (speaker), cue and content, each possibly discontinuous. */
export interface Attribution {
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

export interface PolnearArticle {
  name: string;
  /** YYYY-MM-DD */
  date: string;
  annotator: string;
  text: string;
  attributions: Attribution[];
}

/** Maps code-point offsets (brat) to UTF-16 offsets (JavaScript strings). */
export function codePointToUtf16(text: string): (cp: number) => number {
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[Math.min(Math.max(cp, 0), table.length - 1)];
}

const ROLES = new Set(['Source', 'Cue', 'Content', 'Content2']);

/** Parse a brat .ann file into attributions (events with an `Attribution` trigger); other annotations are ignored. */
export function parseBrat(ann: string, text: string): Attribution[] {
  const toU = codePointToUtf16(text);
  const spans = new Map<string, Span[]>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 2) {
      const [, ...ranges] = cols[1].split(' ');
      const parts = ranges
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number))
        .filter((r) => r.length === 2 && r.every(Number.isFinite))
        .map(([a, b]) => ({ start: toU(a), end: toU(b) }));
      spans.set(cols[0], parts);
    } else if (/^E\d+$/.test(cols[0]) && cols.length >= 2) events.push(cols[1].trim().split(/\s+/));
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const [trigger] = args[0].split(':');
    if (!trigger.startsWith('Attribution')) continue;
    const roles: Record<string, Span[]> = {};
    for (const arg of args.slice(1)) {
      const [role, id] = arg.split(':');
      if (ROLES.has(role) && spans.has(id)) roles[role] = [...(roles[role] ?? []), ...(spans.get(id) ?? [])];
    }
    const content = [...(roles.Content ?? []), ...(roles.Content2 ?? [])].sort((a, b) => a.start - b.start);
    if (!content.length) continue;
    out.push({ source: roles.Source ?? null, cue: roles.Cue ?? [], content });
  }
  return out;
}

/** `<name>_<annotator>.ann` → { name, annotator }. */
export function splitAnnName(file: string): { name: string; annotator: string } | null {
  const m = /^(.*)_([^_]+)\.ann$/.exec(file);
  return m ? { name: m[1], annotator: m[2] } : null;
}

/** One annotation file per article: the first annotator in sort order. */
export function firstAnnotatorFiles(files: string[]): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const file of [...files].sort()) {
    const parts = splitAnnName(file);
    if (!parts) continue;
    const prev = chosen.get(parts.name);
    if (!prev || (splitAnnName(prev)?.annotator ?? '') > parts.annotator) chosen.set(parts.name, file);
  }
  return chosen;
}

/** filename → publication date from metadata.tsv (columns named in its header). */
export function readDates(tsv: string): Map<string, string> {
  const [header, ...rows] = tsv.split(/\r?\n/).filter(Boolean);
  const cols = header.split('\t');
  const fi = cols.indexOf('filename');
  const di = cols.indexOf('publication_date');
  const out = new Map<string, string>();
  for (const row of rows) {
    const c = row.split('\t');
    if (c[fi] && c[di]) out.set(c[fi], c[di]);
  }
  return out;
}

/**
 * Month of coverage, 1-based, counted from `start` (the first publication date): with a start of
 * 2015-11-08, 2015-11-08…2015-12-07 is month 1 and 2016-08-08…2016-09-07 is month 10.
 */
export function coverageMonth(date: string, start: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [sy, sm, sd] = start.split('-').map(Number);
  return y * 12 + m - (sy * 12 + sm) + (d >= sd ? 1 : 0);
}

/** The train split of a PolNeAR folder (the folder holding `data/`), or null when it is not there. */
export function loadPolnearTrain(root: string): PolnearArticle[] | null {
  const textDir = join(root, 'data/train/text');
  const annDir = join(root, 'data/train/attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const metadata = join(root, 'data/metadata.tsv');
  const dates = existsSync(metadata) ? readDates(readFileSync(metadata, 'utf8')) : new Map<string, string>();
  const out: PolnearArticle[] = [];
  for (const [name, file] of [...firstAnnotatorFiles(readdirSync(annDir))].sort(([a], [b]) => a.localeCompare(b))) {
    const textPath = join(textDir, `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const date = dates.get(name) ?? /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? '';
    const annotator = splitAnnName(file)?.annotator ?? '';
    out.push({ name, date, annotator, text, attributions: parseBrat(readFileSync(join(annDir, file), 'utf8'), text) });
  }
  return out;
}
