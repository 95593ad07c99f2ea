import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { signatures, templates } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { recordHistory } from './history';

/** Deletes a signature (R-SIG-4) or template (R-TPL-5) of the account in any status; final. */
export function deleteContent(ctx: Ctx, kind: 'signature' | 'template', id: number): void {
  const account = requireAccount(ctx);
  ctx.authorize(kind === 'signature' ? 'DeleteSmsSign' : 'DeleteSmsTemplate', { accountId: account.id });
  const table = kind === 'signature' ? signatures : templates;
  ctx.db.transaction(
    () => {
      const res = ctx.db
        .update(table)
        .set({ deletedAt: ctx.now, updatedAt: ctx.now })
        .where(and(eq(table.id, id), eq(table.accountId, account.id), isNull(table.deletedAt)))
        .run();
      if (res.changes === 0)
        throw new AppError('NOT_FOUND', `${kind === 'signature' ? 'Signature' : 'Template'} not found.`);
      recordHistory(ctx, { accountId: account.id, kind, itemId: id, action: 'delete' });
    },
    { behavior: 'immediate' },
  );
}
