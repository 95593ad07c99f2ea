import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { applications } from '@/db/schema';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { parseInput } from '../validation';
import { applicationFields } from './create-application';
import { findApplication } from './find-application';

const modifyApplicationInput = z.object({ sdkAppId: z.string(), ...applicationFields });

/** Changes an application's name and overview (Modify Application). */
export function modifyApplication(ctx: Ctx, input: unknown): void {
  const data = parseInput(modifyApplicationInput, input);
  const app = findApplication(ctx, data.sdkAppId);
  ctx.authorize('ModifyAppInfo', appResource(app));
  ctx.db
    .update(applications)
    .set({ name: data.name, overview: data.overview, updatedAt: ctx.now })
    .where(eq(applications.id, app.id))
    .run();
}
