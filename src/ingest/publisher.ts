import type { Extraction, LocalRef } from '../extract/index.js';

/**
 * The republishing outlet the extraction names as text (`article.publisher`, "BSS" for "(BSS/AFP)"),
 * as one of its organisations: the one it already found under that name, else a new outlet added to
 * `extraction.organisations` so that it resolves against stored organisations like any other. Names
 * are compared whole (case aside): an outlet's name is short, and a looser key would find another.
 */
export function publisherOf(extraction: Extraction): LocalRef | null {
  const name = extraction.article.publisher?.trim();
  if (!name) return null;
  const wanted = name.toLowerCase();
  const found = extraction.organisations.findIndex((org) =>
    [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])].some((n) => n.toLowerCase() === wanted),
  );
  if (found >= 0) return found;
  extraction.organisations.push({
    name,
    acronym: /^[A-Z]{2,6}$/.test(name) ? name : null,
    aliases: [],
    kind: 'MEDIA',
    mentions: 0,
  });
  return extraction.organisations.length - 1;
}
