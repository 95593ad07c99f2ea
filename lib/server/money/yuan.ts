/** "12.345" yuan → 12345 li, exactly (no floating point, R-BIL-5). Expects a validated string. */
export function yuanToLiText(text: string): number {
  const [whole, frac = ''] = text.trim().split('.');
  return Number(whole) * 1000 + Number(frac.padEnd(3, '0').slice(0, 3));
}
