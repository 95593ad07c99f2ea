import { describe, expect, it } from 'vitest';
import { isCreditCode, creditCodeCheckChar, isIdNumber, idNumberCheckChar } from './identity-numbers';
import { sniffImage, imageProblem, MAX_IMAGE_BYTES } from './image';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]);

describe('R-QUA-1 images: JPG or PNG by content, at most 5 MB', () => {
  it('recognises the magic bytes, not the name', () => {
    expect(sniffImage(PNG)).toBe('image/png');
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffImage(Uint8Array.from([0xff]))).toBeNull();
  });
  it('explains what is wrong', () => {
    expect(imageProblem(new Uint8Array())).toBe('The file is empty.');
    expect(imageProblem(new TextEncoder().encode('%PDF-1.4'))).toContain('JPG or PNG');
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    expect(imageProblem(big)).toContain('5 MB');
    const edge = new Uint8Array(MAX_IMAGE_BYTES);
    edge.set(PNG);
    expect(imageProblem(edge)).toBeNull();
  });
});

describe('registration numbers', () => {
  it('unified social credit code with its check character (GB 32100-2015)', () => {
    expect(isCreditCode('91350100M000100Y43')).toBe(true); // a published example
    expect(isCreditCode('91350100M000100Y44')).toBe(false);
    expect(isCreditCode('91350100M000100Y4')).toBe(false);
    expect(isCreditCode('91350100I000100Y43')).toBe(false); // I is not in the alphabet
    expect(creditCodeCheckChar('91110000MA01ABCD1')).toMatch(/^[0-9A-HJ-NPQRTUWXY]$/);
  });
  it('resident ID number with its check character (ISO 7064 MOD 11-2)', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
    expect(isIdNumber('110105194912310021')).toBe(false);
    expect(isIdNumber('11010519491231002')).toBe(false);
    expect(idNumberCheckChar('44030419900101001')).toMatch(/^[0-9X]$/);
  });
});
