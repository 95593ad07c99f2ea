import 'server-only';

/**
 * The columns a modification writes when it sends an item back to review (R-QUA-3, R-SIG-4,
 * R-TPL-5): pending again, the next revision (reviewers decide a revision, so a decision on the
 * old one conflicts), the last decision cleared.
 */
export function resubmission(revision: number, now: Date) {
  return {
    status: 'pending' as const,
    revision: revision + 1,
    rejectReason: null,
    rejectSuggestion: null,
    decidedAt: null,
    submittedAt: now,
    updatedAt: now,
  };
}
