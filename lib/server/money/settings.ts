import 'server-only';
import { eq } from 'drizzle-orm';
import { packageSettings, type PackageSettings } from '@/db/schema';
import type { PackageSettingsInput } from '@/lib/schemas/money';
import { requireAccount, type Ctx } from '../context';

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

/** Auto-renew (R-PKG-7) and balance alarm (R-PKG-8) settings; changing them re-arms both. */
export function updatePackageSettings(ctx: Ctx, d: PackageSettingsInput): void {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyPkgAutoRenew', { accountId: account.id });
  ctx.db
    .insert(packageSettings)
    .values({ accountId: account.id, ...d, autoRenewFired: false, alarmFired: false })
    .onConflictDoUpdate({ target: packageSettings.accountId, set: { ...d, autoRenewFired: false, alarmFired: false } })
    .run();
}
