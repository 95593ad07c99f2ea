'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
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

export async function confirmTwoFactorAction(code: string) {
  const res = await runAction((ctx) => {
    const out = confirmTwoFactor(ctx, { code: String(code ?? '') });
    logged(ctx, 'EnableTwoFactor');
    return out;
  });
  revalidatePath('/settings/security');
  return res;
}

export async function disableTwoFactorAction(password: string) {
  const res = await runAction((ctx) => {
    disableTwoFactor(
      ctx,
      { password: String(password ?? '') },
      isPlatformRole(ctx.actor.role) && staffTwoFactorRequired(ctx.db),
    );
    logged(ctx, 'DisableTwoFactor');
  });
  revalidatePath('/settings/security');
  return res;
}

export async function setStaffTwoFactorAction(required: boolean) {
  const res = await runAction((ctx) => setStaffTwoFactorRequired(ctx, Boolean(required)));
  revalidatePath('/settings/security');
  return res;
}
