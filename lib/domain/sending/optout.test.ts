import { describe, expect, it } from 'vitest';
import { isBlocked, isUnsubscribeReply } from './optout';

describe('opt-out rules (R-DND-1, R-UNS-1)', () => {
  it('recognises the unsubscribe replies, trimmed and in any case', () => {
    for (const t of ['T', 'n', ' TD ', 'unsubscribe', 'Qx', '0000']) expect(isUnsubscribeReply(t)).toBe(true);
    for (const t of ['OK', '好的', 'TDD', '00000', '', 'stop']) expect(isUnsubscribeReply(t)).toBe(false);
  });

  it('blocks by signature and type: all, marketing only, or the unsubscribed type', () => {
    const dndAll = [{ signatureId: 1, scope: 'all' as const }];
    const dndMkt = [{ signatureId: 1, scope: 'marketing' as const }];
    const unsubNotice = [{ signatureId: 2, scope: 'notification' as const }];
    expect(isBlocked(dndAll, 1, 'verification')).toBe(true);
    expect(isBlocked(dndAll, 3, 'verification')).toBe(false);
    expect(isBlocked(dndMkt, 1, 'marketing')).toBe(true);
    expect(isBlocked(dndMkt, 1, 'notification')).toBe(false);
    expect(isBlocked(unsubNotice, 2, 'notification')).toBe(true);
    expect(isBlocked(unsubNotice, 2, 'marketing')).toBe(false);
    expect(isBlocked(dndAll, null, 'marketing')).toBe(false);
    expect(isBlocked([], 1, 'marketing')).toBe(false);
  });
});
