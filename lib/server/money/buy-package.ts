import 'server-only';
import { fillText } from '@/lib/domain/notices';
import type { BuyPackageInput } from '@/lib/schemas/money';
import { orders } from '@/db/schema';
import { quotePackage } from '@/lib/domain/billing/packages';
import { PURCHASED_VALID_YEARS, USABLE_AFTER_MS } from '@/lib/domain/billing/package-status';
import { formatCount } from '@/lib/domain/format';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { createPackage, moveCash } from './ledger';

/** Adds years to a date in UTC (validity dates are exact instants). */
function addYears(d: Date, years: number): Date {
  const out = new Date(d);
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
}

/**
 * Buys `quantity` mainland packages of `count` messages from the cash balance, atomically
 * (R-PKG-1..3): the balance is compare-and-set; when it is not enough nothing changes.
 */
export function buyPackage(
  ctx: Ctx,
  data: BuyPackageInput,
  kind: 'fixed' | 'custom' | 'auto_renew' = 'fixed',
): { orderId: number; packageIds: number[]; priceLi: number } {
  const account = requireAccount(ctx);
  ctx.authorize('CreatePackageOrder', { accountId: account.id });
  const quote = quotePackage({ kind: data.kind, count: data.count, quantity: data.quantity });
  if (!quote.ok) throw new AppError('INVALID_INPUT', quote.reason, { count: quote.reason });
  return ctx.db.transaction(
    () => {
      const order = ctx.db
        .insert(orders)
        .values({
          accountId: account.id,
          kind: kind === 'auto_renew' ? 'auto_renew' : data.kind,
          count: data.count,
          quantity: data.quantity,
          priceLi: quote.priceLi,
          actorId: ctx.actor.userId || null,
          createdAt: ctx.now,
        })
        .returning({ id: orders.id })
        .get();
      moveCash(ctx, {
        accountId: account.id,
        kind: 'purchase',
        amountLi: -quote.priceLi,
        refType: 'order',
        refId: order.id,
        reason: fillText('Package order {id}', { id: order.id }),
      });
      const unitPaid = quote.priceLi / data.quantity;
      const packageIds: number[] = [];
      for (let i = 0; i < data.quantity; i++) {
        packageIds.push(
          createPackage(ctx, {
            accountId: account.id,
            orderId: order.id,
            kind: 'purchased',
            name:
              kind === 'auto_renew'
                ? fillText('Auto-renewal: {n} messages', { n: formatCount(data.count) })
                : fillText('Package: {n} messages', { n: formatCount(data.count) }),
            total: data.count,
            paidLi: unitPaid,
            usableFrom: new Date(ctx.now.getTime() + USABLE_AFTER_MS),
            expiresAt: addYears(ctx.now, PURCHASED_VALID_YEARS),
          }),
        );
      }
      return { orderId: order.id, packageIds, priceLi: quote.priceLi };
    },
    { behavior: 'immediate' },
  );
}
