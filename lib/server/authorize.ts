import { ACTIONS, type ActionName } from '@/lib/domain/access/actions';
import { fillText } from '@/lib/domain/notices';
import { appResourceName, evaluatePolicies } from '@/lib/domain/access/policy';
import { isPlatformRole } from '@/db/enums';
import { AppError } from './errors';
import type { AccountRef, Actor } from './context';

/** What an action touches: an account (customer side) optionally narrowed to one application. */
export type Resource = { accountId: number; sdkAppId?: string };

/** The resource of one application, for `ctx.authorize(action, appResource(app))`. */
export function appResource(app: { accountId: number; sdkAppId: string }): Resource {
  return { accountId: app.accountId, sdkAppId: app.sdkAppId };
}

function deny(action: string, resourceName: string): never {
  throw new AppError('FORBIDDEN', fillText('No permission for {action} on {resourceName}.', { action, resourceName }));
}

/**
 * The single authorization entry point (R-CAM-3, R-CAM-4, R-TEN-2).
 * - platform actions: only the listed platform roles, and the system actor;
 * - customer actions: only inside the actor's own account; owners and the system actor (a duty
 *   acting in that account) may do everything, sub-users what their policies allow.
 */
export function authorizeActor(
  actor: Actor,
  account: AccountRef | null,
  action: ActionName,
  resource?: Resource,
): void {
  const def = ACTIONS[action];
  const system = actor.role === 'system';
  if (def.scope === 'platform') {
    if (system) return;
    if (!isPlatformRole(actor.role) || !def.roles?.includes(actor.role)) deny(action, 'the platform');
    return;
  }
  if (isPlatformRole(actor.role) || !account) deny(action, 'customer resources');
  if (resource && resource.accountId !== account.id) {
    // Never reveal that the other account's row exists.
    throw new AppError('NOT_FOUND', 'Not found.');
  }
  const resourceName =
    def.scope === 'app' && resource?.sdkAppId ? appResourceName(account.uin, resource.sdkAppId) : '*';
  if (actor.role === 'owner' || system) return;
  if (!evaluatePolicies(actor.policies, action, resourceName, account.uin)) deny(action, resourceName);
}
