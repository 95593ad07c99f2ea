import 'server-only';
// An upstream cloud relay: sends through the official `tencentcloud-sdk-nodejs-sms`
// (SendSms by template) and collects receipts and replies with PullSmsSendStatus and
// PullSmsReplyStatus. Any service speaking the cloud API 3.0 works, another SMS Console too.
import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import { bareSignature } from '@/lib/domain/billing/measure';
import { LINK_FAILURE, type SubmitFailure } from '@/lib/domain/channels/smsc-status';
import type { Channel, ChannelEvents, ChannelHealth, OutboundMessage, SubmitResult } from './types';
import { RateLimiter } from './rate';

export interface TencentCloudConfig {
  secretId: string;
  secretKey: string;
  region: string;
  sdkAppId: string;
  /** host[:port] of the endpoint, e.g. `sms.tencentcloudapi.com`. */
  endpoint: string;
  protocol: 'https://' | 'http://';
  /** Local template id → the upstream's TemplateId. */
  templates: Record<string, string>;
  /** SignName upstream; empty = the message's own signature. */
  signName: string;
  maxPerSecond: number;
  window: number;
  pollMs?: number;
}

type SmsClient = InstanceType<typeof tencentcloud.sms.v20210111.Client>;

/** Upstream codes worth a retry; every other code ends the message on this channel. */
function classify(code: string, message: string): SubmitFailure {
  const temporary =
    /^(InternalError|RequestLimitExceeded|LimitExceeded\.AppDailyLimit|FailedOperation\.InsufficientBalanceInSmsPackage|UnauthorizedOperation\.ServiceSuspendDueToArrears)/.test(
      code,
    );
  const throttled = code === 'RequestLimitExceeded';
  return {
    kind: throttled ? 'throttled' : temporary ? 'temporary' : 'permanent',
    code: `UPSTREAM:${code}`,
    reason: message || code,
  };
}

export class TencentCloudChannel implements Channel {
  readonly window: number;
  private client: SmsClient;
  private events: ChannelEvents | null = null;
  private ok = false;
  private downSince: number | null = Date.now();
  private lastError: string | null = null;
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private rate: RateLimiter;

  constructor(
    readonly id: number,
    private config: TencentCloudConfig,
  ) {
    this.window = Math.max(1, config.window);
    this.rate = new RateLimiter(config.maxPerSecond);
    this.client = new tencentcloud.sms.v20210111.Client({
      credential: { secretId: config.secretId, secretKey: config.secretKey },
      region: config.region,
      profile: { httpProfile: { endpoint: config.endpoint, protocol: config.protocol, reqTimeout: 10 } },
    });
  }

  private up(): void {
    if (!this.ok) {
      this.ok = true;
      this.downSince = null;
      this.events?.state();
    }
  }

  private down(err: unknown): void {
    this.lastError = err instanceof Error ? err.message : String(err);
    if (this.ok) {
      this.ok = false;
      this.downSince = Date.now();
    }
    this.events?.state();
  }

  start(events: ChannelEvents): void {
    this.events = events;
    const poll = async () => {
      if (this.stopped) return;
      try {
        await this.pull();
        this.up();
      } catch (err) {
        this.down(err);
      }
      if (!this.stopped) this.timer = setTimeout(poll, this.config.pollMs ?? 1_000);
    };
    void poll();
  }

  /** Drains the upstream's receipt and reply queues (each report is returned once). */
  private async pull(): Promise<void> {
    for (;;) {
      const res = await this.client.PullSmsSendStatus({ SmsSdkAppId: this.config.sdkAppId, Limit: 100 });
      const list = res.PullSmsSendStatusSet ?? [];
      if (list.length > 0) {
        this.events?.receipts(
          list.map((s) => ({
            carrierId: s.SerialNo ?? '',
            delivered: s.ReportStatus === 'SUCCESS',
            code: s.ReportStatus === 'SUCCESS' ? null : (s.Description?.split(':')[0] || 'UNDELIV').slice(0, 40),
            at: s.UserReceiveTime ? s.UserReceiveTime * 1000 : Date.now(),
          })),
        );
      }
      if (list.length < 100) break;
    }
    const replies = await this.client.PullSmsReplyStatus({ SmsSdkAppId: this.config.sdkAppId, Limit: 100 });
    for (const r of replies.PullSmsReplyStatusSet ?? []) {
      this.events?.inbound({
        from: (r.PhoneNumber ?? '').replace(/^\+/, ''),
        to: '',
        text: r.ReplyContent ?? '',
        at: r.ReplyTime ? r.ReplyTime * 1000 : Date.now(),
      });
    }
  }

  async submit(m: OutboundMessage): Promise<SubmitResult> {
    const templateId = this.config.templates[String(m.templateId)];
    if (!templateId)
      return {
        ok: false,
        kind: 'permanent',
        code: 'UPSTREAM:TemplateNotMapped',
        reason: `template ${m.templateId} has no upstream TemplateId on this channel`,
      };
    const params = Array.isArray(m.vars) ? m.vars : Object.values(m.vars);
    await this.rate.take();
    this.inFlight++;
    try {
      const res = await this.client.SendSms({
        SmsSdkAppId: this.config.sdkAppId,
        SignName: this.config.signName || (m.signature ? bareSignature(m.signature) : undefined),
        TemplateId: templateId,
        TemplateParamSet: params.map(String),
        PhoneNumberSet: [`+${m.phone}`],
        SessionContext: String(m.messageId),
        SenderId: m.senderId ?? undefined,
      });
      this.up();
      const status = res.SendStatusSet?.[0];
      if (!status) return { ok: false, ...LINK_FAILURE, reason: 'empty answer from upstream' };
      if (status.Code === 'Ok' && status.SerialNo) return { ok: true, carrierIds: [status.SerialNo] };
      return { ok: false, ...classify(status.Code ?? 'Unknown', status.Message ?? '') };
    } catch (err) {
      // An answer from the service carries its RequestId and an error code; a network error has neither.
      const e = err as { code?: string; requestId?: string };
      const code = e.requestId ? e.code : undefined;
      if (code) {
        this.lastError = `${code}: ${(err as Error).message}`;
        return { ok: false, ...classify(code, (err as Error).message) };
      }
      this.down(err);
      return { ok: false, ...LINK_FAILURE, reason: `upstream unreachable: ${(err as Error).message}`.slice(0, 200) };
    } finally {
      this.inFlight--;
    }
  }

  health(): ChannelHealth {
    return { bound: this.ok, downSince: this.downSince, lastError: this.lastError, inFlight: this.inFlight };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.rate.close();
  }
}
