/**
 * An optional time budget for one extraction: `deadline` is a `performance.now()` value. Stages ask `spent` between
 * paragraphs and between stages, and stop there; what was found by then is returned with `truncated: true`.
 */
export interface Budget {
  readonly deadline?: number;
  /** Set once the deadline has passed. */
  truncated: boolean;
}

export function spent(budget: Budget | undefined): boolean {
  if (!budget || budget.deadline === undefined) return false;
  if (!budget.truncated && performance.now() > budget.deadline) budget.truncated = true;
  return budget.truncated;
}
