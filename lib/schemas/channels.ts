// Inputs of the channel and route verbs, shared by the admin forms and SMS_CHANNELS_FILE.
import { fillText } from '@/lib/domain/notices';
import { z } from 'zod';
import { parseCountryCondition } from '@/lib/domain/channels/routing';

const int = (min: number, max: number, label: string) =>
  z.coerce
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label}: at least ${min}.`)
    .max(max, `${label}: at most ${max}.`);

const name = z.string().trim().min(1, 'Enter a name.').max(60, 'At most 60 characters.');

export const smppChannelInput = z.object({
  kind: z.literal('smpp'),
  name,
  host: z
    .string()
    .trim()
    .min(1, 'Enter the SMSC host.')
    .max(255, 'At most 255 characters.')
    .regex(/^[A-Za-z0-9.:\-[\]]+$/, 'Enter a host name or IP address.'),
  port: int(1, 65535, 'Port'),
  // SMPP 3.4 field sizes: system_id 16, password 9, system_type 13 (C-Octet strings with the NUL).
  systemId: z.string().trim().min(1, 'Enter the System ID.').max(15, 'At most 15 characters (SMPP 3.4).'),
  password: z.string().max(8, 'At most 8 characters (SMPP 3.4).').optional(),
  systemType: z.string().trim().max(12, 'At most 12 characters (SMPP 3.4).').default(''),
  sourceAddr: z.string().trim().max(20, 'At most 20 characters.').default(''),
  maxPerSecond: int(0, 100_000, 'Max messages per second'),
  window: int(1, 1_000, 'Window'),
});

/** `localTemplateId=UpstreamTemplateId`, one per line. */
const templateMap = z
  .string()
  .default('')
  .transform((v, ctx) => {
    const out: Record<string, string> = {};
    for (const [i, line] of v.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      const m = /^\s*(\d+)\s*=\s*(\S+)\s*$/.exec(line);
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: fillText('Line {v0}: write local template id = upstream TemplateId, e.g. 12=1234567.', {
            v0: i + 1,
          }),
        });
        return z.NEVER;
      }
      out[m[1]] = m[2];
    }
    return out;
  });

export const tencentChannelInput = z.object({
  kind: z.literal('tencent-cloud'),
  name,
  secretId: z.string().trim().min(1, 'Enter the SecretId.').max(128, 'At most 128 characters.'),
  password: z.string().max(256, 'At most 256 characters.').optional(),
  region: z.string().trim().min(1, 'Enter the region, e.g. ap-guangzhou.').max(40, 'At most 40 characters.'),
  sdkAppId: z
    .string()
    .trim()
    .regex(/^\d{6,12}$/, 'Enter the upstream SdkAppId (digits).'),
  endpoint: z
    .string()
    .trim()
    .min(1, 'Enter the endpoint host.')
    .max(255, 'At most 255 characters.')
    .regex(/^[A-Za-z0-9.\-]+(:\d+)?$/, 'Enter host or host:port, without http://.'),
  protocol: z.enum(['https://', 'http://']).default('https://'),
  templates: templateMap,
  signName: z.string().trim().max(40, 'At most 40 characters.').default(''),
  maxPerSecond: int(0, 100_000, 'Max messages per second'),
  window: int(1, 1_000, 'Window'),
});

export const simulatorChannelInput = z.object({ kind: z.literal('simulator'), name });

export const channelInput = z.discriminatedUnion(
  'kind',
  [smppChannelInput, tencentChannelInput, simulatorChannelInput],
  { error: 'Choose a type.' },
);
export type ChannelInput = z.output<typeof channelInput>;

export const routeInput = z.object({
  region: z.enum(['', 'mainland', 'international'], { error: 'Choose a region.' }).default(''),
  country: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const c = parseCountryCondition(v);
      if (c === 'invalid') {
        ctx.addIssue({
          code: 'custom',
          message: 'Enter a two-letter country code (US) or a prefix with + (+1415), or leave it empty for any.',
        });
        return z.NEVER;
      }
      return c;
    }),
  messageType: z
    .enum(['', 'verification', 'notification', 'marketing'], { error: 'Choose a message type.' })
    .default(''),
  accountUin: z
    .string()
    .trim()
    .regex(/^(\d{6,15})?$/, 'Enter an account ID (digits) or leave it empty.')
    .default(''),
  channelIds: z
    .array(z.coerce.number().int().positive())
    .min(1, 'Choose at least one channel.')
    .max(10, 'At most 10 channels.'),
});
export type RouteInput = z.output<typeof routeInput>;

/** A test message an admin sends through one channel. */
export const testMessageInput = z.object({
  phone: z.string().trim().min(1, 'Enter a phone number.'),
  text: z.string().trim().min(1, 'Enter the text.').max(500, 'At most 500 characters.'),
});
export type TestMessageInput = z.output<typeof testMessageInput>;
