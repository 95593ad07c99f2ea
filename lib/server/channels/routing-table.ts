import 'server-only';
// The routing table as the dispatcher reads it once per batch.
import type { Db } from '@/db/client';
import type { ChannelKind } from '@/db/schema/channels';
import { chooseChannel, matchRoute, type MessageType, type RouteRule } from '@/lib/domain/channels/routing';

type Raw = Db['$client'];

/** Where a message goes: the simulator inside the dispatch transaction, or a network channel's outbox. */
export type RouteDecision =
  { kind: 'inline'; channelId: number } | { kind: 'outbox'; channelId: number; fallbacks: number[] };

/** How long a link may be down before new messages skip it and queued ones fail over. */
export function failoverAfterMs(): number {
  return Number(process.env.SMS_FAILOVER_AFTER_MS ?? 10_000);
}

export interface RoutingTable {
  decide(
    m: { region: 'mainland' | 'international'; isoCountry: string; phone: string; accountId: number },
    messageType: MessageType,
  ): RouteDecision | null;
  kindOf(channelId: number): ChannelKind | undefined;
}

export function loadRoutingTable(raw: Raw, now: Date): RoutingTable {
  const rules = raw
    .prepare<
      unknown[],
      {
        id: number;
        position: number;
        region: RouteRule['region'];
        country: string | null;
        message_type: MessageType | null;
        account_id: number | null;
        channel_ids: string;
        enabled: number;
      }
    >(
      'SELECT id, position, region, country, message_type, account_id, channel_ids, enabled FROM routes ORDER BY position, id',
    )
    .all()
    .map((r): RouteRule => ({
      id: r.id,
      position: r.position,
      region: r.region,
      country: r.country,
      messageType: r.message_type,
      accountId: r.account_id,
      channelIds: JSON.parse(r.channel_ids),
      enabled: r.enabled === 1,
    }));
  const channels = new Map(
    raw
      .prepare<
        unknown[],
        { id: number; kind: ChannelKind; enabled: number; bound: number | null; down_since: number | null }
      >(
        'SELECT c.id, c.kind, c.enabled, s.bound, s.down_since FROM channels c LEFT JOIN channel_state s ON s.channel_id = c.id',
      )
      .all()
      .map((c) => [
        c.id,
        {
          kind: c.kind,
          enabled: c.enabled === 1,
          healthy:
            c.kind === 'simulator' ||
            !(c.bound === 0 && c.down_since !== null && now.getTime() - c.down_since > failoverAfterMs()),
        },
      ]),
  );
  const usesPrefix = rules.some((r) => r.country?.startsWith('+'));
  const memo = new Map<string, RouteDecision | null>();
  return {
    kindOf: (id) => channels.get(id)?.kind,
    decide(m, messageType) {
      const key = `${m.region}|${m.isoCountry}|${messageType}|${m.accountId}${usesPrefix ? `|${m.phone}` : ''}`;
      let d = memo.get(key);
      if (d !== undefined) return d;
      const rule = matchRoute(rules, { ...m, phone: m.phone.replace(/^\+/, ''), messageType });
      const choice = rule ? chooseChannel(rule.channelIds, (id) => channels.get(id)) : null;
      d = !choice
        ? null
        : channels.get(choice.channelId)?.kind === 'simulator'
          ? { kind: 'inline', channelId: choice.channelId }
          : { kind: 'outbox', ...choice };
      memo.set(key, d);
      return d;
    },
  };
}
