// Fixtures for channel tests: a seeded world with content, an SMPP channel routed to
// an in-process SMSC simulator, tasks from generated numbers, and a wait helper.
import { sql } from 'drizzle-orm';
import type { World } from './world';
import { createWorld } from './world';
import { effectiveSignature, effectiveTemplate, tempFile, sendNow } from './sending';
import { createImport } from '@/lib/server/imports/create-import';
import { dispatchBatch } from '@/lib/server/sending/dispatch';
import { addChannel, addRoute } from '@/lib/server/channels/manage-channels';
import { parseInput } from '@/lib/server/validation';
import { channelInput, routeInput } from '@/lib/schemas/channels';

export const OWNER = 'owner@demo.local';
export const ADMIN = 'admin@sms.local';

export interface ChannelWorld {
  w: World;
  signatureId: number;
  templateId: number;
  intlSignatureId: number;
  intlTemplateId: number;
  sdkAppId: string;
  /** The seed's time, ten minutes ago; `t1` (now) is when its package is usable (R-PKG-3). */
  t0: Date;
  t1: Date;
}

/**
 * A seeded world whose clock is real time: carrier receipts and replies arrive with real
 * timestamps, and the 72-hour reply window (R-UNS-1) and link health are judged against them.
 */
export function channelWorld(
  mainlandContent = '您的订单{1}已由{2}发出。',
  intlContent = 'Your order ${code} has shipped.',
): ChannelWorld {
  process.env.API_KEY_SECRET ??= 'test-sealing-key';
  const t1 = new Date();
  const t0 = new Date(t1.getTime() - 600_000);
  const w = createWorld(t0);
  const signatureId = effectiveSignature(w, OWNER, 'mainland');
  const templateId = effectiveTemplate(w, OWNER, 'mainland', mainlandContent);
  const intlSignatureId = effectiveSignature(w, OWNER, 'international');
  const intlTemplateId = effectiveTemplate(w, OWNER, 'international', intlContent);
  const sdkAppId = w.db.get<{ sdk_app_id: string }>(
    sql`select sdk_app_id from applications where account_id = ${w.ctxFor(OWNER).account!.id} limit 1`,
  ).sdk_app_id;
  return { w, signatureId, templateId, intlSignatureId, intlTemplateId, sdkAppId, t0, t1 };
}

/** An SMPP channel at 127.0.0.1:port with the simulator's default credentials. */
export function smppChannel(
  w: World,
  name: string,
  port: number,
  extra: { window?: number; maxPerSecond?: number } = {},
): number {
  return addChannel(
    w.ctxFor(ADMIN),
    parseInput(channelInput, {
      kind: 'smpp',
      name,
      host: '127.0.0.1',
      port,
      systemId: 'smsc_user',
      password: 'smsc_pwd',
      systemType: '',
      sourceAddr: '106900',
      maxPerSecond: extra.maxPerSecond ?? 0,
      window: extra.window ?? 50,
    }),
  ).id;
}

/** Puts a route first in the order. */
export function routeFirst(
  w: World,
  channelIds: number[],
  conditions: { region?: '' | 'mainland' | 'international'; country?: string } = {},
): number {
  return addRoute(
    w.ctxFor(ADMIN),
    parseInput(routeInput, {
      region: conditions.region ?? '',
      country: conditions.country ?? '',
      messageType: '',
      accountUin: '',
      channelIds,
    }),
    1,
  ).id;
}

/** A sending task of `n` mainland numbers (or the given CSV lines), dispatched completely. */
export async function sendMainlandTask(cw: ChannelWorld, n: number, first = 13500000000): Promise<number> {
  const lines = ['phone,variable1,variable2'];
  for (let i = 0; i < n; i++) lines.push(`${first + i},A${i},SF`);
  const now = new Date(Math.max(Date.now(), cw.t1.getTime()));
  const ctx = cw.w.ctxFor(OWNER, { now });
  const imp = await createImport(ctx, {
    region: 'mainland',
    templateId: cw.templateId,
    signatureId: cw.signatureId,
    fileName: 'r.csv',
    file: tempFile('r.csv', lines.join('\n')),
  });
  const { taskId } = sendNow(
    ctx,
    imp.importId,
    { signatureId: cw.signatureId, templateId: cw.templateId },
    { sdkAppId: cw.sdkAppId },
  );
  while (dispatchBatch(cw.w.db, now, { batchSize: 1000 }).processed > 0);
  return taskId;
}

/** Polls `check` every 20 ms until it holds or `ms` pass; returns whether it held. */
export async function waitFor(check: () => boolean, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return check();
}
