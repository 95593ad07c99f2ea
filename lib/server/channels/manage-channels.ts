import 'server-only';
// Admin → Channels and Admin → Routes: platform admins add, edit, disable and delete
// channels and their ordered route rules. Secrets are sealed at rest and never returned.
import { asc, eq, sql } from 'drizzle-orm';
import { accounts, channels, channelState, routes, type ChannelKind } from '@/db/schema';
import { sealSecret } from '../api-keys/vault';
import { AppError } from '../errors';
import type { Ctx } from '../context';
import { type ChannelInput, type RouteInput } from '@/lib/schemas/channels';
import { outboxDepth } from './outbox';

/** A channel as pages show it: settings without the secret, and the link's live state. */
export interface ChannelView {
  id: number;
  name: string;
  kind: ChannelKind;
  enabled: boolean;
  config: Record<string, unknown>;
  hasSecret: boolean;
  state: {
    bound: boolean;
    downSince: number | null;
    lastError: string | null;
    inFlight: number;
    sentLastMinute: number;
    receiptLagMs: number | null;
    updatedAt: number;
  } | null;
  queued: number;
  usedByRoutes: number;
}

export function listChannels(ctx: Ctx): ChannelView[] {
  ctx.authorize('DescribeChannels');
  const raw = ctx.db.$client;
  const queued = new Map<number, number>();
  for (const r of outboxDepth(raw)) queued.set(r.channel_id, (queued.get(r.channel_id) ?? 0) + r.n);
  const allRoutes = ctx.db.select({ channelIds: routes.channelIds }).from(routes).all();
  const states = new Map(
    ctx.db
      .select()
      .from(channelState)
      .all()
      .map((s) => [s.channelId, s]),
  );
  return ctx.db
    .select()
    .from(channels)
    .orderBy(asc(channels.id))
    .all()
    .map((c) => {
      const s = states.get(c.id);
      return {
        id: c.id,
        name: c.name,
        kind: c.kind,
        enabled: c.enabled,
        config: c.config,
        hasSecret: c.sealedSecret !== null,
        state: s
          ? {
              bound: s.bound,
              downSince: s.downSince,
              lastError: s.lastError,
              inFlight: s.inFlight,
              sentLastMinute: s.sentLastMinute,
              receiptLagMs: s.receiptLagMs,
              updatedAt: s.updatedAt,
            }
          : null,
        queued: queued.get(c.id) ?? 0,
        usedByRoutes: allRoutes.filter((r) => r.channelIds.includes(c.id)).length,
      };
    });
}

/** The settings that may be shown again: everything but the name, type and secret. */
function configOf(d: ChannelInput): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...d };
  for (const k of ['name', 'kind', 'password']) delete rest[k];
  return rest;
}

/** Adds a channel; its password or SecretKey is sealed. */
export function addChannel(ctx: Ctx, d: ChannelInput): { id: number } {
  ctx.authorize('ModifyChannels');
  if (d.kind !== 'simulator' && !d.password)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      password: d.kind === 'smpp' ? 'Enter the password.' : 'Enter the SecretKey.',
    });
  if (ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.name, d.name)).get())
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      name: 'A channel with this name exists.',
    });
  const row = ctx.db
    .insert(channels)
    .values({
      name: d.name,
      kind: d.kind,
      enabled: true,
      config: configOf(d),
      sealedSecret: d.kind === 'simulator' ? null : sealSecret(d.password!),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: channels.id })
    .get();
  return row;
}

/** Changes a channel's settings (its type stays); an empty password keeps the stored one. The link reconnects. */
export function editChannel(ctx: Ctx, id: number, d: ChannelInput): void {
  ctx.authorize('ModifyChannels');
  const current = ctx.db.select().from(channels).where(eq(channels.id, id)).get();
  if (!current) throw new AppError('NOT_FOUND', 'Channel not found.');
  if (d.kind !== current.kind)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      kind: 'The type of a channel cannot change; add a new channel instead.',
    });
  const clash = ctx.db.select({ id: channels.id }).from(channels).where(eq(channels.name, d.name)).get();
  if (clash && clash.id !== id)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      name: 'A channel with this name exists.',
    });
  const secret = d.kind !== 'simulator' && d.password ? sealSecret(d.password) : current.sealedSecret;
  ctx.db
    .update(channels)
    .set({ name: d.name, config: configOf(d), sealedSecret: secret, updatedAt: ctx.now })
    .where(eq(channels.id, id))
    .run();
}

/** Enables or disables a channel. A disabled channel's queue passes to its routes' next channels, or waits. */
export function setChannelEnabled(ctx: Ctx, id: number, enabled: boolean): void {
  ctx.authorize('ModifyChannels');
  const res = ctx.db.update(channels).set({ enabled, updatedAt: ctx.now }).where(eq(channels.id, id)).run();
  if (res.changes === 0) throw new AppError('NOT_FOUND', 'Channel not found.');
}

