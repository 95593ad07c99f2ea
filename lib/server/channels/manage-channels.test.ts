// The channel and route verbs — admin only, field errors that change nothing, secrets
// sealed and never returned, deletes refused while something depends on a channel; the
// SMS_CHANNELS_FILE loader; and the refund of international messages no channel would take (R-BIL-4).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openSecret } from '../api-keys/vault';
import { codeOf, createWorld } from '@/lib/testing/world';
import { channelWorld, OWNER } from '@/lib/testing/channels';
import { tempFile } from '@/lib/testing/sending';
import { createImport } from '../imports/create-import';
import { createTask } from '../sending/create-task';
import { dispatchBatch } from '../sending/dispatch';
import { verifyLedgers } from '../money/ledger';
import { verifyStats } from '../stats/rebuild';
import { chargeInternationalDay } from '../money/international';
import { systemContext } from '../system-context';
import { beijingDateKey } from '@/lib/domain/time';
import { applyChannelsFile } from './channels-file';
import { failSubmittedMessages } from './outbox';
import {
  addChannel,
  addRoute,
  deleteChannel,
  deleteRoute,
  editChannel,
  listChannels,
  listRoutes,
  moveRoute,
  setChannelEnabled,
} from './manage-channels';
import { parseInput } from '@/lib/server/validation';
import { createTaskInput } from '@/lib/schemas/sending';
import { channelInput, routeInput } from '@/lib/schemas/channels';

process.env.API_KEY_SECRET ??= 'test-sealing-key';
const ADMIN = 'admin@sms.local';
const smpp = {
  kind: 'smpp' as const,
  name: 'Carrier A',
  host: 'smsc.example.com',
  port: '2775',
  systemId: 'acme',
  password: 'pw123',
  systemType: '',
  sourceAddr: '',
  maxPerSecond: '50',
  window: '10',
};

