import 'server-only';
import type { Ctx } from '../context';
import { deductPackage } from './packages';

/**
 * Deduction as a verb of its own: one immediate transaction around R-PKG-5 (used by tests and the API).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function deductInTransaction(
  ctx: Ctx,
  accountId: number,
  billable: number,
  ref?: { type: string; id: string | number },
): number | null {
  return ctx.db.transaction(() => deductPackage(ctx, accountId, billable, ref), { behavior: 'immediate' });
}
