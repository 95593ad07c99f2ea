import 'server-only';
import { fillText } from '@/lib/domain/notices';
import { resubmission } from '../review/resubmission';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { accounts, qualifications, type Qualification } from '@/db/schema';
import { QUALIFICATION_PURPOSES } from '@/db/enums';
import { canTransition } from '@/lib/domain/review/state';
import { isCreditCode, isIdNumber } from '@/lib/domain/content/identity-numbers';
import { normalizePhone } from '@/lib/domain/phone/normalize';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { parseInput } from '../validation';
import { checkImages, storeImage, type IncomingFiles } from '../content/uploads';
import { changedFields, recordHistory } from '../content/history';

const name = (label: string) =>
  z.string().trim().min(2, fillText('Enter the {label}.', { label })).max(100, 'At most 100 characters.');
const idNumber = z.string().trim().toUpperCase().refine(isIdNumber, 'Enter a valid 18-character ID number.');

const enterpriseFields = z.object({
  purpose: z.enum(QUALIFICATION_PURPOSES, { message: 'Choose self-use or third-party use.' }),
  enterpriseName: name('enterprise name'),
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCreditCode, 'Enter a valid 18-character unified social credit code.'),
  legalRepName: name('legal representative name'),
  legalRepIdNumber: idNumber,
  adminName: name('administrator name'),
  adminIdNumber: idNumber,
  adminPhone: z.string().refine((v) => normalizePhone(v, 'mainland').ok, 'Enter a mainland mobile number.'),
});

/** R-QUA-1a: an individual's self-use qualification: the person's name and ID card. */
const individualFields = z.object({
  personName: name('name on the ID card'),
  personIdNumber: idNumber,
});

/** The image fields and whether each is required (authorization letter: third-party only). */
export const QUALIFICATION_IMAGES = [
  'license',
  'legalRepIdFront',
  'legalRepIdBack',
  'adminIdFront',
  'adminIdBack',
  'authLetter',
] as const;
type ImageField = (typeof QUALIFICATION_IMAGES)[number];
const COLUMN: Record<ImageField, keyof Qualification> = {
  license: 'licenseUploadId',
  legalRepIdFront: 'legalRepIdFrontUploadId',
  legalRepIdBack: 'legalRepIdBackUploadId',
  adminIdFront: 'adminIdFrontUploadId',
  adminIdBack: 'adminIdBackUploadId',
  authLetter: 'authLetterUploadId',
};

/** The images an individual's qualification carries: both sides of the ID card. */
export const INDIVIDUAL_IMAGES = ['legalRepIdFront', 'legalRepIdBack'] as const;

/** R-QUA-3: what an approved qualification may still change. */
const EDITABLE_WHEN_APPROVED = new Set([
  'creditCode',
  'legalRepName',
  'legalRepIdNumber',
  'adminName',
  'adminIdNumber',
  'adminPhone',
  'licenseUploadId',
  'legalRepIdFrontUploadId',
  'legalRepIdBackUploadId',
  'adminIdFrontUploadId',
  'adminIdBackUploadId',
]);

/** At most this many qualifications per account. */
export const MAX_QUALIFICATIONS = 50;

/**
 * Adds a qualification, or edits one (`id` given) within R-QUA-3; either way it goes to
 * review (pending). Self-use requires the account's real-name as the enterprise name.
 */