describe('channel and route verbs', () => {
  it('only platform admins may list or change channels and routes', () => {
    const w = createWorld();
    for (const who of [OWNER, 'finance@sms.local', 'reviewer@sms.local']) {
      const ctx = w.ctxFor(who);
      expect(codeOf(() => listChannels(ctx))).toBe('FORBIDDEN');
      expect(codeOf(() => addChannel(ctx, parseInput(channelInput, smpp)))).toBe('FORBIDDEN');
      expect(codeOf(() => setChannelEnabled(ctx, 1, false))).toBe('FORBIDDEN');
      expect(codeOf(() => addRoute(ctx, parseInput(routeInput, { channelIds: [1] })))).toBe('FORBIDDEN');
      expect(codeOf(() => deleteRoute(ctx, 1))).toBe('FORBIDDEN');
    }
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from channels`).n).toBe(1);
  });

  it('bad input gets field errors and changes nothing', () => {
    const w = createWorld();
    const ctx = w.ctxFor(ADMIN);
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as { fieldErrors?: Record<string, string> }).fieldErrors;
      }
      return null;
    };
    expect(
      err(() =>
        addChannel(
          ctx,
          parseInput(channelInput, {
            ...smpp,
            name: '',
            host: 'not a host!',
            port: '99999',
            password: 'far-too-long-for-smpp',
            window: '0',
          }),
        ),
      ),
    ).toEqual({
      name: 'Enter a name.',
      host: 'Enter a host name or IP address.',
      port: 'Port: at most 65535.',
      password: 'At most 8 characters (SMPP 3.4).',
      window: 'Window: at least 1.',
    });
    expect(err(() => addChannel(ctx, parseInput(channelInput, { ...smpp, password: '' })))).toEqual({
      password: 'Enter the password.',
    });
    expect(err(() => addChannel(ctx, parseInput(channelInput, { ...smpp, name: 'Simulator' })))).toEqual({
      name: 'A channel with this name exists.',
    });
    expect(err(() => addRoute(ctx, parseInput(routeInput, { country: 'USA', channelIds: [] })))).toEqual({
      country: 'Enter a two-letter country code (US) or a prefix with + (+1415), or leave it empty for any.',
      channelIds: 'Choose at least one channel.',
    });
    expect(err(() => addRoute(ctx, parseInput(routeInput, { channelIds: [99] })))).toEqual({
      channelIds: 'Choose channels from the list.',
    });
    expect(err(() => addRoute(ctx, parseInput(routeInput, { channelIds: [1], accountUin: '123456789' })))).toEqual({
      accountUin: 'No account has this ID.',
    });
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from channels`).n).toBe(1);
    expect(w.db.get<{ n: number }>(sql`select count(*) as n from routes`).n).toBe(1);
  });

  it('the password is sealed at rest, never listed, and kept when an edit leaves it empty', () => {
    const w = createWorld();
    const ctx = w.ctxFor(ADMIN);
    const { id } = addChannel(ctx, parseInput(channelInput, smpp));
    const row = w.db.get<{ config: string; sealed_secret: string }>(
      sql`select config, sealed_secret from channels where id = ${id}`,
    );
    expect(row.config).not.toContain('pw123');
    expect(row.sealed_secret).not.toContain('pw123');
    expect(openSecret(row.sealed_secret)).toBe('pw123');
    expect(JSON.stringify(listChannels(ctx))).not.toContain('pw123');
    editChannel(ctx, id, parseInput(channelInput, { ...smpp, password: '', host: '10.0.0.9' }));
    const after = w.db.get<{ config: string; sealed_secret: string }>(
      sql`select config, sealed_secret from channels where id = ${id}`,
    );
    expect(openSecret(after.sealed_secret)).toBe('pw123');
    expect(JSON.parse(after.config).host).toBe('10.0.0.9');
    expect(codeOf(() => editChannel(ctx, id, parseInput(channelInput, { kind: 'simulator', name: 'x' })))).toBe(
      'INVALID_INPUT',
    );
  });

  it('routes keep their order; a channel in a route or with waiting messages cannot be deleted', () => {
    const w = createWorld();
    const ctx = w.ctxFor(ADMIN);
    const { id } = addChannel(ctx, parseInput(channelInput, smpp));
    const r2 = addRoute(
      ctx,
      parseInput(routeInput, {
        region: 'mainland',
        country: '+86138',
        messageType: 'marketing',
        accountUin: '100000000001',
        channelIds: [id, 1],
      }),
    ).id;
    expect(listRoutes(ctx).map((r) => r.id)[1]).toBe(r2);
    moveRoute(ctx, r2, 'up');
    const [first] = listRoutes(ctx);
    expect(first).toMatchObject({
      id: r2,
      region: 'mainland',
      country: '+86138',
      messageType: 'marketing',
      accountUin: 100000000001,
    });
    expect(first.channels.map((c) => c.name)).toEqual(['Carrier A', 'Simulator']);
    moveRoute(ctx, r2, 'up'); // already first: nothing moves
    expect(listRoutes(ctx)[0].id).toBe(r2);
    expect(codeOf(() => deleteChannel(ctx, id))).toBe('CONFLICT');
    deleteRoute(ctx, r2);
    w.db.run(
      sql`insert into outbox (message_id, channel_id, fallbacks, next_at, queued_at) values (1, ${id}, '[]', 0, 0)`,
    );
    expect(codeOf(() => deleteChannel(ctx, id))).toBe('CONFLICT');
    w.db.run(sql`delete from outbox`);
    deleteChannel(ctx, id);
    expect(codeOf(() => deleteChannel(ctx, id))).toBe('NOT_FOUND');
  });

  it('SMS_CHANNELS_FILE adds or updates channels by name and replaces the routes; a bad file names the entry and changes nothing', () => {
    const w = createWorld();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'channels-file-'));
    const file = path.join(dir, 'channels.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        channels: [
          {
            name: 'Carrier A',
            kind: 'smpp',
            host: 'smsc.example.com',
            port: 2775,
            systemId: 'acme',
            password: 'pw',
            maxPerSecond: 10,
            window: 5,
          },
          {
            name: 'Upstream',
            kind: 'tencent-cloud',
            secretId: 'AKID1',
            secretKey: 'k',
            region: 'ap-guangzhou',
            sdkAppId: '1400000000',
            endpoint: 'sms.example.com',
            templates: { '12': '777' },
            maxPerSecond: 5,
            window: 2,
            enabled: false,
          },
        ],
        routes: [{ region: 'mainland', channels: ['Carrier A', 'Upstream'] }, { channels: ['Simulator'] }],
      }),
    );
    expect(applyChannelsFile(w.db, file)).toEqual({ channels: 2, routes: 2 });
    expect(applyChannelsFile(w.db, file)).toEqual({ channels: 2, routes: 2 }); // again: same result, no duplicates
    const ctx = w.ctxFor(ADMIN);
    expect(listChannels(ctx).map((c) => [c.name, c.enabled])).toEqual([
      ['Simulator', true],
      ['Carrier A', true],
      ['Upstream', false],
    ]);
    expect(listChannels(ctx)[2].config.templates).toEqual({ '12': '777' });
    expect(listRoutes(ctx).map((r) => r.channels.map((c) => c.name))).toEqual([
      ['Carrier A', 'Upstream'],
      ['Simulator'],
    ]);

    fs.writeFileSync(
      file,
      JSON.stringify({
        channels: [
          {
            name: 'Carrier A',
            kind: 'smpp',
            host: 'bad host!',
            port: 1,
            systemId: 'a',
            password: 'p',
            maxPerSecond: 1,
            window: 1,
          },
        ],
        routes: [{ channels: ['Nope'] }],
      }),
    );
    expect(() => applyChannelsFile(w.db, file)).toThrow(/channel "Carrier A": host: Enter a host name or IP address/);
    fs.writeFileSync(file, JSON.stringify({ routes: [{ channels: ['Nope'] }] }));
    expect(() => applyChannelsFile(w.db, file)).toThrow(/route 1: no channel named "Nope"/);
    fs.writeFileSync(file, '{ not json');
    expect(() => applyChannelsFile(w.db, file)).toThrow(/SMS_CHANNELS_FILE/);
    expect(listRoutes(ctx).map((r) => r.channels.map((c) => c.name))).toEqual([
      ['Carrier A', 'Upstream'],
      ['Simulator'],
    ]);
    expect(
      JSON.parse(w.db.get<{ config: string }>(sql`select config from channels where name = 'Carrier A'`).config).host,
    ).toBe('smsc.example.com');
  });
});

