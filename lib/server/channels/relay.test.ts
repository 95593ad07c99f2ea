// The upstream relay. A second SMS Console (its cloud API endpoint, pipeline and
// database) runs on loopback; this console's `tencent-cloud` channel sends through the official
// SDK with SendSms and collects receipts and replies with PullSmsSendStatus / PullSmsReplyStatus.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DEMO_API_KEY } from '@/db/seed';
import { RateLimiter } from '@/lib/domain/api/cloud';
import { ChannelRunner } from '@/lib/jobs/channel-runner';
import { ADMIN, channelWorld, routeFirst, sendMainlandTask, waitFor } from '@/lib/testing/channels';
import { createWorld, type World } from '@/lib/testing/world';
import { handleCloudApi } from '../cloud-api/endpoint';
import { applyDueReceipts } from '../sending/receipts';
import { verifyLedgers } from '../money/ledger';
import { addChannel } from './manage-channels';
import { parseInput } from '@/lib/server/validation';
import { channelInput } from '@/lib/schemas/channels';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** The second console: its cloud API served over HTTP on loopback, its receipts applied as they fall due. */
async function upstreamConsole(): Promise<{ up: World; port: number }> {
  const up = createWorld(new Date(Date.now() - 600_000), { content: true });
  const limiter = new RateLimiter(1000);
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
    });
    const response = await handleCloudApi(request, { db: up.db, now: () => new Date(), paths: ['/'], limiter });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  // The upstream's simulator reports within 4 s; apply them as if that time had passed.
  const timer = setInterval(() => applyDueReceipts(up.db, new Date(Date.now() + 5_000)), 50);
  cleanup.push(() => {
    clearInterval(timer);
    return new Promise<void>((r) => server.close(() => r()));
  });
  return { up, port: (server.address() as AddressInfo).port };
}

describe('upstream relay over the cloud API', { timeout: 40_000 }, () => {
  it('sends through a second console with SendSms and collects its receipts', async () => {
    const { up, port } = await upstreamConsole();
    const upTemplate = up.db.get<{ id: number }>(sql`select id from templates where name = 'Order shipped'`).id;
    const cw = channelWorld('Your order {1} has been shipped by {2}.');
    const channelId = addChannel(
      cw.w.ctxFor(ADMIN),
      parseInput(channelInput, {
        kind: 'tencent-cloud',
        name: 'Upstream console',
        secretId: DEMO_API_KEY.secretId,
        password: DEMO_API_KEY.secretKey,
        region: 'ap-guangzhou',
        sdkAppId: '1400100001',
        endpoint: `127.0.0.1:${port}`,
        protocol: 'http://',
        templates: `${cw.templateId}=${upTemplate}`,
        signName: '演示科技',
        maxPerSecond: 0,
        window: 10,
      }),
    ).id;
    routeFirst(cw.w, [channelId], { region: 'mainland' });
    const runner = new ChannelRunner(cw.w.db, { reloadMs: 200 }).start();
    cleanup.push(() => runner.stop());

    const taskId = await sendMainlandTask(cw, 30);
    const task = () =>
      cw.w.db.get<{ delivered: number; undelivered: number; submitted: number }>(
        sql`select delivered, undelivered, submitted from tasks where id = ${taskId}`,
      );
    expect(await waitFor(() => task().delivered + task().undelivered === 30, 30_000)).toBe(true);
    // The upstream sent the same 30 numbers with its own template and signature.
    const upstream = up.db.all<{ phone: string; content: string; status: string }>(
      sql`select phone, content, status from messages order by phone`,
    );
    expect(upstream).toHaveLength(30);
    expect(upstream.find((m) => m.phone === '+8613500000000')!.content).toBe('Your order A0 has been shipped by SF.');
    expect(
      up.db.get<{ content: string }>(
        sql`select s.content from messages m join signatures s on s.id = m.signature_id limit 1`,
      ).content,
    ).toBe('演示科技');
    // Each local message ended as its upstream twin did.
    const local = cw.w.db.all<{ phone: string; status: string; channel_id: number }>(
      sql`select phone, status, channel_id from messages where task_id = ${taskId} order by phone`,
    );
    expect(local.map((m) => [m.phone, m.status])).toEqual(upstream.map((m) => [m.phone, m.status]));
    expect(local.every((m) => m.channel_id === channelId)).toBe(true);
    expect(verifyLedgers(cw.w.db).mismatches).toEqual([]);
  });

  it('a template with no upstream TemplateId fails on the relay and is refunded; a wrong key waits and says why', async () => {
    const { port } = await upstreamConsole();
    const cw = channelWorld('Your order {1} has been shipped by {2}.');
    const good = {
      kind: 'tencent-cloud' as const,
      region: 'ap-guangzhou',
      sdkAppId: '1400100001',
      endpoint: `127.0.0.1:${port}`,
      protocol: 'http://' as const,
      signName: '',
      maxPerSecond: 0,
      window: 5,
    };
    const unmapped = addChannel(
      cw.w.ctxFor(ADMIN),
      parseInput(channelInput, {
        ...good,
        name: 'No mapping',
        secretId: DEMO_API_KEY.secretId,
        password: DEMO_API_KEY.secretKey,
        templates: '',
      }),
    ).id;
    routeFirst(cw.w, [unmapped], { region: 'mainland' });
    const runner = new ChannelRunner(cw.w.db, { reloadMs: 200 }).start();
    cleanup.push(() => runner.stop());
    const taskId = await sendMainlandTask(cw, 3);
    expect(
      await waitFor(
        () => cw.w.db.get<{ failed: number }>(sql`select failed from tasks where id = ${taskId}`).failed === 3,
      ),
    ).toBe(true);
    expect(
      cw.w.db.all<{ fail_code: string }>(sql`select distinct fail_code from messages where task_id = ${taskId}`),
    ).toEqual([{ fail_code: 'UPSTREAM:TemplateNotMapped' }]);
    expect(cw.w.db.get<{ n: number }>(sql`select count(*) as n from package_ledger where kind = 'return'`).n).toBe(3);
    expect(verifyLedgers(cw.w.db).mismatches).toEqual([]);

    // Wrong credentials: the link reports the upstream's refusal as its last error.
    const wrongKey = addChannel(
      cw.w.ctxFor(ADMIN),
      parseInput(channelInput, {
        ...good,
        name: 'Wrong key',
        secretId: 'AKIDWRONG000000000000000000000000',
        password: 'nope',
        templates: '',
      }),
    ).id;
    expect(
      await waitFor(() => {
        runner.publishState();
        const s = cw.w.db.get<{ bound: number; last_error: string | null } | undefined>(
          sql`select bound, last_error from channel_state where channel_id = ${wrongKey}`,
        );
        return s !== undefined && s.bound === 0 && (s.last_error ?? '').length > 0;
      }),
    ).toBe(true);
  });
});
