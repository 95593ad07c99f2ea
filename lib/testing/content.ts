// Fixtures for content tests: valid registration numbers and tiny images.
import { creditCodeCheckChar, idNumberCheckChar } from '@/lib/domain/content/identity-numbers';

export function creditCode(body17 = '91110000MA01ABCD1'): string {
  return body17 + creditCodeCheckChar(body17);
}
export function idNumber(body17 = '11010519491231002'): string {
  return body17 + idNumberCheckChar(body17);
}

/** A 1×1 PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
/** The first bytes of a JPEG. */
export const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

export const png = (name = 'image.png') => ({ name, bytes: PNG });

export function qualificationFields(over: Record<string, unknown> = {}) {
  return {
    purpose: 'self',
    enterpriseName: 'Demo Tech Co., Ltd.',
    creditCode: creditCode(),
    legalRepName: 'Zhang San',
    legalRepIdNumber: idNumber(),
    adminName: 'Li Si',
    adminIdNumber: idNumber('44030419900101001'),
    adminPhone: '13812345678',
    ...over,
  };
}

export const qualificationFiles = () => ({
  license: png('license.png'),
  legalRepIdFront: png(),
  legalRepIdBack: png(),
  adminIdFront: png(),
  adminIdBack: png(),
});
