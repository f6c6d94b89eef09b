import { badInput } from '../errors.js';
import { rowIdOf } from './ids.js';

/** `id` / `slug` arguments shared by the single-object lookups (article, person, organisation). */
export function lookupArgs(t: {
  arg: { id: (o: { description: string }) => any; string: (o: { description: string }) => any };
}) {
  return {
    id: t.arg.id({ description: 'Global ID.' }),
    slug: t.arg.string({ description: 'Slug.' }),
  };
}

export function whereForLookup(
  args: { id?: unknown; slug?: unknown },
  typename: string,
): { id: number } | { slug: string } {
  const hasId = args.id != null;
  const hasSlug = args.slug != null;
  if (hasId === hasSlug) throw badInput('Give exactly one of `id` and `slug`.');
  return hasId ? { id: rowIdOf(String(args.id), typename) } : { slug: String(args.slug) };
}
