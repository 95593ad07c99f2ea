import 'server-only';
import type { ModifyApplicationInput } from '@/lib/schemas/applications';
import { eq } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { findApplication } from './find-application';

/** Changes an application's name and overview (Modify Application). */
export function modifyApplication(ctx: Ctx, data: ModifyApplicationInput): void {
  const app = findApplication(ctx, data.sdkAppId);
  ctx.authorize('ModifyAppInfo', appResource(app));
  ctx.db
    .update(applications)
    .set({ name: data.name, overview: data.overview, updatedAt: ctx.now })
    .where(eq(applications.id, app.id))
    .run();
}
