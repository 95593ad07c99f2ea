import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { packageSettings, type PackageSettings } from '@/db/schema';
import { MIN_CUSTOM_COUNT, MAX_CUSTOM_COUNT } from '@/lib/domain/billing/packages';
import { requireAccount, type Ctx } from '../context';
import { parseInput } from '../validation';

const DEFAULTS = {
  autoRenewEnabled: false,
  autoRenewThreshold: 1000,
  autoRenewCount: 10000,
  autoRenewFired: false,
  alarmEnabled: false,
  alarmThreshold: 1000,
  alarmFired: false,
};

export function getPackageSettings(ctx: Ctx): PackageSettings {
  const account = requireAccount(ctx);
  ctx.authorize('DescribePkgAutoRenew', { accountId: account.id });
  return (
    ctx.db.select().from(packageSettings).where(eq(packageSettings.accountId, account.id)).get() ?? {
      accountId: account.id,
      ...DEFAULTS,
    }
  );
}

const input = z.object({
  autoRenewEnabled: z.coerce.boolean(),
  autoRenewThreshold: z.coerce.number().int().min(0, 'At least 0.').max(MAX_CUSTOM_COUNT),
  autoRenewCount: z.coerce
    .number()
    .int()
    .min(MIN_CUSTOM_COUNT, 'At least 1,000 messages.')
    .max(MAX_CUSTOM_COUNT, 'At most 1,000,000,000 messages.'),
  alarmEnabled: z.coerce.boolean(),
  alarmThreshold: z.coerce.number().int().min(1, 'At least 1.').max(MAX_CUSTOM_COUNT),
});

/** Auto-renew (R-PKG-7) and balance alarm (R-PKG-8) settings; changing them re-arms both. */
export function updatePackageSettings(ctx: Ctx, raw: unknown): void {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyPkgAutoRenew', { accountId: account.id });
  const d = parseInput(input, raw);
  ctx.db
    .insert(packageSettings)
    .values({ accountId: account.id, ...d, autoRenewFired: false, alarmFired: false })
    .onConflictDoUpdate({ target: packageSettings.accountId, set: { ...d, autoRenewFired: false, alarmFired: false } })
    .run();
}
