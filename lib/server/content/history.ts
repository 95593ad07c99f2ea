import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { contentHistory, type HistoryRow } from '@/db/schema';
import type { ContentKind, HistoryAction } from '@/db/enums';
import type { Ctx } from '../context';

/**
 * Appends a history row (who, when, what) for a reviewed item.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function recordHistory(
  ctx: Ctx,
  entry: {
    accountId: number;
    kind: ContentKind;
    itemId: number;
    action: HistoryAction;
    detail?: Record<string, unknown>;
  },
): void {
  ctx.db
    .insert(contentHistory)
    .values({
      accountId: entry.accountId,
      kind: entry.kind,
      itemId: entry.itemId,
      action: entry.action,
      actorId: ctx.actor.userId > 0 ? ctx.actor.userId : null,
      actorName: ctx.actor.name,
      detail: entry.detail ?? {},
      at: ctx.now,
    })
    .run();
}

/**
 * The history of one item, oldest first. The caller has already checked access to the item.
 * @internal a step of verbs (or the wrapper of actions and routes) that check the caller themselves
 */
export function itemHistory(ctx: Ctx, kind: ContentKind, itemId: number): HistoryRow[] {
  return ctx.db
    .select()
    .from(contentHistory)
    .where(and(eq(contentHistory.kind, kind), eq(contentHistory.itemId, itemId)))
    .orderBy(asc(contentHistory.id))
    .all();
}

/** Field names whose values differ between two versions (for "what changed"). */
export function changedFields<T extends object>(before: T, after: Partial<T>): string[] {
  return (Object.keys(after) as (keyof T & string)[]).filter((k) => after[k] !== undefined && after[k] !== before[k]);
}
