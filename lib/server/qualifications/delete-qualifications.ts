import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { QualificationIds } from '@/lib/schemas/qualifications';
import { qualifications } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { recordHistory } from '../content/history';

/**
 * R-QUA-4: deletes qualifications (one or many), finally. Signatures bound to them stay
 * listed but can no longer send. All ids must belong to the account, or nothing is deleted.
 */
export function deleteQualifications(ctx: Ctx, ids: QualificationIds): { deleted: number } {
  const account = requireAccount(ctx);
  ctx.authorize('DeleteQualification', { accountId: account.id });
  return ctx.db.transaction(
    () => {
      const scope = and(
        inArray(qualifications.id, ids),
        eq(qualifications.accountId, account.id),
        isNull(qualifications.deletedAt),
      );
      const found = ctx.db.select({ id: qualifications.id }).from(qualifications).where(scope).all();
      if (found.length !== ids.length)
        throw new AppError('NOT_FOUND', 'Some qualifications were not found; nothing was deleted.');
      ctx.db.update(qualifications).set({ deletedAt: ctx.now, updatedAt: ctx.now }).where(scope).run();
      for (const { id } of found)
        recordHistory(ctx, { accountId: account.id, kind: 'qualification', itemId: id, action: 'delete' });
      return { deleted: found.length };
    },
    { behavior: 'immediate' },
  );
}
