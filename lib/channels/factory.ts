import 'server-only';
// Builds a live channel from its stored row; the secret is unsealed only here.
import type { Channel as ChannelRow } from '@/db/schema/channels';
import { openSecret } from '@/lib/server/api-keys/vault';
import { SmppChannel } from './smpp-channel';
import { TencentCloudChannel } from './tencent-cloud-channel';
import type { Channel } from './types';

/** The link of a network channel row, or null for the simulator (it runs inside dispatch). */
export function createChannel(row: ChannelRow): Channel | null {
  const c = row.config as Record<string, unknown>;
  const secret = row.sealedSecret ? (openSecret(row.sealedSecret) ?? '') : '';
  const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (row.kind) {
    case 'simulator':
      return null;
    case 'smpp':
      return new SmppChannel(row.id, {
        host: str(c.host),
        port: num(c.port, 2775),
        systemId: str(c.systemId),
        password: secret,
        systemType: str(c.systemType),
        maxPerSecond: num(c.maxPerSecond, 0),
        window: num(c.window, 10),
        sourceAddr: str(c.sourceAddr),
        enquireLinkMs: num(c.enquireLinkMs, 30_000),
        submitTimeoutMs: num(c.submitTimeoutMs, 10_000),
      });
    case 'tencent-cloud':
      return new TencentCloudChannel(row.id, {
        secretId: str(c.secretId),
        secretKey: secret,
        region: str(c.region) || 'ap-guangzhou',
        sdkAppId: str(c.sdkAppId),
        endpoint: str(c.endpoint) || 'sms.tencentcloudapi.com',
        protocol: c.protocol === 'http://' ? 'http://' : 'https://',
        templates: (c.templates as Record<string, string>) ?? {},
        signName: str(c.signName),
        maxPerSecond: num(c.maxPerSecond, 0),
        window: num(c.window, 10),
        pollMs: num(c.pollMs, 1_000),
      });
  }
}
