import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { measureMessage, composeMessage, bareSignature } from './measure';
import { decodeGsm7, encodeGsm7, gsm7Length, isGsm7 } from './gsm7';

const zh = (n: number) => '好'.repeat(n);

describe('R-BIL-1 mainland length and billed count', () => {
  it.each([
    // [signature, body, length, billable]
    ['腾讯云', zh(65), 70, 1], // 【腾讯云】 = 5 + 65 = 70 → 1
    ['腾讯云', zh(66), 71, 2], // 71 → ceil(71/67) = 2
    [undefined, zh(134), 134, 2],
    [undefined, zh(135), 135, 3],
    [undefined, zh(150), 150, 3], // the seed: 150 → 3 (67/67/16)
    [undefined, 'a b,c。', 6, 1], // letters, spaces, half and full width punctuation count 1
    [undefined, '😀', 2, 1], // outside the BMP counts 2
    [undefined, `${zh(69)}😀`, 71, 2],
  ])('signature %s, body of %i chars', (signature, body, length, billable) => {
    const m = measureMessage({ body: body as string, signature: signature as string | undefined, region: 'mainland' });
    expect(m).toEqual({ length, billable, encoding: 'mainland', tooLong: false });
  });

  it('counts the signature with its 【】 even when typed with brackets', () => {
    expect(measureMessage({ body: 'abc', signature: '【腾讯云】', region: 'mainland' }).length).toBe(8);
    expect(composeMessage({ body: 'abc', signature: '腾讯云', region: 'mainland' }).text).toBe('【腾讯云】abc');
    expect(bareSignature(' [Acme] ')).toBe('Acme');
  });
});

describe('R-BIL-2 international', () => {
  it.each([
    ['a'.repeat(160), 160, 1],
    ['a'.repeat(161), 161, 2],
    ['a'.repeat(320), 320, 3], // the seed: 320 English → 3 (153/153/14)
    ['a'.repeat(306), 306, 2],
    ['€'.repeat(80), 160, 1], // extension characters count 2
    ['{'.repeat(81), 162, 2],
  ])('GSM-7 %#', (body, length, billable) => {
    expect(measureMessage({ body, region: 'international' })).toEqual({
      length,
      billable,
      encoding: 'GSM-7',
      tooLong: false,
    });
  });

  it('a pure-English signature is added in [] and counts (brackets are extension characters)', () => {
    const m = measureMessage({ body: 'Your code is 1234', signature: 'Acme', region: 'international' });
    expect(composeMessage({ body: 'Your code is 1234', signature: 'Acme', region: 'international' }).text).toBe(
      '[Acme]Your code is 1234',
    );
    expect(m).toEqual({ length: 2 + 4 + 2 + 17, billable: 1, encoding: 'GSM-7', tooLong: false });
  });

  it.each([
    ['Привет', 6, 1],
    ['ü'.repeat(10) + 'ç', 11, 1], // ç is not in the GSM-7 basic set (Ç is)
    ['Ж'.repeat(70), 70, 1],
    ['Ж'.repeat(71), 71, 2],
    ['Ж'.repeat(135), 135, 3],
  ])('UCS-2 %#', (body, length, billable) => {
    expect(measureMessage({ body, region: 'international' })).toEqual({
      length,
      billable,
      encoding: 'UCS-2',
      tooLong: false,
    });
  });

  it('a Chinese signature makes the message UCS-2 with 【】', () => {
    const m = measureMessage({ body: 'Hello', signature: '腾讯云', region: 'international' });
    expect(m).toEqual({ length: 10, billable: 1, encoding: 'UCS-2', tooLong: false });
  });
});

describe('R-BIL-3 at most 500 characters, signature included', () => {
  it('500 fits, 501 is too long', () => {
    expect(measureMessage({ body: zh(495), signature: '腾讯云', region: 'mainland' }).tooLong).toBe(false);
    expect(measureMessage({ body: zh(496), signature: '腾讯云', region: 'mainland' }).tooLong).toBe(true);
    expect(measureMessage({ body: 'a'.repeat(501), region: 'international' }).tooLong).toBe(true);
  });
});

describe('properties', () => {
  const region = fc.constantFrom<'mainland' | 'international'>('mainland', 'international');
  it('billable never decreases as text grows', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 50 }),
        region,
        (a, b, r) => {
          const before = measureMessage({ body: a, region: r }).billable;
          const after = measureMessage({ body: a + b, region: r }).billable;
          // Growing text can switch GSM-7 to UCS-2, which only raises the count.
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  const gsmChars = fc.constantFrom(
    ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà^{}\\[~]|€'.split(''),
  );
  it('GSM-7 detection agrees with encoding round-trips', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(gsmChars).map((a) => a.join('')),
          fc.string({ unit: 'binary', maxLength: 30 }),
        ),
        (s) => {
          const septets = encodeGsm7(s);
          expect(isGsm7(s)).toBe(septets !== null);
          if (septets) {
            expect(decodeGsm7(septets)).toBe(s);
            expect(septets.length).toBe(gsm7Length(s));
            expect(septets.every((x) => x >= 0 && x < 128)).toBe(true);
          }
        },
      ),
    );
  });

  it('decoding ignores septets it does not know', () => {
    expect(decodeGsm7([0x1b, 0x7f, 0x41, 200])).toBe('A');
  });
});
