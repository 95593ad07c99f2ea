import 'server-only';
import { notice, fillText } from '@/lib/domain/notices';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { accounts, invoiceRequests, orders, packages } from '@/db/schema';
import { isCreditCode } from '@/lib/domain/content/identity-numbers';
import type { InvoiceDecisionInput, InvoiceRequestInput } from '@/lib/schemas/money';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { notifyAccount } from '../notifications/notify';

export interface OrderWithInvoice {
  id: number;
  kind: string;
  count: number;
  quantity: number;
  priceLi: number;
  createdAt: Date;
  /** Whether an invoice may be requested now, or why not. */
  invoice: {
    id: number;
    status: 'requested' | 'issued' | 'refused';
    invoiceNumber: string | null;
    refuseReason: string | null;
  } | null;
  canRequest: boolean;
  whyNot: string | null;
}

/** The account's paid orders with their invoice state, newest first. */
export function listOrdersWithInvoices(ctx: Ctx): OrderWithInvoice[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeInvoices', { accountId: account.id });
  const rows = ctx.db
    .select()
    .from(orders)
    .where(eq(orders.accountId, account.id))
    .orderBy(desc(orders.id))
    .limit(200)
    .all();
  const invoices = ctx.db
    .select()
    .from(invoiceRequests)
    .where(eq(invoiceRequests.accountId, account.id))
    .orderBy(desc(invoiceRequests.id))
    .all();
  const refunded = new Set(
    ctx.db
      .select({ orderId: packages.orderId })
      .from(packages)
      .where(and(eq(packages.accountId, account.id), inArray(packages.state, ['refund_pending', 'refunded'])))
      .all()
      .map((p) => p.orderId),
  );
  return rows.map((o) => {
    const inv = invoices.find((i) => i.orderId === o.id) ?? null;
    const whyNot = o.priceLi <= 0 ? 'Nothing was paid.' : refunded.has(o.id) ? 'Refunded or being refunded.' : null;
    return {
      id: o.id,
      kind: o.kind,
      count: o.count,
      quantity: o.quantity,
      priceLi: o.priceLi,
      createdAt: o.createdAt,
      invoice: inv
        ? { id: inv.id, status: inv.status, invoiceNumber: inv.invoiceNumber, refuseReason: inv.refuseReason }
        : null,
      canRequest: !whyNot && (!inv || inv.status === 'refused'),
      whyNot,
    };
  });
}

/**
 * Requests an invoice for a paid order: invoice title (the account's real-name for a company),
 * the unified social credit code (enterprise accounts) and where to send it. One open or
 * issued invoice per order; a refunded order cannot be invoiced.
 */
export function requestInvoice(ctx: Ctx, input: InvoiceRequestInput): { id: number } {
  const account = requireAccount(ctx);
  ctx.authorize('AddInvoiceRequest', { accountId: account.id });
  const { orderId, title, taxId, email } = input;
  const taxIdProblem =
    account.identity === 'enterprise' && !isCreditCode(taxId)
      ? 'Enter the 18-character unified social credit code.'
      : account.identity === 'individual' && taxId
        ? 'Individual accounts leave the tax ID empty.'
        : null;
  if (taxIdProblem)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { taxId: taxIdProblem });
  return ctx.db.transaction(
    (tx) => {
      const order = tx
        .select()
        .from(orders)
        .where(and(eq(orders.id, orderId), eq(orders.accountId, account.id)))
        .get();
      if (!order) throw new AppError('NOT_FOUND', 'Order not found.');
      if (order.priceLi <= 0) throw new AppError('CONFLICT', 'Nothing was paid for this order.');
      const refunded = tx
        .select({ id: packages.id })
        .from(packages)
        .where(and(eq(packages.orderId, order.id), inArray(packages.state, ['refund_pending', 'refunded'])))
        .get();
      if (refunded)
        throw new AppError('CONFLICT', 'This order was refunded (or is being refunded) and cannot be invoiced.');
      const open = tx
        .select({ id: invoiceRequests.id })
        .from(invoiceRequests)
        .where(and(eq(invoiceRequests.orderId, order.id), ne(invoiceRequests.status, 'refused')))
        .get();
      if (open)
        throw new AppError(
          'CONFLICT',
          fillText('An invoice for order {id} was already requested (#{id2}).', { id: order.id, id2: open.id }),
        );
      return tx
        .insert(invoiceRequests)
        .values({
          accountId: account.id,
          orderId: order.id,
          title,
          taxId,
          email,
          amountLi: order.priceLi,
          requestedBy: ctx.actor.userId || null,
          createdAt: ctx.now,
        })
        .returning({ id: invoiceRequests.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

/** Finance: every invoice request, open ones first. */
export function listInvoiceRequests(ctx: Ctx) {
  ctx.authorize('DescribeFinance');
  return ctx.db
    .select({ r: invoiceRequests, accountName: accounts.realName, uin: accounts.uin })
    .from(invoiceRequests)
    .innerJoin(accounts, eq(accounts.id, invoiceRequests.accountId))
    .orderBy(sql`${invoiceRequests.status} = 'requested' desc`, desc(invoiceRequests.id))
    .limit(500)
    .all();
}

/**
 * Finance issues a requested invoice with its number (the order's packages become invoiced:
 * a refund then needs the invoice returned first, R-PKG-10), or refuses it with a reason.
 * The customer is told either way.
 */
export function decideInvoice(ctx: Ctx, input: InvoiceDecisionInput): void {
  ctx.authorize('IssueInvoice');
  const { id } = input;
  const issue = input.decision === 'issue';
  const number = input.decision === 'issue' ? input.invoiceNumber : '';
  const reason = input.decision === 'refuse' ? input.reason : '';
  ctx.db.transaction(
    (tx) => {
      const r = tx.select().from(invoiceRequests).where(eq(invoiceRequests.id, id)).get();
      if (!r) throw new AppError('NOT_FOUND', 'Invoice request not found.');
      const res = tx
        .update(invoiceRequests)
        .set(
          issue
            ? { status: 'issued', invoiceNumber: number, decidedBy: ctx.actor.userId || null, decidedAt: ctx.now }
            : { status: 'refused', refuseReason: reason, decidedBy: ctx.actor.userId || null, decidedAt: ctx.now },
        )
        .where(and(eq(invoiceRequests.id, id), eq(invoiceRequests.status, 'requested')))
        .run();
      if (res.changes === 0) throw new AppError('CONFLICT', 'This request was already decided.');
      if (issue) tx.update(packages).set({ invoiced: true }).where(eq(packages.orderId, r.orderId)).run();
      notifyAccount(ctx, r.accountId, {
        category: 'billing',
        title: issue
          ? notice('Invoice issued for order {orderId}', { orderId: r.orderId })
          : notice('Invoice request for order {orderId} refused', { orderId: r.orderId }),
        body: issue
          ? notice('Invoice {number} (¥{amount}) was issued and sent to {email}.', {
              number: number ?? '',
              amount: (r.amountLi / 1000).toFixed(2),
              email: r.email,
            })
          : notice('Reason: {reason}', { reason: reason ?? '' }),
        link: '/billing',
      });
    },
    { behavior: 'immediate' },
  );
}
