import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { uploads } from '@/db/schema';
import { databasePath } from '@/db/client';
import { imageProblem, sniffImage } from '@/lib/domain/content/image';
import { AppError } from '../errors';
import type { Ctx } from '../context';

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}
export type IncomingFiles = Partial<Record<string, IncomingFile | null | undefined>>;

/** Where uploaded files live: UPLOAD_DIR, else `uploads/` beside the database file. */
export function uploadsDir(): string {
  if (process.env.UPLOAD_DIR) return path.resolve(process.env.UPLOAD_DIR);
  const db = databasePath();
  return path.join(db.endsWith(':memory:') ? path.resolve('data') : path.dirname(db), 'uploads');
}

function filePath(sha256: string): string {
  return path.join(uploadsDir(), sha256.slice(0, 2), sha256);
}

/** Checks every present file (JPG/PNG by content, ≤ 5 MB); field errors name the field. */
export function checkImages(files: IncomingFiles): void {
  const fieldErrors: Record<string, string> = {};
  for (const [field, file] of Object.entries(files)) {
    if (!file) continue;
    const problem = imageProblem(file.bytes);
    if (problem) fieldErrors[field] = problem;
  }
  if (Object.keys(fieldErrors).length > 0)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted files.', fieldErrors);
}

/**
 * Stores a checked image on disk by content hash (outside the database) and records it for
 * the account. Call inside the verb's transaction so a refused submission leaves no row.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function storeImage(ctx: Ctx, accountId: number, file: IncomingFile): number {
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const target = filePath(sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.bytes);
    fs.renameSync(tmp, target);
  }
  return ctx.db
    .insert(uploads)
    .values({
      accountId,
      sha256,
      mime: sniffImage(file.bytes)!,
      size: file.bytes.length,
      originalName: file.name.slice(0, 200),
      createdAt: ctx.now,
    })
    .returning({ id: uploads.id })
    .get().id;
}

/** An upload's bytes for the owning account's users or platform staff; others get NOT_FOUND. */
export function readUpload(ctx: Ctx, id: number): { mime: string; bytes: Buffer; name: string } {
  const row = ctx.account
    ? ctx.db
        .select()
        .from(uploads)
        .where(and(eq(uploads.id, id), eq(uploads.accountId, ctx.account.id)))
        .get()
    : ctx.db.select().from(uploads).where(eq(uploads.id, id)).get();
  if (ctx.account) ctx.authorize('DescribeUpload', { accountId: ctx.account.id });
  else ctx.authorize('DescribeAnyUpload');
  if (!row) throw new AppError('NOT_FOUND', 'File not found.');
  return { mime: row.mime, bytes: fs.readFileSync(filePath(row.sha256)), name: row.originalName };
}
