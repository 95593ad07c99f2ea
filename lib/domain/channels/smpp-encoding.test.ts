import { describe, expect, it } from 'vitest';
import { measureMessage } from '../billing/measure';
import { decodeSmsPart, encodeSms, ESM_UDHI } from './smpp-encoding';

const join = (text: string, region: 'mainland' | 'international') => {
  const e = encodeSms(text, region, 42);
  return { e, decoded: e.parts.map((p) => decodeSmsPart(p, e.dataCoding, e.esmClass)) };
};

describe('SMPP encoding (R-BIL-1/2)', () => {
  it.each([
    ['mainland short', '【星河】您好', 'mainland', 8, 1],
    ['mainland 71 units', '【星河】' + '好'.repeat(67), 'mainland', 8, 2],
    ['mainland ASCII stays UCS-2 (70/67)', 'a'.repeat(150), 'mainland', 8, 3],
    ['GSM-7 160', 'a'.repeat(160), 'international', 0, 1],
    ['GSM-7 320', 'a'.repeat(320), 'international', 0, 3],
    ['GSM-7 with extension characters', '{}'.repeat(81), 'international', 0, 3],
    ['UCS-2 international', 'Ünïcødé ✓ '.repeat(10), 'international', 8, 2],
  ] as const)('%s: parts = billed count, text survives', (_name, text, region, coding, parts) => {
    const { e, decoded } = join(text, region);
    expect(e.dataCoding).toBe(coding);
    expect(e.parts).toHaveLength(parts);
    expect(measureMessage({ body: text, region }).billable).toBe(parts);
    expect(decoded.map((d) => d.text).join('')).toBe(text);
    if (parts > 1) {
      expect(e.esmClass).toBe(ESM_UDHI);
      expect(decoded.map((d) => d.concat)).toEqual(decoded.map((_, i) => ({ ref: 42, total: parts, seq: i + 1 })));
    } else expect(decoded[0].concat).toBeNull();
  });

  it('never splits an escape pair or a surrogate pair between parts', () => {
    // 152 'a' then '€' (ESC + code): the pair would straddle the 153-septet boundary.
    const gsm = join('a'.repeat(152) + '€' + 'b'.repeat(20), 'international');
    expect(gsm.decoded.map((d) => d.text)).toEqual(['a'.repeat(152), '€' + 'b'.repeat(20)]);
    const ucs = join('好'.repeat(66) + '😀' + '好'.repeat(10), 'mainland');
    expect(ucs.decoded.map((d) => d.text)).toEqual(['好'.repeat(66), '😀' + '好'.repeat(10)]);
  });

  it('decodes 16-bit concatenation headers and single-byte codings', () => {
    const part = Uint8Array.from([0x06, 0x08, 0x04, 0x01, 0x02, 0x03, 0x01, 0x48, 0x69]);
    expect(decodeSmsPart(part, 3, ESM_UDHI)).toEqual({ text: 'Hi', concat: { ref: 0x0102, total: 3, seq: 1 } });
    expect(decodeSmsPart(Uint8Array.from([0x02, 0x70, 0x00, 0x41]), 1, ESM_UDHI)).toEqual({ text: 'A', concat: null });
    expect(decodeSmsPart(Uint8Array.from([]), 0, ESM_UDHI)).toEqual({ text: '', concat: null });
  });
});
