// Routing: ordered rules choose the channels of a message, primary first.

export type MessageType = 'verification' | 'notification' | 'marketing';

export interface RouteRule {
  id: number;
  position: number;
  region: 'mainland' | 'international' | null;
  /** ISO country code (`US`) or E.164 prefix with its plus (`+1415`); null matches any. */
  country: string | null;
  messageType: MessageType | null;
  accountId: number | null;
  channelIds: number[];
  enabled: boolean;
}

export interface RoutedMessage {
  region: 'mainland' | 'international';
  /** ISO country of the number. */
  isoCountry: string;
  /** E.164 digits without the plus (8613812345678). */
  phone: string;
  messageType: MessageType;
  accountId: number;
}

/** Whether a country condition (ISO code or +prefix) matches the message. */
export function countryMatches(condition: string, m: Pick<RoutedMessage, 'isoCountry' | 'phone'>): boolean {
  if (condition.startsWith('+')) return m.phone.startsWith(condition.slice(1));
  return condition.toUpperCase() === m.isoCountry.toUpperCase();
}

/** The first enabled rule (by position) whose conditions all match, or null: no route. */
export function matchRoute(rules: readonly RouteRule[], m: RoutedMessage): RouteRule | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id);
  for (const r of ordered) {
    if (!r.enabled) continue;
    if (r.region !== null && r.region !== m.region) continue;
    if (r.country !== null && !countryMatches(r.country, m)) continue;
    if (r.messageType !== null && r.messageType !== m.messageType) continue;
    if (r.accountId !== null && r.accountId !== m.accountId) continue;
    return r;
  }
  return null;
}

export interface ChannelAvailability {
  enabled: boolean;
  /** False when the link has been down longer than the failover delay. */
  healthy: boolean;
}

/**
 * Where a routed message goes now: the first channel that is enabled and healthy, with the
 * channels after it as fallbacks. When none is usable the message waits on the first enabled
 * channel (it drains when that link comes back), or on the primary when every one is disabled.
 */
export function chooseChannel(
  channelIds: readonly number[],
  state: (id: number) => ChannelAvailability | undefined,
): { channelId: number; fallbacks: number[] } | null {
  if (channelIds.length === 0) return null;
  let index = channelIds.findIndex((id) => {
    const s = state(id);
    return s !== undefined && s.enabled && s.healthy;
  });
  if (index < 0) index = channelIds.findIndex((id) => state(id)?.enabled === true);
  if (index < 0) index = channelIds.findIndex((id) => state(id) !== undefined);
  if (index < 0) return null;
  return { channelId: channelIds[index], fallbacks: channelIds.slice(index + 1) };
}

/** Checks a country condition as an admin types it: `US`, `+1`, `+86138`. */
export function parseCountryCondition(input: string): string | null | 'invalid' {
  const v = input.trim();
  if (v === '' || v === '*') return null;
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  if (/^\+[1-9]\d{0,7}$/.test(v)) return v;
  return 'invalid';
}
