import type { ApprovalStatus, Drug, DrugStatus, Use } from '../data/types.js';

/** What a badge shows: a drug's own status, or "approved for esketamine only" where only esketamine is approved. */
export type BadgeStatus = ApprovalStatus | 'esketamine-only';

export interface ResolvedStatus {
  status: BadgeStatus;
  drug: Drug;
  entry: DrugStatus;
}

const rank: Record<ApprovalStatus, number> = { approved: 3, 'off-label': 2, investigational: 1, 'not-approved': 0 };

/**
 * The status to show for a use. With a drug: that drug's status. Without: the more favourable of
 * the two (ketamine on a tie), except that esketamine approved while ketamine is not reads as
 * "approved for esketamine only", so that nobody takes it for an approval of ketamine.
 */
export function resolveStatus(use: Use, drug?: Drug): ResolvedStatus {
  if (drug) return { status: use[drug].status, drug, entry: use[drug] };
  const { ketamine, esketamine } = use;
  if (esketamine.status === 'approved' && ketamine.status !== 'approved') {
    return { status: 'esketamine-only', drug: 'esketamine', entry: esketamine };
  }
  return rank[esketamine.status] > rank[ketamine.status]
    ? { status: esketamine.status, drug: 'esketamine', entry: esketamine }
    : { status: ketamine.status, drug: 'ketamine', entry: ketamine };
}
