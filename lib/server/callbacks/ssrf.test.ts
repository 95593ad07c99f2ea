// Callbacks never reach into the server's network. Private, loopback, IPv6 loopback,
// decimal-encoded and metadata addresses are refused when saved (a field error, nothing changes)
// and again when used; redirects are not followed; the log shows status and timing, never the
// answer's body; every push is signed with the callback secret.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createWorld } from '@/lib/testing/world';
import { checkOutboundUrl, isPublicAddress } from '../http/outbound';
import {
  deliverDueCallbacks,
  listCallbackDeliveries,
  queueReplyCallback,
  rotateStatusCallbackSecret,
  setReplyCallbackUrl,
  setStatusCallbackUrl,
} from './callbacks';
import { verifyCallback } from './signature';
import { parseInput } from '@/lib/server/validation';
import { callbackUrlInput } from '@/lib/schemas/callbacks';

process.env.API_KEY_SECRET ??= 'test-sealing-key';
const OWNER = 'owner@demo.local';
const APP = '1400100001';
afterEach(() => {
  delete process.env.CALLBACK_ALLOW_PRIVATE;
  delete process.env.CALLBACK_ALLOWED_HOSTS;
});

async function fieldError(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (err) {
    return (err as { fieldErrors?: Record<string, string> }).fieldErrors?.url ?? String(err);
  }
}

function receiver(answer: (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void) {
  const got: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    got.push({ headers: req.headers, body });
    answer(req, res, body);
  });
  return new Promise<{ url: string; got: typeof got; close: () => Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        got,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    ),
  );
}

