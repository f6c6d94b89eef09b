/**
 * resolve: reads one Extraction and what the database holds that may be the same entities; returns for each local
 * person and organisation the stored one it is (or null) and the name to keep. Runs in ingestion, after extract(). nameKeys(): lookup keys ingestion stores per alias.
 * quoteKey(): fingerprint of quoted words for Quote.alsoIn.
 *
 * People match when their surnames agree (after transliteration folding) and their given names agree
 * (folded, or one is an initial / prefix of the other, or edit distance ≤ 1 for names ≥ 5 letters),
 * in either name order ("Park Sun-won" = "Sun-won Park"). A surname alone never merges with a full name
 * unless exactly one known person carries it and nothing contradicts it. Two different given names
 * ("Kim Dong-yup" / "Kim Jong Un") never merge.
 * Organisations match on folded name, acronym, or name ↔ acronym ("National Intelligence Service" = "NIS").
 */
import type { Extraction, KnownOrganisation, KnownPerson, Resolution, EntityResolution } from '../types.js';
import { foldKey, plainKey, splitName } from '../mentions/names.js';
import { ORG_STOP } from '../lexicon/function-words.js';

/** Initials of an organisation name: "National Intelligence Service" → "nis". */
export function acronymOf(name: string): string {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !ORG_STOP.has(w.toLowerCase()));
  if (words.length < 2) return '';
  return words
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/**
 * Normalised lookup keys for a name (person or organisation). Any two spellings of the same entity that
 * resolve() would merge share at least one key: the plain key, the transliteration-folded key, the
 * folded surname (so "Zelensky" finds "Volodymyr Zelenskyy"), the reversed-order key and the acronym.
 */
export function nameKeys(name: string): string[] {
  const clean = (name ?? '').replace(/^(?:the)\s+/i, '').trim();
  if (!clean) return [];
  const keys = new Set<string>();
  const plain = plainKey(clean);
  if (plain) keys.add(plain);
  const folded = foldKey(clean);
  if (folded) keys.add(folded);
  const parts = splitName(clean);
  if (parts.tokens.length > 1) {
    // the surname alone (so "Zelensky" finds "Volodymyr Zelenskyy") and the reversed order ("Sun-won Park");
    // given names are deliberately not keys: they would return far too many candidates
    keys.add(foldKey(parts.surname));
    keys.add(foldKey([...parts.tokens].reverse().join('')));
  }
  const acr = acronymOf(clean);
  if (acr.length >= 2) keys.add(acr);
  if (/^[A-Z][A-Za-z]{1,7}$/.test(clean)) keys.add(clean.toLowerCase());
  keys.delete('');
  return [...keys];
}

/** Fingerprint of quoted words: case, accents, punctuation, quote style and whitespace ignored. */
export function quoteKey(text: string): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function similar(a: string, b: string): boolean {
  const fa = foldKey(a);
  const fb = foldKey(b);
  if (fa === fb) return true;
  return Math.min(fa.length, fb.length) >= 5 && editDistanceAtMost1(fa, fb);
}

function givenCompatible(a: string[], b: string[]): boolean {
  const ja = foldKey(a.join(''));
  const jb = foldKey(b.join(''));
  if (!ja || !jb) return true; // one side is a surname only
  if (ja === jb || similar(a.join(' '), b.join(' '))) return true;
  // initials: "V. Zelensky"
  const ia = a.map((x) => x[0]?.toLowerCase()).join('');
  const ib = b.map((x) => x[0]?.toLowerCase()).join('');
  const pa = plainKey(a.join(''));
  const pb = plainKey(b.join(''));
  if (a.every((x) => /^\p{Lu}\.?$/u.test(x)) && pb.startsWith(ia)) return true;
  if (b.every((x) => /^\p{Lu}\.?$/u.test(x)) && pa.startsWith(ib)) return true;
  return false;
}

