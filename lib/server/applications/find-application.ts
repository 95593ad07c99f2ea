import 'server-only';
import { fillText } from '@/lib/domain/notices';
import { and, eq, isNull } from 'drizzle-orm';
import { applications, type Application } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';

/**
 * Loads a live application of the context's account by SdkAppId; another account's id is NOT_FOUND (R-TEN-2).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function findApplication(ctx: Ctx, sdkAppId: string): Application {
  const account = requireAccount(ctx);
  const app = ctx.db
    .select()
    .from(applications)
    .where(
      and(eq(applications.sdkAppId, sdkAppId), eq(applications.accountId, account.id), isNull(applications.deletedAt)),
    )
    .get();
  if (!app) throw new AppError('NOT_FOUND', fillText('Application {sdkAppId} was not found.', { sdkAppId }));
  return app;
}
