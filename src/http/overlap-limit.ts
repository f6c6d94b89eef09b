import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.js';

/**
 * An upper estimate of the work of graphql-js's OverlappingFieldsCanBeMerged rule on a document:
 * the rule compares every pair of fields that share a response key in one selection set (fragments
 * and inline fragments merged in), and for each pair their sub-selections, recursively. So `title`
 * written 2,000 times is 4 M comparisons (~1 s of validation), and `ofType { … } ofType { … }`
 * doubled at 8 levels ~4^8 — within the token and depth limits, and paid before any cost is known.
 *
 * The estimate charges n² for a response key written n times in a selection set, plus the same for
 * the merged sub-selections of those n fields, level by level; a key written once costs 1, so an
 * ordinary query costs about its number of fields. The walk stops as soon as the estimate passes `limit` (or the fragments it expands pass
 * `limit` fields), so the check itself stays linear.
 */
export function overlapWork(document: DocumentNode, limit: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let expanded = 0;

  const collect = (sets: SelectionSetNode[]): Map<string, FieldNode[]> => {
    const groups = new Map<string, FieldNode[]>();
    const spread = new Set<string>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (expanded > limit) return;
        if (selection.kind === Kind.FIELD) {
          expanded += 1;
          const key = selection.alias?.value ?? selection.name.value;
          const group = groups.get(key);
          if (group) group.push(selection);
          else groups.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          visit(selection.selectionSet);
        } else if (!spread.has(selection.name.value)) {
          // The rule compares a fragment with itself once, however often it is spread.
          spread.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) visit(set);
    return groups;
  };

  const work = (sets: SelectionSetNode[], depth: number): number => {
    let sum = 0;
    for (const fields of collect(sets).values()) {
      const children = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
      sum += fields.length * fields.length;
      if (children.length && depth < 64) sum += work(children, depth + 1);
      if (sum > limit || expanded > limit) return limit + 1;
    }
    return sum;
  };

  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    total += work([definition.selectionSet], 0);
    if (total > limit) return limit + 1;
  }
  return total;
}

/** Refuses, before validation runs, a document whose overlapping fields would cost more than `limit` to check. */
export function useOverlapLimit(limit: number): Plugin {
  return {
    onValidate({ params, setResult }) {
      if (overlapWork(params.documentAST, limit) <= limit) return;
      setResult([
        apiError(
          'QUERY_TOO_COMPLEX',
          'The query repeats the same fields too often (written out or through fragments); select each field once.',
        ),
      ]);
    },
  };
}