export function submitQualification(
  ctx: Ctx,
  input: { id?: number; revision?: number; fields: unknown; files: IncomingFiles },
): { id: number } {
  const account = requireAccount(ctx);
  const editing = input.id !== undefined;
  ctx.authorize(editing ? 'ModifyQualification' : 'AddQualification', { accountId: account.id });
  const { realName, identity } = ctx.db
    .select({ realName: accounts.realName, identity: accounts.identity })
    .from(accounts)
    .where(eq(accounts.id, account.id))
    .get()!;
  const individual = identity === 'individual';
  let data: z.infer<typeof enterpriseFields>;
  if (individual) {
    const person = parseInput(individualFields, input.fields);
    if (person.personName !== realName) {
      throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
        personName: fillText("The qualification must be in the account's real name ({realName}).", { realName }),
      });
    }
    data = {
      purpose: 'self',
      enterpriseName: person.personName,
      legalRepName: person.personName,
      legalRepIdNumber: person.personIdNumber,
    } as typeof data;
  } else {
    data = parseInput(enterpriseFields, input.fields);
    if (data.purpose === 'self' && data.enterpriseName !== realName) {
      throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
        enterpriseName: fillText("A self-use qualification must be in the account's real name ({realName}).", {
          realName,
        }),
      });
    }
    data.adminPhone = (normalizePhone(data.adminPhone, 'mainland') as { e164: string }).e164.slice(3);
  }
  checkImages(input.files);

  return ctx.db.transaction(
    () => {
      const current = editing
        ? ctx.db
            .select()
            .from(qualifications)
            .where(
              and(
                eq(qualifications.id, input.id!),
                eq(qualifications.accountId, account.id),
                isNull(qualifications.deletedAt),
              ),
            )
            .get()
        : undefined;
      if (editing && !current) throw new AppError('NOT_FOUND', 'Qualification not found.');
      if (!editing) {
        const n = ctx.db.get<{ n: number }>(
          sql`select count(*) as n from qualifications where account_id = ${account.id} and deleted_at is null`,
        ).n;
        if (n >= MAX_QUALIFICATIONS)
          throw new AppError(
            'LIMIT_REACHED',
            fillText('An account can have at most {MAX_QUALIFICATIONS} qualifications.', { MAX_QUALIFICATIONS }),
          );
      }
      const missing: Record<string, string> = {};
      const images: Partial<Record<keyof Qualification, number | null>> = {};
      if (current && current.holder !== (individual ? 'individual' : 'enterprise'))
        throw new AppError('CONFLICT', 'This qualification was filed under another identity; add a new one.');
      for (const field of individual ? INDIVIDUAL_IMAGES : QUALIFICATION_IMAGES) {
        const file = input.files[field];
        const required = field !== 'authLetter' || data.purpose === 'third_party';
        if (file) images[COLUMN[field]] = storeImage(ctx, account.id, file);
        else if (required && !(current && current[COLUMN[field]]))
          missing[field] = 'Upload this image (JPG or PNG, at most 5 MB).';
      }
      if (data.purpose === 'self') images.authLetterUploadId = null;
      if (Object.keys(missing).length > 0)
        throw new AppError('INVALID_INPUT', 'Please upload the required images.', missing);

      const values = { ...data, ...images, holder: individual ? 'individual' : 'enterprise' } as Partial<Qualification>;
      if (!current) {
        const row = ctx.db
          .insert(qualifications)
          .values({
            ...(values as typeof qualifications.$inferInsert),
            accountId: account.id,
            submittedAt: ctx.now,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })
          .returning({ id: qualifications.id })
          .get();
        recordHistory(ctx, { accountId: account.id, kind: 'qualification', itemId: row.id, action: 'create' });
        return row;
      }

      if (!canTransition('qualification', current.status, 'pending')) {
        throw new AppError('CONFLICT', 'This qualification cannot be edited in its current status.');
      }
      const changed = changedFields(current, values);
      if (current.status === 'approved') {
        const locked = changed.filter((f) => !EDITABLE_WHEN_APPROVED.has(f));
        if (locked.length > 0) {
          const field = (f: string) => (individual && f === 'enterpriseName' ? 'personName' : f);
          throw new AppError(
            'INVALID_INPUT',
            individual
              ? 'An approved qualification keeps its name.'
              : 'An approved qualification keeps its purpose and enterprise name.',
            Object.fromEntries(locked.map((f) => [field(f), 'Cannot be changed once approved.'])),
          );
        }
      }
      const res = ctx.db
        .update(qualifications)
        .set({ ...values, ...resubmission(current.revision, ctx.now) })
        .where(
          and(
            eq(qualifications.id, current.id),
            eq(qualifications.revision, input.revision ?? current.revision),
            inArray(qualifications.status, ['pending', 'rejected', 'approved']),
          ),
        )
        .run();
      if (res.changes === 0)
        throw new AppError('CONFLICT', 'The qualification changed meanwhile; reload and try again.');
      recordHistory(ctx, {
        accountId: account.id,
        kind: 'qualification',
        itemId: current.id,
        action: 'modify',
        detail: { changed },
      });
      return { id: current.id };
    },
    { behavior: 'immediate' },
  );
}
