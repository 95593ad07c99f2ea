import { describe, expect, it } from 'vitest';
import { createWorld } from '@/lib/testing/world';
import { listSignatures, listTemplates, signatureUsable } from './content/read-content';
import { verifyLedgers } from './money/ledger';

describe('demo seed', () => {
  it('gives the demo account effective mainland and international signatures and templates', () => {
    const w = createWorld(new Date('2026-11-02T02:00:00Z'), { content: true });
    const ctx = w.ctxFor('owner@demo.local');
    for (const region of ['mainland', 'international'] as const) {
      expect(
        listSignatures(ctx, { region })
          .filter(signatureUsable)
          .map((s) => s.content),
      ).toHaveLength(1);
      expect([...new Set(listTemplates(ctx, { region, status: 'effective' }).map((t) => t.type))].sort()).toEqual([
        'notification',
        'verification',
      ]);
    }
    expect(verifyLedgers(w.db).mismatches).toEqual([]);
  });
});
