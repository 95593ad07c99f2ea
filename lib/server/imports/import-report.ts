import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { countryPrices, importRejects, imports, packages } from '@/db/schema';
import { countsAsAvailable, packageStatus } from '@/lib/domain/billing/package-status';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { FALLBACK_PRICE_LI } from '../money/international';

/**
 * One import of the account (another account's id is NOT_FOUND).
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function findImport(ctx: Ctx, importId: number) {
  const account = requireAccount(ctx);
  const row = ctx.db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.accountId, account.id)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Import not found.');
  return row;
}

/**
 * R-SND-3: what the user confirms: valid rows, duplicates removed, the first rejected rows,
 * billed messages and the cost — mainland: which packages cover it (in deduction order);
 * international: price × billed count per country.
 */
export function importReport(ctx: Ctx, importId: number) {
  const account = requireAccount(ctx);
  ctx.authorize('CreateSendTask', { accountId: account.id });
  const imp = findImport(ctx, importId);
  const rejects = ctx.db
    .select()
    .from(importRejects)
    .where(eq(importRejects.importId, importId))
    .orderBy(asc(importRejects.rowNumber))
    .limit(20)
    .all();
  let coverage: { packageId: number; name: string; covers: number }[] = [];
  let uncovered = 0;
  let costLi = 0;
  const countries: { isoCountry: string; billable: number; priceLi: number; amountLi: number }[] = [];
  if (imp.region === 'mainland') {
    const usable = ctx.db
      .select()
      .from(packages)
      .where(and(eq(packages.accountId, account.id), eq(packages.state, 'active')))
      .all()
      .filter((p) => countsAsAvailable(packageStatus(p, ctx.now)) && p.remaining > 0)
      .sort((a, b) =>
        a.kind === b.kind ? a.purchasedAt.getTime() - b.purchasedAt.getTime() : a.kind === 'gift' ? -1 : 1,
      );
    let left = imp.billableTotal;
    for (const p of usable) {
      if (left <= 0) break;
      const covers = Math.min(left, p.remaining);
      coverage.push({ packageId: p.id, name: p.name, covers });
      left -= covers;
    }
    uncovered = Math.max(0, left);
  } else {
    const isos = Object.keys(imp.billableByCountry);
    const prices = new Map(
      (isos.length ? ctx.db.select().from(countryPrices).where(inArray(countryPrices.isoCountry, isos)).all() : []).map(
        (p) => [p.isoCountry, p.priceLi],
      ),
    );
    for (const [isoCountry, billable] of Object.entries(imp.billableByCountry)) {
      const priceLi = prices.get(isoCountry) ?? FALLBACK_PRICE_LI;
      countries.push({ isoCountry, billable, priceLi, amountLi: priceLi * billable });
      costLi += priceLi * billable;
    }
    countries.sort((a, b) => b.amountLi - a.amountLi);
    coverage = [];
  }
  return { import: imp, rejects, coverage, uncovered, costLi, countries };
}

/** Every rejected row of an import, for the download (row number, row, reason). */
export function importRejectRows(ctx: Ctx, importId: number) {
  const account = requireAccount(ctx);
  ctx.authorize('CreateSendTask', { accountId: account.id });
  findImport(ctx, importId);
  return ctx.db
    .select()
    .from(importRejects)
    .where(eq(importRejects.importId, importId))
    .orderBy(asc(importRejects.rowNumber))
    .all();
}