describe('refund of international messages no channel would take (R-BIL-4)', () => {
  async function intlQueued(n: number) {
    const cw = channelWorld();
    const ctx = cw.w.ctxFor(ADMIN);
    const id = addChannel(ctx, parseInput(channelInput, smpp)).id;
    addRoute(ctx, parseInput(routeInput, { region: 'international', channelIds: [id] }), 1);
    const owner = cw.w.ctxFor(OWNER, { now: cw.t1 });
    const rows = Array.from({ length: n }, (_, i) => `+1415555${String(1000 + i)},C${i}`).join('\n');
    const imp = await createImport(owner, {
      region: 'international',
      templateId: cw.intlTemplateId,
      signatureId: cw.intlSignatureId,
      fileName: 'i.csv',
      file: tempFile('i.csv', `phone,code\n${rows}`),
    });
    const { taskId } = createTask(
      owner,
      parseInput(createTaskInput, {
        region: 'international',
        importId: imp.importId,
        sdkAppId: cw.sdkAppId,
        signatureId: cw.intlSignatureId,
        templateId: cw.intlTemplateId,
        send: 'now',
        acknowledged: true,
        scenario: 'notification',
        taskName: 't',
        senderId: '',
      }),
    );
    while (dispatchBatch(cw.w.db, cw.t1).processed > 0);
    const ids = cw.w.db.all<{ id: number; price_li: number }>(
      sql`select id, price_li from messages where task_id = ${taskId}`,
    );
    return { cw, taskId, ids };
  }
  const fail = (cw: Awaited<ReturnType<typeof intlQueued>>['cw'], ids: number[]) =>
    cw.w.db.$client.transaction(() =>
      failSubmittedMessages(
        cw.w.db.$client,
        ids.map((id) => ({ id, code: 'SMPP:0x0000000B', reason: 'rejected' })),
        cw.t1,
      ),
    )();

  it("before the day is charged, the day's usage and the task cost drop", async () => {
    const { cw, taskId, ids } = await intlQueued(3);
    const cost = () =>
      cw.w.db.get<{ c: number }>(sql`select sum(cost_li) as c from stats_daily where region = 'international'`).c;
    const before = cost();
    expect(before).toBeGreaterThan(0);
    expect(fail(cw, [ids[0].id])).toBe(1);
    expect(fail(cw, [ids[0].id])).toBe(0); // once only
    expect(cost()).toBe(before - ids[0].price_li);
    expect(
      cw.w.db.get<{ cost_li: number; failed: number; submitted: number }>(
        sql`select cost_li, failed, submitted from tasks where id = ${taskId}`,
      ),
    ).toEqual({ cost_li: before - ids[0].price_li, failed: 1, submitted: 2 });
    expect(verifyStats(cw.w.db.$client)).toEqual({ stats_daily: 0, stats_hourly: 0, stats_codes: 0 });
  });

  it('after the day was charged and paid, the price comes back in cash with a refund ledger row', async () => {
    const { cw, ids } = await intlQueued(2);
    const day = beijingDateKey(cw.t1);
    expect(chargeInternationalDay(systemContext(cw.w.db, cw.t1), day)).toBe(1);
    const balance = () =>
      cw.w.db.get<{ b: number }>(
        sql`select cash_balance_li as b from accounts where id = ${cw.w.ctxFor(OWNER).account!.id}`,
      ).b;
    const before = balance();
    fail(cw, [ids[1].id]);
    expect(balance()).toBe(before + ids[1].price_li);
    expect(
      cw.w.db.all(sql`select kind, amount_li, ref_type, ref_id from cash_ledger where ref_type = 'message'`),
    ).toEqual([{ kind: 'refund', amount_li: ids[1].price_li, ref_type: 'message', ref_id: String(ids[1].id) }]);
    expect(verifyLedgers(cw.w.db).mismatches).toEqual([]);
  });
});
