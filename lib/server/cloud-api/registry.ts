import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { applications, type Application } from '@/db/schema';
import type { ActionName } from '@/lib/domain/access/actions';
import type { SimulatorConfig } from '@/lib/domain/sending/simulator';
import { APP_ERROR_MAP, cloudError, CloudApiError, type Language } from '@/lib/api/errors';
import { AppError } from '../errors';
import { appResource } from '../authorize';
import { requireAccount, type Ctx } from '../context';
import type { ParamSpec, Params } from './params';

export interface ActionEnv {
  lang: Language;
  requestId: string;
  simulator?: SimulatorConfig;
}

export interface CloudAction<S extends ParamSpec = ParamSpec> {
  params: S;
  run(ctx: Ctx, params: Params<S>, env: ActionEnv): Record<string, unknown>;
}

/**
 * Declares an action with its typed parameters. The table of actions holds them all as
 * `CloudAction` (any spec): the endpoint reads each body with the action's own spec, so the
 * parameters its `run` receives are always that spec's.
 */
export function defineAction<S extends ParamSpec>(action: CloudAction<S>): CloudAction {
  return { params: action.params, run: (ctx, params, env) => action.run(ctx, params as Params<S>, env) };
}

/**
 * The application named by SmsSdkAppId, checked in the contract's order: it exists, it belongs
 * to the key's account (one account's key never reaches another's application), the user may
 * do `action` on it (R-CAM-4), and it is enabled.
 */
export function requireApp(ctx: Ctx, sdkAppId: string, action: ActionName, lang: Language): Application {
  const account = requireAccount(ctx);
  const app = ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.sdkAppId, sdkAppId), isNull(applications.deletedAt)))
    .get();
  if (!app)
    throw cloudError('InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId does not exist.', 'SdkAppId 不存在。', lang);
  if (app.accountId !== account.id) {
    throw cloudError(
      'UnauthorizedOperation.SmsSdkAppIdVerifyFail',
      'The SmsSdkAppId does not belong to the account of this key.',
      'SmsSdkAppId 校验失败，不属于当前密钥所在账号。',
      lang,
    );
  }
  ctx.authorize(action, appResource(app));
  if (app.status !== 'enabled')
    throw cloudError(
      'UnauthorizedOperation.SdkAppIdIsDisabled',
      'This SdkAppId is disabled.',
      '此 SdkAppId 禁止提供服务。',
      lang,
    );
  return app;
}

/** Runs a console verb and turns its typed errors into cloud errors (`overrides` per AppError code). */
export function viaVerb<T>(fn: () => T, overrides: Partial<Record<AppError['code'], string>> = {}): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError) {
      const detail = err.fieldErrors ? ` ${Object.values(err.fieldErrors).join(' ')}` : '';
      throw new CloudApiError(
        overrides[err.code] ?? APP_ERROR_MAP[err.code] ?? 'FailedOperation',
        `${err.message}${detail}`,
      );
    }
    throw err;
  }
}

/** Limit checks shared by the list and pull actions. */
export function checkLimit(limit: number | undefined, max: number, lang: Language): number {
  if (limit === undefined) return max;
  if (limit > max)
    throw cloudError(
      'InvalidParameterValue.LimitVerifyFail',
      `Limit must be at most ${max}.`,
      `Limit 不能超过 ${max}。`,
      lang,
    );
  return limit;
}
