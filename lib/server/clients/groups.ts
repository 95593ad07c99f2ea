import 'server-only';
import type { GroupInput, GroupTarget } from '@/lib/schemas/clients';
import { fillText } from '@/lib/domain/notices';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { customerGroups } from '@/db/schema';
import { type Region } from '@/db/enums';
import { normalizePhone, maskPhone } from '@/lib/domain/phone/normalize';
import { MAX_TYPED_NUMBERS } from '@/lib/domain/sending/rows';
import type { ColumnMapping } from '@/lib/domain/sending/mapping';
import { AppError } from '../errors';
import { requireAccount, type Ctx } from '../context';
import { RowImporter, type Checked } from '../imports/engine';
import { sniffFileKind, streamRows } from '../imports/read-rows';

/** R-CON-2: creates a group (message type and name, unique among the account's groups). */
export function createGroup(ctx: Ctx, d: GroupInput): { id: number } {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyCustomerGroups', { accountId: account.id });
  const taken = ctx.db
    .select({ id: customerGroups.id })
    .from(customerGroups)
    .where(
      and(eq(customerGroups.accountId, account.id), eq(customerGroups.name, d.name), isNull(customerGroups.deletedAt)),
    )
    .get();
  if (taken) throw new AppError('CONFLICT', 'A group with this name exists.', { name: 'This name is already used.' });
  return ctx.db
    .insert(customerGroups)
    .values({ accountId: account.id, region: d.region, name: d.name, createdAt: ctx.now })
    .returning({ id: customerGroups.id })
    .get();
}

/** One live group of the account; another account's id is NOT_FOUND (R-TEN-2). */
export function findGroup(ctx: Ctx, id: number) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCustomerGroups', { accountId: account.id });
  const g = ctx.db
    .select()
    .from(customerGroups)
    .where(and(eq(customerGroups.id, id), eq(customerGroups.accountId, account.id), isNull(customerGroups.deletedAt)))
    .get();
  if (!g) throw new AppError('NOT_FOUND', 'Group not found.');
  return g;
}

