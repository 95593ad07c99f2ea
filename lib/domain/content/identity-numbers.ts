// Chinese registration numbers on qualifications (R-QUA-1), with their check characters.

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a unified social credit code (GB 32100-2015). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** A unified social credit code: 18 characters with a valid check character. */
export function isCreditCode(code: string): boolean {
  const c = code.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(c)) return false;
  return creditCodeCheckChar(c.slice(0, 17)) === c[17];
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The check character of the first 17 digits of a resident ID number (ISO 7064 MOD 11-2). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** An 18-digit resident ID number with a valid check character. */
export function isIdNumber(id: string): boolean {
  const c = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(c)) return false;
  return idNumberCheckChar(c.slice(0, 17)) === c[17];
}
