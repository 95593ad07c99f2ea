import 'server-only';
import { sql } from 'drizzle-orm';
import { requireAccount, type Ctx } from '../context';

export interface StatusCounts {
  pending: number;
  effective: number;
  rejected: number;
  total: number;
}

function counts(ctx: Ctx, table: 'signatures' | 'templates', accountId: number): StatusCounts {
  const rows = ctx.db.all<{ status: string; n: number }>(
    sql`select status, count(*) as n from ${sql.raw(table)} where account_id = ${accountId}
      and deleted_at is null group by status`,
  );
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  const effective = (by.effective ?? 0) + (by.approved_pending_effect ?? 0);
  return { pending: by.pending ?? 0, effective, rejected: by.rejected ?? 0, total: rows.reduce((s, r) => s + r.n, 0) };
}

/** Signature and template counts by status (R-UI-2) and the Quick Start steps (R-UI-3). */
export function contentSummary(ctx: Ctx) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeOverview', { accountId: account.id });
  const signatures = counts(ctx, 'signatures', account.id);
  const templates = counts(ctx, 'templates', account.id);
  const approvedQualifications = ctx.db.get<{ n: number }>(
    sql`select count(*) as n from qualifications where account_id = ${account.id} and deleted_at is null
      and status = 'approved'`,
  ).n;
  return {
    signatures,
    templates,
    approvedQualifications,
    quickStart: {
      signatureCreated: signatures.total > 0,
      templateCreated: templates.total > 0,
      reviewPassed: signatures.effective > 0 && templates.effective > 0,
    },
  };
}
