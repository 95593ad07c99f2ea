import 'server-only';
import type { SignatureFields } from '@/lib/schemas/content';
import { fillText } from '@/lib/domain/notices';
import { resubmission } from '../review/resubmission';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { qualifications, signatures, type Signature } from '@/db/schema';
import { NOTES_REQUIRED_TYPES, WARNING_RULES, validateSignature } from '@/lib/domain/sms/signature';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { checkImages, storeImage, type IncomingFiles } from '../content/uploads';
import { changedFields, recordHistory } from '../content/history';

/** R-SIG-1: at most 50 signatures per account in each list (mainland, international). */
export const MAX_SIGNATURES = 50;

const FIELD_OF_RULE: Record<string, string> = { 'R-SIG-1': 'content', 'R-SIG-2': 'type' };

/**
 * Creates a signature (or modifies one while pending or rejected, R-SIG-4); either way it is
 * (re)submitted for review. R-SIG-5 findings are warnings only: the reviewer decides.
 */
export function submitSignature(
  ctx: Ctx,
  input: { id?: number; fields: SignatureFields; files: IncomingFiles },
): { id: number; warnings: string[] } {
  const account = requireAccount(ctx);
  const editing = input.id !== undefined;
  ctx.authorize(editing ? 'ModifySmsSign' : 'AddSmsSign', { accountId: account.id });
  const data = input.fields;
  const problems = validateSignature({ ...data, identity: account.identity });
  const fieldErrors: Record<string, string> = {};
  for (const p of problems)
    if (!WARNING_RULES.has(p.rule)) fieldErrors[FIELD_OF_RULE[p.rule] ?? 'content'] ??= p.message;
  if (NOTES_REQUIRED_TYPES.includes(data.type) && data.notes.length === 0) {
    fieldErrors.notes = 'Describe the app, website or WeChat account (name, link, what it does).';
  }
  if (data.region === 'mainland' && !data.qualificationId)
    fieldErrors.qualificationId = 'Choose an approved qualification.';
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrors);
  checkImages(input.files);

  return ctx.db.transaction(
    () => {
      let qualificationId: number | null = null;
      if (data.region === 'mainland') {
        const q = ctx.db
          .select({ id: qualifications.id })
          .from(qualifications)
          .where(
            and(
              eq(qualifications.id, data.qualificationId!),
              eq(qualifications.accountId, account.id),
              eq(qualifications.status, 'approved'),
              isNull(qualifications.deletedAt),
            ),
          )
          .get();
        if (!q)
          throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
            qualificationId: 'Choose an approved qualification of this account.',
          });
        qualificationId = q.id;
      }
      const current = editing
        ? ctx.db
            .select()
            .from(signatures)
            .where(
              and(eq(signatures.id, input.id!), eq(signatures.accountId, account.id), isNull(signatures.deletedAt)),
            )
            .get()
        : undefined;
      if (editing && !current) throw new AppError('NOT_FOUND', 'Signature not found.');
      if (current && current.region !== data.region)
        throw new AppError('INVALID_INPUT', 'A signature stays in its list (mainland or international).');
      const duplicate = ctx.db
        .select({ id: signatures.id })
        .from(signatures)
        .where(
          and(
            eq(signatures.accountId, account.id),
            eq(signatures.region, data.region),
            eq(signatures.content, data.content),
            isNull(signatures.deletedAt),
            current ? ne(signatures.id, current.id) : undefined,
          ),
        )
        .get();
      if (duplicate)
        throw new AppError('CONFLICT', 'You already have this signature.', {
          content: 'This signature already exists in the list.',
        });
      if (!current) {
        const n = ctx.db.get<{ n: number }>(
          sql`select count(*) as n from signatures where account_id = ${account.id} and region = ${data.region}
            and deleted_at is null`,
        ).n;
        if (n >= MAX_SIGNATURES)
          throw new AppError(
            'LIMIT_REACHED',
            fillText('An account can have at most {MAX_SIGNATURES} {region} signatures.', {
              MAX_SIGNATURES,
              region: data.region,
            }),
          );
      }

      const proof = input.files.proof;
      const letter = input.files.authLetter;
      const missing: Record<string, string> = {};
      if (data.type === 'trademark' && !proof && !current?.proofUploadId)
        missing.proof = 'A trademark signature needs the trademark registration certificate.';
      if (data.purpose === 'other' && !letter && !current?.authLetterUploadId)
        missing.authLetter = 'Other-use signatures need the signed authorization letter.';
      if (Object.keys(missing).length > 0)
        throw new AppError('INVALID_INPUT', 'Please upload the required images.', missing);

      const values: Partial<Signature> = {
        region: data.region,
        purpose: data.purpose,
        qualificationId,
        type: data.type,
        content: data.content,
        notes: data.notes,
        proofUploadId: proof
          ? storeImage(ctx, account.id, proof)
          : data.type === 'trademark'
            ? (current?.proofUploadId ?? null)
            : null,
        authLetterUploadId: letter
          ? storeImage(ctx, account.id, letter)
          : data.purpose === 'other'
            ? (current?.authLetterUploadId ?? null)
            : null,
      };
      const warnings = problems.filter((p) => WARNING_RULES.has(p.rule)).map((p) => p.message);
      if (!current) {
        const row = ctx.db
          .insert(signatures)
          .values({
            ...(values as typeof signatures.$inferInsert),
            accountId: account.id,
            submittedAt: ctx.now,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning({ id: signatures.id })
          .get();
        recordHistory(ctx, {
          accountId: account.id,
          kind: 'signature',
          itemId: row.id,
          action: 'create',
          detail: { content: data.content },
        });
        return { id: row.id, warnings };
      }
      const res = ctx.db
        .update(signatures)
        .set({ ...values, ...resubmission(current.revision, ctx.now) })
        .where(
          and(
            eq(signatures.id, current.id),
            eq(signatures.revision, current.revision),
            inArray(signatures.status, ['pending', 'rejected']),
          ),
        )
        .run();
      if (res.changes === 0)
        throw new AppError('CONFLICT', 'Only signatures pending review or rejected can be modified.');
      recordHistory(ctx, {
        accountId: account.id,
        kind: 'signature',
        itemId: current.id,
        action: 'modify',
        detail: {
          changed: changedFields(current, values),
        },
      });
      return { id: current.id, warnings };
    },
    { behavior: 'immediate' },
  );
}