/** Could two person names denote the same person? (surname only is compatible with any full name) */
export function samePerson(x: string, y: string): boolean {
  const a = splitName(x);
  const b = splitName(y);
  const tryOrder = (p: typeof a, q: typeof b) => similar(p.surname, q.surname) && givenCompatible(p.given, q.given);
  if (tryOrder(a, b)) return true;
  // order differs ("Park Sun-won" / "Sun-won Park"): compare token multisets
  if (a.tokens.length === b.tokens.length && a.tokens.length > 1) {
    const sa = a.tokens.map(foldKey).sort().join(' ');
    const sb = b.tokens.map(foldKey).sort().join(' ');
    if (sa === sb) return true;
  }
  // "Park Sunwon" vs "Park Sun-won": compare whole folded names
  return foldKey(x) === foldKey(y);
}

function isFull(name: string): boolean {
  return splitName(name).tokens.length > 1;
}

function resolvePerson(
  p: Extraction['people'][number],
  extraction: Extraction,
  known: KnownPerson[],
): EntityResolution {
  const names = [p.name, ...p.aliases];
  const orgNames = p.affiliations
    .map((a) => extraction.organisations[a.organisation]?.name)
    .filter(Boolean) as string[];
  const cands = known.filter((k) => [k.name, ...k.aliases].some((kn) => names.some((n) => samePerson(n, kn))));
  // full names on both sides: exact-ish matches only
  const full = cands.filter((k) =>
    [k.name, ...k.aliases].some((kn) => isFull(kn) && names.some((n) => isFull(n) && samePerson(n, kn))),
  );
  let pick: KnownPerson | null = null;
  if (isFull(p.name)) {
    if (full.length === 1) pick = full[0];
    else if (full.length > 1) {
      // prefer a shared organisation, then the closest spelling
      pick =
        full.find((k) => k.organisations.some((o) => orgNames.some((n) => foldKey(n) === foldKey(o)))) ??
        full.find((k) => foldKey(k.name) === foldKey(p.name)) ??
        full[0];
    } else {
      // known side has only a surname: merge when that is the only candidate
      const surnameOnly = cands.filter((k) => !isFull(k.name) && !k.aliases.some(isFull));
      if (surnameOnly.length === 1) pick = surnameOnly[0];
    }
  } else if (cands.length === 1) {
    pick = cands[0];
  }
  if (!pick) return { id: null, name: p.name };
  // canonical: keep the stored name unless ours is more complete
  const ours = splitName(p.name).tokens.length;
  const theirs = splitName(pick.name).tokens.length;
  const name = ours > theirs ? p.name : pick.name;
  return { id: pick.id, name };
}

function orgKeys(o: { name: string; acronym: string | null; aliases: string[] }): Set<string> {
  const s = new Set<string>();
  for (const n of [o.name, ...o.aliases]) {
    if (!n) continue;
    s.add(foldKey(n.replace(/^the\s+/i, '')));
    const a = acronymOf(n);
    if (a.length >= 2) s.add(`acr:${a}`);
    if (/^[A-Z][A-Za-z&]{1,7}$/.test(n)) s.add(`acr:${n.toLowerCase()}`);
  }
  if (o.acronym) s.add(`acr:${o.acronym.toLowerCase()}`);
  s.delete('');
  return s;
}

function resolveOrg(o: Extraction['organisations'][number], known: KnownOrganisation[]): EntityResolution {
  const mine = orgKeys(o);
  const nameKey = foldKey(o.name);
  let best: KnownOrganisation | null = null;
  let bestScore = 0;
  for (const k of known) {
    const theirs = orgKeys(k);
    let score = 0;
    if (theirs.has(nameKey)) score = 3;
    else for (const key of mine) if (theirs.has(key)) score = Math.max(score, key.startsWith('acr:') ? 1 : 2);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (!best) return { id: null, name: o.name };
  const isAcr = (n: string) => /^[A-Z&]{2,8}$/.test(n);
  // prefer a full name over an acronym, else the stored name
  const name = isAcr(best.name) && !isAcr(o.name) && o.name.split(' ').length > 1 ? o.name : best.name;
  return { id: best.id, name };
}

export function resolve(
  extraction: Extraction,
  known: { people: KnownPerson[]; organisations: KnownOrganisation[] },
): Resolution {
  const people = known?.people ?? [];
  const orgs = known?.organisations ?? [];
  return {
    people: extraction.people.map((p) => resolvePerson(p, extraction, people)),
    organisations: extraction.organisations.map((o) => resolveOrg(o, orgs)),
  };
}
