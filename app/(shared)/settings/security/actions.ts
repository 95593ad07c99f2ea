'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction, type Refresh } from '@/lib/server/action';
import { passwordInput, twoFactorCodeInput } from '@/lib/schemas/users';
import { recordOperation } from '@/lib/server/audit/operation-log';
import { setStaffTwoFactorRequired, staffTwoFactorRequired } from '@/lib/server/auth/security-settings';
import { beginTwoFactor, confirmTwoFactor, disableTwoFactor } from '@/lib/server/auth/two-factor';
import { isPlatformRole } from '@/db/enums';
import type { Ctx } from '@/lib/server/context';

function logged(ctx: Ctx, action: string) {
  recordOperation(ctx.db, {
    accountId: ctx.account?.id ?? null,
    userId: ctx.actor.userId,
    actor: ctx.actor.email,
    via: 'console',
    action,
    result: 'ok',
    at: ctx.now,
  });
}

export async function beginTwoFactorAction() {
  return runAction((ctx) => beginTwoFactor(ctx));
}

const security: Refresh = { path: '/settings/security' };

export const confirmTwoFactorAction = serverAction(
  twoFactorCodeInput,
  (ctx, input) => {
    const out = confirmTwoFactor(ctx, input);
    logged(ctx, 'EnableTwoFactor');
    return out;
  },
  security,
);

export const disableTwoFactorAction = serverAction(
  passwordInput,
  (ctx, input) => {
    disableTwoFactor(ctx, input, isPlatformRole(ctx.actor.role) && staffTwoFactorRequired(ctx.db));
    logged(ctx, 'DisableTwoFactor');
  },
  security,
);

export async function setStaffTwoFactorAction(required: boolean) {
  const res = await runAction((ctx) => setStaffTwoFactorRequired(ctx, Boolean(required)));
  revalidatePath('/settings/security');
  return res;
}
