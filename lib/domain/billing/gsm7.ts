// GSM 03.38 7-bit default alphabet (R-BIL-2). Index in BASIC = septet value; 0x1B is the
// escape to the extension table and is not a character of its own.

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const ESC = 0x1b;

/** The extension characters the spec counts as 2 (`| ^ € { } [ ] ~ \`), with their septets. */
const EXTENSION: Record<string, number> = {
  '^': 0x14,
  '{': 0x28,
  '}': 0x29,
  '\\': 0x2f,
  '[': 0x3c,
  '~': 0x3d,
  ']': 0x3e,
  '|': 0x40,
  '€': 0x65,
};

const basicIndex = new Map<string, number>();
for (let i = 0; i < BASIC.length; i++) if (i !== ESC) basicIndex.set(BASIC[i], i);
const extensionByCode = new Map<number, string>(Object.entries(EXTENSION).map(([ch, code]) => [code, ch]));

/** Encodes text to septets, or null when a character is outside the GSM-7 sets. */
export function encodeGsm7(text: string): number[] | null {
  const out: number[] = [];
  for (const ch of text) {
    const basic = basicIndex.get(ch);
    if (basic !== undefined) out.push(basic);
    else if (ch in EXTENSION) out.push(ESC, EXTENSION[ch]);
    else return null;
  }
  return out;
}

/** Decodes septets produced by encodeGsm7. */
export function decodeGsm7(septets: readonly number[]): string {
  let out = '';
  for (let i = 0; i < septets.length; i++) {
    if (septets[i] === ESC) out += extensionByCode.get(septets[++i]) ?? '';
    else out += BASIC[septets[i]] ?? '';
  }
  return out;
}

/** True when every character is in the GSM-7 basic or extension set. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basicIndex.has(ch) && !(ch in EXTENSION)) return false;
  return true;
}

/** GSM-7 length: basic characters 1, extension characters 2 (assumes isGsm7). */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const ch of text) n += ch in EXTENSION ? 2 : 1;
  return n;
}