/** R-CON-2: the groups with their number counts, searchable by name, paged. */
export function listGroups(ctx: Ctx, f: { q?: string; page?: number; pageSize?: number } = {}) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCustomerGroups', { accountId: account.id });
  const size = f.pageSize ?? 20;
  const page = Math.max(1, f.page ?? 1);
  const where = sql`g.account_id = ${account.id}
    and g.deleted_at is null ${f.q ? sql`and g.name like ${`%${f.q}%`}` : sql``}`;
  const rows = ctx.db.all<{ id: number; name: string; region: Region; created_at: number; count: number }>(
    sql`select g.id, g.name, g.region, g.created_at, (select count(*) from customer_numbers n
      where n.group_id = g.id) as count
        from customer_groups g where ${where} order by g.id desc limit ${size} offset ${(page - 1) * size}`,
  );
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from customer_groups g where ${where}`).n;
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      region: r.region,
      createdAt: new Date(r.created_at),
      count: r.count,
    })),
    total,
    page,
    pageSize: size,
  };
}

/** Deletes a group and its numbers, finally; tasks already created keep their own recipients. */
export function deleteGroup(ctx: Ctx, id: number): void {
  const g = findGroup(ctx, id);
  ctx.authorize('ModifyCustomerGroups', { accountId: g.accountId });
  ctx.db.transaction(
    () => {
      ctx.db.$client.prepare('DELETE FROM customer_numbers WHERE group_id = ?').run(g.id);
      ctx.db.update(customerGroups).set({ deletedAt: ctx.now }).where(eq(customerGroups.id, g.id)).run();
    },
    { behavior: 'immediate' },
  );
}

export interface GroupImportResult {
  groupId: number;
  totalRows: number;
  added: number;
  duplicates: number;
  rejected: { rowNumber: number; raw: string; reason: string }[];
}

type Kept = { key: number; phone: string; iso: string };

const MAINLAND = /^1[3-9]\d{9}$/;

/**
 * R-CON-1: adds numbers to a group (or a new one) from a file or typed lines, with the same
 * import machinery as bulk tasks: normalised for the group's message type, de-duplicated
 * against the group, rejected rows kept with row number and reason.
 */
export async function importIntoGroup(
  ctx: Ctx,
  input: GroupTarget & ({ file: string; mapping?: ColumnMapping } | { lines: string[] }),
): Promise<GroupImportResult> {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyCustomerGroups', { accountId: account.id });
  const manual = 'lines' in input;
  let lines: string[] = [];
  if (manual) {
    lines = input.lines.map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0)
      throw new AppError('INVALID_INPUT', 'Enter at least one number.', { lines: 'Enter one number per line.' });
    if (lines.length > MAX_TYPED_NUMBERS)
      throw new AppError('INVALID_INPUT', fillText('At most {MAX_TYPED_NUMBERS} lines.', { MAX_TYPED_NUMBERS }), {
        lines: fillText('At most {MAX_TYPED_NUMBERS} lines (now {length}).', {
          MAX_TYPED_NUMBERS,
          length: lines.length,
        }),
      });
  }
  const kind = manual ? null : sniffFileKind(input.file);
  const group =
    'groupId' in input ? findGroup(ctx, input.groupId) : findGroup(ctx, createGroup(ctx, input.newGroup).id);
  const raw = ctx.db.$client;
  const existing = (
    raw.prepare('SELECT phone FROM customer_numbers WHERE group_id = ?').pluck().all(group.id) as string[]
  ).map((p) => Number(p.slice(1)));
  // Multi-row inserts (500 rows per statement), as for task imports.
  const cols = 'INSERT INTO customer_numbers (account_id, group_id, phone, iso_country, source, added_at) VALUES ';
  const insertMany = raw.prepare(`${cols}${Array(500).fill('(?, ?, ?, ?, ?, ?)').join(', ')} ON CONFLICT DO NOTHING`);
  const insert = raw.prepare(`${cols}(?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`);
  const source = manual ? 'manual' : 'file';
  const write = raw.transaction((kept: Kept[]) => {
    const params: unknown[] = [];
    for (const k of kept) {
      params.push(account.id, group.id, k.phone, k.iso, source, ctx.now.getTime());
      if (params.length === 3000) insertMany.run(...params.splice(0));
    }
    for (let i = 0; i < params.length; i += 6) insert.run(...params.slice(i, i + 6));
  });
  const rejected: GroupImportResult['rejected'] = [];
  const check = (cells: string[], phoneIndex: number): Checked<Kept> => {
    const cell = String(cells[phoneIndex] ?? '').trim();
    // Fast path: a bare mainland mobile number.
    if (group.region === 'mainland' && MAINLAND.test(cell))
      return { ok: true, key: 8_600_000_000_000 + Number(cell), phone: `+86${cell}`, iso: 'CN' };
    const n = normalizePhone(cell, group.region);
    return n.ok
      ? { ok: true, key: Number(n.e164.slice(1)), phone: n.e164, iso: n.isoCountry }
      : { ok: false, reason: `${n.message} (${n.code})` };
  };
  const importer = new RowImporter<Kept>({
    existingKeys: existing,
    begin(first) {
      // The user's mapping: only the phone column and the header matter here.
      const mapping = 'mapping' in input ? input.mapping : undefined;
      if (mapping) return { hasHeader: mapping.hasHeader, check: (cells) => check(cells, mapping.phone) };
      const header = first.findIndex((c) =>
        /^(phone|mobile|number|手机|手机号|手机号码|号码)$/i.test(String(c).trim()),
      );
      if (header >= 0) return { hasHeader: true, check: (cells) => check(cells, header) };
      return { hasHeader: false, check: (cells) => check(cells, 0) };
    },
    flush: (kept, rej) => {
      write(kept);
      if (rejected.length < 10_000) rejected.push(...rej.slice(0, 10_000 - rejected.length));
    },
    chunkRows: 50_000,
  });
  if (manual) importer.push(lines.map((l) => [l]));
  else await streamRows(input.file, kind!, (rows) => importer.push(rows));
  const counts = importer.finish();
  return {
    groupId: group.id,
    totalRows: counts.totalRows,
    added: counts.validRows,
    duplicates: counts.duplicateRows,
    rejected,
  };
}

/** The numbers of a group, or the whole customer pool, masked, searchable by number, paged. */
export function listNumbers(ctx: Ctx, f: { groupId?: number; q?: string; page?: number; pageSize?: number } = {}) {
  const account = requireAccount(ctx);
  ctx.authorize('DescribeCustomerGroups', { accountId: account.id });
  if (f.groupId) findGroup(ctx, f.groupId);
  const size = f.pageSize ?? 50;
  const page = Math.max(1, f.page ?? 1);
  const digits = f.q?.replace(/\D/g, '');
  const where = sql`n.group_id in (select id from customer_groups where account_id = ${account.id}
    and deleted_at is null) and n.account_id = ${account.id}
    ${f.groupId ? sql`and n.group_id = ${f.groupId}` : sql``} ${digits ? sql`and n.phone like ${`%${digits}%`}` : sql``}`;
  const rows = ctx.db.all<{
    group_id: number;
    phone: string;
    iso_country: string;
    source: string;
    added_at: number;
    group_name: string;
    region: Region;
  }>(
    sql`select n.group_id, n.phone, n.iso_country, n.source, n.added_at, g.name as group_name, g.region
      from customer_numbers n join customer_groups g on g.id = n.group_id
        where ${where} order by n.added_at desc, n.group_id, n.phone limit ${size} offset ${(page - 1) * size}`,
  );
  const total = ctx.db.get<{ n: number }>(sql`select count(*) as n from customer_numbers n where ${where}`).n;
  return {
    // `id` names the row for removal without showing the full number: "group:index-free key".
    rows: rows.map((r) => ({
      id: numberKey(r.group_id, r.phone),
      phone: maskPhone(r.phone),
      isoCountry: r.iso_country,
      source: r.source,
      addedAt: new Date(r.added_at),
      group: r.group_name,
      region: r.region,
    })),
    total,
    page,
    pageSize: size,
  };
}

/** The row key of a pool number: group id and E.164 digits (`12:8613800000001`). */
function numberKey(groupId: number, phone: string): string {
  return `${groupId}:${phone.slice(1)}`;
}

/** Removes numbers from the pool by their keys (only the account's own). */
export function removeNumbers(ctx: Ctx, keys: string[]): number {
  const account = requireAccount(ctx);
  ctx.authorize('ModifyCustomerGroups', { accountId: account.id });
  const del = ctx.db.$client.prepare(
    'DELETE FROM customer_numbers WHERE account_id = ? AND group_id = ? AND phone = ?',
  );
  let n = 0;
  for (const key of new Set(keys.map(String))) {
    const m = /^(\d+):(\d{5,15})$/.exec(key);
    if (m) n += del.run(account.id, Number(m[1]), `+${m[2]}`).changes;
  }
  return n;
}
