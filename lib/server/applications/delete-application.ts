import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { appResource } from '../authorize';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { findApplication } from './find-application';

/** Deletes a disabled application, finally (R-APP-3). Enabled ones are refused. */
export function deleteApplication(ctx: Ctx, sdkAppId: string): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DeleteAppInfo', appResource(app));
  const res = ctx.db
    .update(applications)
    .set({ deletedAt: ctx.now, updatedAt: ctx.now })
    .where(and(eq(applications.id, app.id), eq(applications.status, 'disabled'), isNull(applications.deletedAt)))
    .run();
  if (res.changes === 0) throw new AppError('CONFLICT', 'Disable the application before deleting it.');
}
