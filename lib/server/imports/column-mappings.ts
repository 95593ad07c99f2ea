import 'server-only';
import type { ColumnMappingInput } from '@/lib/schemas/imports';
import { fillText } from '@/lib/domain/notices';
import { and, asc, eq } from 'drizzle-orm';
import { columnMappings } from '@/db/schema';
import type { Region } from '@/db/enums';
import {
  layoutToMapping,
  MAX_MAPPED_COLUMNS,
  MAX_SAVED_MAPPINGS,
  sameHeader,
  type ColumnMapping,
} from '@/lib/domain/sending/mapping';
import { detectLayout, templateNeeds } from '@/lib/domain/sending/rows';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { loadSendingContent } from './create-import';
import { streamRows, sniffFileKind } from './read-rows';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 5;

export interface SavedMapping {
  id: number;
  name: string;
  header: string[] | null;
  mapping: ColumnMapping;
}

export function listColumnMappings(ctx: Ctx): SavedMapping[] {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeUpload', { accountId: account.id });
  return ctx.db
    .select({
      id: columnMappings.id,
      name: columnMappings.name,
      header: columnMappings.header,
      mapping: columnMappings.mapping,
    })
    .from(columnMappings)
    .where(eq(columnMappings.accountId, account.id))
    .orderBy(asc(columnMappings.name))
    .all();
}

/** Saves a mapping under a name (the same name replaces it), with the header row it was made for. */
export function saveColumnMapping(ctx: Ctx, input: ColumnMappingInput): { id: number } {
  const account = requireAccount(ctx);
  ctx.authorize('CreateSendTask', { accountId: account.id });
  const { mapping } = input;
  return ctx.db.transaction(
    () => {
      const existing = ctx.db
        .select({ id: columnMappings.id })
        .from(columnMappings)
        .where(and(eq(columnMappings.accountId, account.id), eq(columnMappings.name, input.name)))
        .get();
      if (existing) {
        ctx.db
          .update(columnMappings)
          .set({ mapping, header: input.header, updatedAt: ctx.now })
          .where(eq(columnMappings.id, existing.id))
          .run();
        return existing;
      }
      const n = ctx.db.$client
        .prepare<
          unknown[],
          {
            n: number;
          }
        >('SELECT count(*) AS n FROM column_mappings WHERE account_id = ?')
        .get(account.id)!.n;
      if (n >= MAX_SAVED_MAPPINGS)
        throw new AppError(
          'LIMIT_REACHED',
          fillText('At most {MAX_SAVED_MAPPINGS} saved mappings. Delete one first.', { MAX_SAVED_MAPPINGS }),
          {
            saveAs: 'Too many saved mappings.',
          },
        );
      return ctx.db
        .insert(columnMappings)
        .values({ accountId: account.id, name: input.name, mapping, header: input.header, updatedAt: ctx.now })
        .returning({ id: columnMappings.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

export function deleteColumnMapping(ctx: Ctx, id: number): void {
  const account = requireAccount(ctx);
  ctx.authorize('CreateSendTask', { accountId: account.id });
  const res = ctx.db
    .delete(columnMappings)
    .where(and(eq(columnMappings.id, id), eq(columnMappings.accountId, account.id)))
    .run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Mapping not found.');
}

export interface FilePreview {
  kind: 'csv' | 'xlsx';
  rows: string[][];
  columns: number;
  /** The variables the mapping must fill (`'1'`… or names); none for customer groups. */
  variables: string[];
  /** The mapping to start from: a saved one made for this header, else the detected standard layout. */
  suggested: ColumnMapping | null;
  /** How the suggestion was found. */
  source: { kind: 'saved'; id: number; name: string } | { kind: 'standard' } | null;
}

/**
 * The first rows of an uploaded file for the mapping step. Reads only what it
 * shows; the suggestion is a saved mapping for the same header row if there is one, else the
 * standard layout when the file follows it.
 */
export async function previewFile(
  ctx: Ctx,
  input: { file: string } & ({ templateId: number; region: Region; signatureId?: number | null } | { group: true }),
): Promise<FilePreview> {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeUpload', { accountId: account.id });
  const needs =
    'group' in input
      ? { numbered: 0, named: [] }
      : templateNeeds(
          loadSendingContent(ctx, input.region, input.templateId, input.signatureId ?? null).template.content,
        );
  const kind = sniffFileKind(input.file);
  const rows: string[][] = [];
  const STOP = new Error('preview complete');
  try {
    await streamRows(input.file, kind, (chunk) => {
      for (const r of chunk) {
        if (rows.length >= PREVIEW_ROWS + 1) throw STOP;
        rows.push(r.slice(0, MAX_MAPPED_COLUMNS).map((c) => String(c ?? '').slice(0, 100)));
      }
    });
  } catch (err) {
    if (err !== STOP) throw err;
  }
  if (rows.length === 0) throw new AppError('INVALID_INPUT', 'The file has no rows.');
  const columns = Math.max(...rows.map((r) => r.length));
  const variables = [...Array.from({ length: needs.numbered }, (_, i) => String(i + 1)), ...needs.named];
  const saved = listColumnMappings(ctx).find(
    (m) => sameHeader(m.header, rows[0]) && variables.every((v) => m.mapping.vars[v] !== undefined),
  );
  if (saved)
    return {
      kind,
      rows,
      columns,
      variables,
      suggested: saved.mapping,
      source: { kind: 'saved', id: saved.id, name: saved.name },
    };
  const detected = detectLayout(rows[0], needs);
  if (detected.ok)
    return {
      kind,
      rows,
      columns,
      variables,
      suggested: layoutToMapping(detected.layout),
      source: { kind: 'standard' },
    };
  return { kind, rows, columns, variables, suggested: null, source: null };
}
