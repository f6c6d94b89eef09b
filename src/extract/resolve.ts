import type { Extraction, KnownOrganisation, KnownPerson, Resolution } from './types.js';
export function nameKeys(name: string): string[] { return [name.toLowerCase()]; }
export function quoteKey(text: string): string { return text.toLowerCase(); }
export function resolve(x: Extraction, _known: { people: KnownPerson[]; organisations: KnownOrganisation[] }): Resolution {
  return { people: x.people.map((p) => ({ id: null, name: p.name })), organisations: x.organisations.map((o) => ({ id: null, name: o.name })) };
}
