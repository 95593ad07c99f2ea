import 'server-only';
import { and, desc, eq, isNull, like, or } from 'drizzle-orm';
import { qualifications, signatures, templates, type Signature, type Template } from '@/db/schema';
import type { ContentStatus, Region } from '@/db/enums';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { itemHistory } from './history';

export type SignatureRow = Signature & { qualificationName: string | null; qualificationUsable: boolean };

/** A signature can send only when effective and (mainland) its qualification still exists (R-SIG-3, R-QUA-4). */
export function signatureUsable(s: { status: string; region: string; qualificationUsable: boolean }): boolean {
  return s.status === 'effective' && (s.region === 'international' || s.qualificationUsable);
}

/** The account's signatures of one list, newest first, with filters. */
export function listSignatures(
  ctx: Ctx,
  filter: { region: Region; status?: ContentStatus; q?: string },
): SignatureRow[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSmsSignList', { accountId: account.id });
  const rows = ctx.db
    .select({
      s: signatures,
      qualificationName: qualifications.enterpriseName,
      qualificationDeletedAt: qualifications.deletedAt,
    })
    .from(signatures)
    .leftJoin(qualifications, eq(qualifications.id, signatures.qualificationId))
    .where(
      and(
        eq(signatures.accountId, account.id),
        eq(signatures.region, filter.region),
        isNull(signatures.deletedAt),
        filter.status ? eq(signatures.status, filter.status) : undefined,
        filter.q ? like(signatures.content, `%${filter.q}%`) : undefined,
      ),
    )
    .orderBy(desc(signatures.id))
    .all();
  return rows.map((r) => ({
    ...r.s,
    qualificationName: r.qualificationName,
    qualificationUsable: r.s.qualificationId === null || r.qualificationDeletedAt === null,
  }));
}

export function getSignature(ctx: Ctx, id: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSmsSignList', { accountId: account.id });
  const row = ctx.db
    .select({
      s: signatures,
      qualificationName: qualifications.enterpriseName,
      qualificationDeletedAt: qualifications.deletedAt,
    })
    .from(signatures)
    .leftJoin(qualifications, eq(qualifications.id, signatures.qualificationId))
    .where(and(eq(signatures.id, id), eq(signatures.accountId, account.id), isNull(signatures.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Signature not found.');
  return {
    ...row.s,
    qualificationName: row.qualificationName,
    qualificationUsable: row.s.qualificationId === null || row.qualificationDeletedAt === null,
    history: itemHistory(ctx, 'signature', id),
  };
}

/** The account's templates of one list, newest first, with filters. */
export function listTemplates(ctx: Ctx, filter: { region: Region; status?: ContentStatus; q?: string }): Template[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSmsTemplateList', { accountId: account.id });
  return ctx.db
    .select()
    .from(templates)
    .where(
      and(
        eq(templates.accountId, account.id),
        eq(templates.region, filter.region),
        isNull(templates.deletedAt),
        filter.status ? eq(templates.status, filter.status) : undefined,
        filter.q ? or(like(templates.name, `%${filter.q}%`), like(templates.content, `%${filter.q}%`)) : undefined,
      ),
    )
    .orderBy(desc(templates.id))
    .all();
}

export function getTemplate(ctx: Ctx, id: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeSmsTemplateList', { accountId: account.id });
  const row = ctx.db
    .select()
    .from(templates)
    .where(and(eq(templates.id, id), eq(templates.accountId, account.id), isNull(templates.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', 'Template not found.');
  return { ...row, history: itemHistory(ctx, 'template', id) };
}
