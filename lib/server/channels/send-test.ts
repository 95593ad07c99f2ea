import 'server-only';
import type { TestMessageInput } from '@/lib/schemas/channels';
// "Send test message" on Admin → Channels: one message straight through a channel,
// outside billing and records, to check a link end to end.
import { fillText } from '@/lib/domain/notices';
import { eq } from 'drizzle-orm';
import { channels } from '@/db/schema';
import { normalizeAnyPhone } from '@/lib/domain/phone/normalize';
import { measureMessage } from '@/lib/domain/billing/measure';
import { processChannelRunner } from '@/lib/channels/process-runner';
import { AppError } from '../errors';
import type { Ctx } from '../context';

/** Sends the test and says what the carrier answered. */
export async function sendTestMessage(ctx: Ctx, channelId: number, d: TestMessageInput): Promise<string> {
  ctx.authorize('ModifyChannels');
  const phone = normalizeAnyPhone(d.phone);
  if (!phone.ok)
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { phone: phone.message });
  const c = ctx.db.select().from(channels).where(eq(channels.id, channelId)).get();
  if (!c) throw new AppError('NOT_FOUND', 'Channel not found.');
  if (c.kind === 'simulator') return 'The simulator accepts every message; its receipts follow the simulator settings.';
  if (!c.enabled) throw new AppError('CONFLICT', 'The channel is disabled. Enable it first.');
  const runner = processChannelRunner();
  if (!runner?.isRunning(channelId))
    throw new AppError(
      'CONFLICT',
      'The channel is not running in this server process (is SMS_BACKGROUND off?). Send the test where the worker runs.',
    );
  const region = phone.isoCountry === 'CN' ? 'mainland' : 'international';
  const result = await runner.sendTest(channelId, {
    messageId: Date.now() % 100_000,
    phone: phone.e164.slice(1),
    region,
    isoCountry: phone.isoCountry,
    text: d.text,
    billable: measureMessage({ body: d.text, region }).billable,
    senderId: null,
    templateId: 0,
    signature: null,
    vars: [],
    sessionContext: null,
  });
  if (!result) throw new AppError('CONFLICT', 'The channel is not running.');
  if (!result.ok)
    throw new AppError(
      'CONFLICT',
      fillText('The carrier refused the message: {code} {reason}.', { code: result.code, reason: result.reason }),
    );
  return fillText('Accepted by the carrier: message id {v0}.', { v0: result.carrierIds.join(', ') });
}
