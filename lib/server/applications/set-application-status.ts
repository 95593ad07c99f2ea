import 'server-only';
import { fillText } from '@/lib/domain/notices';
import { and, eq, isNull } from 'drizzle-orm';
import { applications } from '@/db/schema';
import type { AppStatus } from '@/db/enums';
import { appResource } from '../authorize';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { findApplication } from './find-application';

/** Disables or enables an application (R-APP-3); compare-and-set on the current status. */
export function setApplicationStatus(ctx: Ctx, sdkAppId: string, status: AppStatus): void {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyAppStatus', appResource(app));
  const from: AppStatus = status === 'enabled' ? 'disabled' : 'enabled';
  const res = ctx.db
    .update(applications)
    .set({ status, updatedAt: ctx.now })
    .where(and(eq(applications.id, app.id), eq(applications.status, from), isNull(applications.deletedAt)))
    .run();
  if (res.changes === 0)
    throw new AppError('CONFLICT', fillText('The application is already {status}.', { status: app.status }));
}
