import 'server-only';
import { eq } from 'drizzle-orm';
import { applications } from '@/db/schema';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { randomHex32 } from '../random';
import { findApplication } from './find-application';

/** Reveals the AppKey on demand (R-APP-2). */
export function revealAppKey(ctx: Ctx, sdkAppId: string): string {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DescribeAppKey', appResource(app));
  return app.appKey;
}

/** Replaces the AppKey; the old one stops working at once (R-APP-2). */
export function regenerateAppKey(ctx: Ctx, sdkAppId: string): string {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('ModifyAppKey', appResource(app));
  const appKey = randomHex32();
  ctx.db.update(applications).set({ appKey, updatedAt: ctx.now }).where(eq(applications.id, app.id)).run();
  return appKey;
}
