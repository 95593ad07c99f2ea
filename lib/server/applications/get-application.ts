import 'server-only';
import { appResource } from '../authorize';
import type { Ctx } from '../context';
import { findApplication } from './find-application';
import { maskSecret } from '@/lib/domain/access/secrets';

export interface ApplicationDetails {
  id: number;
  sdkAppId: string;
  /** R-APP-9: where delivery reports are pushed; null = off. */
  statusCallbackUrl: string | null;
  name: string;
  overview: string;
  tags: string[];
  status: 'enabled' | 'disabled';
  createdAt: Date;
  updatedAt: Date;
  appKeyMasked: string;
}

/** One application with its AppKey masked (R-APP-2). */
export function getApplication(ctx: Ctx, sdkAppId: string): ApplicationDetails {
  const app = findApplication(ctx, sdkAppId);
  ctx.authorize('DescribeAppInfo', appResource(app));
  return {
    id: app.id,
    sdkAppId: app.sdkAppId,
    statusCallbackUrl: app.statusCallbackUrl,
    name: app.name,
    overview: app.overview,
    tags: app.tags,
    status: app.status,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
    appKeyMasked: maskSecret(app.appKey),
  };
}