describe('callbacks and server-side request forgery', () => {
  it.each([
    ['http://127.0.0.1:8080/x'],
    ['http://[::1]/'],
    ['http://2130706433/'],
    ['http://0x7f.1/'],
    ['http://169.254.169.254/latest/meta-data/'],
    ['http://10.1.2.3/'],
    ['http://192.168.0.1/'],
    ['http://[fd00::1]/'],
    ['http://0.0.0.0/'],
    ['http://localhost:3000/'],
    ['http://user:pass@example.com/'],
  ])('%s is refused when saved, next to the field, and nothing changes', async (url) => {
    const w = createWorld();
    const ctx = w.ctxFor(OWNER);
    expect(await fieldError(setStatusCallbackUrl(ctx, APP, parseInput(callbackUrlInput, { url })))).toMatch(
      /private network|user names/,
    );
    expect(await fieldError(setReplyCallbackUrl(ctx, parseInput(callbackUrlInput, { url })))).toMatch(
      /private network|user names/,
    );
    expect(
      w.db.get<{ u: string | null }>(sql`select status_callback_url as u from applications where sdk_app_id = ${APP}`)
        .u,
    ).toBeNull();
    expect(
      w.db.get<{ u: string | null }>(sql`select reply_callback_url as u from accounts where id = ${ctx.account!.id}`).u,
    ).toBeNull();
  });

  it('classifies addresses: only public unicast passes', async () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2606:4700:4700::1111')).toBe(true);
    for (const ip of [
      '127.0.0.1',
      '::1',
      '169.254.169.254',
      '100.64.0.1',
      '224.0.0.1',
      '::ffff:127.0.0.1',
      'not an ip',
    ])
      expect(isPublicAddress(ip)).toBe(false);
    expect(await checkOutboundUrl('https://93.184.216.34/hook')).toBeNull();
    expect(await checkOutboundUrl('ftp://example.com/')).toMatch(/http/);
    expect(await checkOutboundUrl('nonsense')).toMatch(/complete/);
    expect(await checkOutboundUrl('http://no-such-host.invalid/')).toMatch(/could not be resolved/);
    process.env.CALLBACK_ALLOWED_HOSTS = 'localhost';
    expect(await checkOutboundUrl('http://localhost:3000/')).toBeNull();
  });

  it('a loopback URL stored earlier is refused again when used: nothing is sent', async () => {
    const w = createWorld();
    const r = await receiver((_q, res) => res.writeHead(200).end('{"result":0}'));
    const ctx = w.ctxFor(OWNER);
    const app = w.db.get<{ id: number }>(sql`select id from applications where sdk_app_id = ${APP}`);
    // As if DNS had pointed a public name here after it was saved.
    w.db.run(sql`update accounts set reply_callback_url = ${r.url} where id = ${ctx.account!.id}`);
    const now = new Date();
    queueReplyCallback(
      w.db.$client,
      {
        accountId: ctx.account!.id,
        applicationId: app.id,
        phone: '+8613800000000',
        sign: 'x',
        text: 'T',
        receivedAt: now.getTime(),
      },
      now,
    );
    expect(await deliverDueCallbacks(w.db, now)).toBe(1);
    expect(r.got).toHaveLength(0);
    const [d] = listCallbackDeliveries(ctx, { kind: 'reply' });
    expect(d.lastHttpStatus).toBeNull();
    expect(d.lastError).toMatch(/^refused: .*private network/);
    await r.close();
  });

  it('redirects are not followed; the log keeps status and timing but never the body; pushes are signed', async () => {
    process.env.CALLBACK_ALLOW_PRIVATE = '1'; // the operator allows internal targets for this test's receivers
    const w = createWorld();
    const inner = await receiver((_q, res) => res.writeHead(200).end('{"result":0}'));
    const outer = await receiver((_q, res) => res.writeHead(302, { location: inner.url }).end('moved'));
    const ctx = w.ctxFor(OWNER);
    const { secret } = await setStatusCallbackUrl(ctx, APP, parseInput(callbackUrlInput, { url: outer.url }));
    expect(secret).toMatch(/^whsec_/);
    const app = w.db.get<{ id: number; sealed: string }>(
      sql`select id, callback_secret as sealed from applications where sdk_app_id = ${APP}`,
    );
    expect(app.sealed).not.toContain(secret!);
    const now = new Date();
    w.db.run(
      sql`insert into callback_deliveries (account_id, application_id, kind, url, payload, items, next_attempt_at, created_at) values (${ctx.account!.id}, ${app.id}, 'status', ${outer.url}, '[{"sid":"1"}]', 1, ${now.getTime()}, ${now.getTime()})`,
    );
    expect(await deliverDueCallbacks(w.db, now)).toBe(1);
    expect(outer.got).toHaveLength(1);
    expect(inner.got).toHaveLength(0);
    const push = outer.got[0];
    expect(
      verifyCallback(
        secret!,
        { timestamp: String(push.headers['x-sms-timestamp']), signature: String(push.headers['x-sms-signature']) },
        push.body,
      ),
    ).toBe(true);
    expect(
      verifyCallback(
        'whsec_wrong',
        { timestamp: String(push.headers['x-sms-timestamp']), signature: String(push.headers['x-sms-signature']) },
        push.body,
      ),
    ).toBe(false);
    expect(
      verifyCallback(
        secret!,
        { timestamp: String(push.headers['x-sms-timestamp']), signature: String(push.headers['x-sms-signature']) },
        push.body,
        Date.now() + 600_000,
      ),
    ).toBe(false);
    let [d] = listCallbackDeliveries(ctx, { kind: 'status' });
    expect(d).toMatchObject({ lastHttpStatus: 302, lastError: 'not acknowledged: HTTP 302' });
    expect(d.lastDurationMs).toBeGreaterThanOrEqual(0);

    // An internal service's answer never reaches the log.
    const leaky = await receiver((_q, res) => res.writeHead(500).end('db password: hunter2'));
    w.db.run(sql`update callback_deliveries set url = ${leaky.url}, next_attempt_at = ${now.getTime()}`);
    await deliverDueCallbacks(w.db, now);
    [d] = listCallbackDeliveries(ctx, { kind: 'status' });
    expect(d).toMatchObject({ lastHttpStatus: 500, lastError: 'not acknowledged: HTTP 500' });
    expect(JSON.stringify(listCallbackDeliveries(ctx))).not.toContain('hunter2');

    // Rotation: the next push is signed with the new secret only.
    const { secret: next } = rotateStatusCallbackSecret(ctx, APP);
    w.db.run(sql`update callback_deliveries set url = ${inner.url}, next_attempt_at = ${now.getTime()}`);
    await deliverDueCallbacks(w.db, now);
    const last = inner.got.at(-1)!;
    const headers = {
      timestamp: String(last.headers['x-sms-timestamp']),
      signature: String(last.headers['x-sms-signature']),
    };
    expect(verifyCallback(next, headers, last.body)).toBe(true);
    expect(verifyCallback(secret!, headers, last.body)).toBe(false);
    for (const r of [inner, outer, leaky]) await r.close();
  });
});