/** Deletes a channel that no route names and no message waits for. */
export function deleteChannel(ctx: Ctx, id: number): void {
  ctx.authorize('ModifyChannels');
  ctx.db.transaction(
    (tx) => {
      const c = tx.select().from(channels).where(eq(channels.id, id)).get();
      if (!c) throw new AppError('NOT_FOUND', 'Channel not found.');
      const used = tx
        .select({ channelIds: routes.channelIds })
        .from(routes)
        .all()
        .filter((r) => r.channelIds.includes(id)).length;
      if (used > 0) throw new AppError('CONFLICT', `${used} route(s) use "${c.name}". Remove it from them first.`);
      const waiting = tx.get<{ n: number }>(sql`select count(*) as n from outbox where channel_id = ${id}`).n;
      if (waiting > 0)
        throw new AppError(
          'CONFLICT',
          `${waiting} message(s) wait for "${c.name}". Enable it so they drain, or route them elsewhere first.`,
        );
      tx.delete(channels).where(eq(channels.id, id)).run();
      tx.delete(channelState).where(eq(channelState.channelId, id)).run();
    },
    { behavior: 'immediate' },
  );
}

export interface RouteView {
  id: number;
  position: number;
  region: string | null;
  country: string | null;
  messageType: string | null;
  accountUin: number | null;
  channels: { id: number; name: string; enabled: boolean }[];
  enabled: boolean;
}

export function listRoutes(ctx: Ctx): RouteView[] {
  ctx.authorize('DescribeChannels');
  const names = new Map(
    ctx.db
      .select({ id: channels.id, name: channels.name, enabled: channels.enabled })
      .from(channels)
      .all()
      .map((c) => [c.id, c]),
  );
  const uins = new Map(
    ctx.db
      .select({ id: accounts.id, uin: accounts.uin })
      .from(accounts)
      .all()
      .map((a) => [a.id, a.uin]),
  );
  return ctx.db
    .select()
    .from(routes)
    .orderBy(asc(routes.position), asc(routes.id))
    .all()
    .map((r) => ({
      id: r.id,
      position: r.position,
      region: r.region,
      country: r.country,
      messageType: r.messageType,
      accountUin: r.accountId === null ? null : (uins.get(r.accountId) ?? null),
      channels: r.channelIds.map((id) => names.get(id) ?? { id, name: `#${id} (deleted)`, enabled: false }),
      enabled: r.enabled,
    }));
}

function routeValues(ctx: Ctx, d: RouteInput) {
  const known = new Set(
    ctx.db
      .select({ id: channels.id })
      .from(channels)
      .all()
      .map((c) => c.id),
  );
  if (d.channelIds.some((id) => !known.has(id)))
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      channelIds: 'Choose channels from the list.',
    });
  if (new Set(d.channelIds).size !== d.channelIds.length)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { channelIds: 'Each channel once.' });
  let accountId: number | null = null;
  if (d.accountUin) {
    const a = ctx.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.uin, Number(d.accountUin)))
      .get();
    if (!a)
      throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
        accountUin: 'No account has this ID.',
      });
    accountId = a.id;
  }
  return {
    region: d.region || null,
    country: d.country,
    messageType: d.messageType || null,
    accountId,
    channelIds: d.channelIds,
  };
}

/** Adds a route rule at the end of the order (or at `position`, moving later rules down). */
export function addRoute(ctx: Ctx, input: RouteInput, position?: number): { id: number } {
  ctx.authorize('ModifyChannels');
  const v = routeValues(ctx, input);
  return ctx.db.transaction(
    (tx) => {
      const last = tx.get<{ p: number | null }>(sql`select max(position) as p from routes`).p ?? 0;
      const at = position === undefined ? last + 1 : Math.max(1, Math.min(position, last + 1));
      tx.run(sql`update routes set position = position + 1 where position >= ${at}`);
      return tx
        .insert(routes)
        .values({ ...v, position: at, enabled: true, createdAt: ctx.now })
        .returning({ id: routes.id })
        .get();
    },
    { behavior: 'immediate' },
  );
}

export function editRoute(ctx: Ctx, id: number, input: RouteInput): void {
  ctx.authorize('ModifyChannels');
  const v = routeValues(ctx, input);
  if (ctx.db.update(routes).set(v).where(eq(routes.id, id)).run().changes === 0)
    throw new AppError('NOT_FOUND', 'Route not found.');
}

export function setRouteEnabled(ctx: Ctx, id: number, enabled: boolean): void {
  ctx.authorize('ModifyChannels');
  if (ctx.db.update(routes).set({ enabled }).where(eq(routes.id, id)).run().changes === 0)
    throw new AppError('NOT_FOUND', 'Route not found.');
}

/** Moves a route one place up or down in the order (the first match wins). */
export function moveRoute(ctx: Ctx, id: number, direction: 'up' | 'down'): void {
  ctx.authorize('ModifyChannels');
  ctx.db.transaction(
    (tx) => {
      const list = tx.select({ id: routes.id }).from(routes).orderBy(asc(routes.position), asc(routes.id)).all();
      const i = list.findIndex((r) => r.id === id);
      if (i < 0) throw new AppError('NOT_FOUND', 'Route not found.');
      const j = direction === 'up' ? i - 1 : i + 1;
      if (j < 0 || j >= list.length) return;
      [list[i], list[j]] = [list[j], list[i]];
      list.forEach((r, k) =>
        tx
          .update(routes)
          .set({ position: k + 1 })
          .where(eq(routes.id, r.id))
          .run(),
      );
    },
    { behavior: 'immediate' },
  );
}

export function deleteRoute(ctx: Ctx, id: number): void {
  ctx.authorize('ModifyChannels');
  if (ctx.db.delete(routes).where(eq(routes.id, id)).run().changes === 0)
    throw new AppError('NOT_FOUND', 'Route not found.');
}
