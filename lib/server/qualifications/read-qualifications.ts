import 'server-only';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { qualifications, signatures, type Qualification } from '@/db/schema';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { itemHistory } from '../content/history';

/** The account's qualifications, newest first. */
export function listQualifications(ctx: Ctx, filter: { status?: string } = {}): Qualification[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeQualificationList', { accountId: account.id });
  return ctx.db
    .select()
    .from(qualifications)
    .where(
      and(
        eq(qualifications.accountId, account.id),
        isNull(qualifications.deletedAt),
        filter.status ? eq(qualifications.status, filter.status as Qualification['status']) : undefined,
      ),
    )
    .orderBy(desc(qualifications.id))
    .all();
}

/** One qualification of the account with its history; another account's is NOT_FOUND. */
export function getQualification(ctx: Ctx, id: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeQualificationList', { accountId: account.id });
  const row = ctx.db
    .select()
    .from(qualifications)
    .where(and(eq(qualifications.id, id), eq(qualifications.accountId, account.id), isNull(qualifications.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Qualification not found.');
  return { ...row, history: itemHistory(ctx, 'qualification', id) };
}

/** R-QUA-4: the live signatures bound to these qualifications (shown before deleting). */
export function boundSignatures(ctx: Ctx, ids: number[]) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeQualificationList', { accountId: account.id });
  if (ids.length === 0) return [];
  return ctx.db
    .select({
      id: signatures.id,
      content: signatures.content,
      status: signatures.status,
      qualificationId: signatures.qualificationId,
    })
    .from(signatures)
    .where(
      and(eq(signatures.accountId, account.id), inArray(signatures.qualificationId, ids), isNull(signatures.deletedAt)),
    )
    .all();
}
