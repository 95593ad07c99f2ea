// Display formats shared by pages and exports. Pure.

const dateTimeFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm:ss` in Beijing time, the console's time zone. */
export function formatDateTime(d: Date): string {
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Integer li (0.001 yuan, R-BIL-5) as yuan with 2–3 decimals and thousands separators. */
export function formatYuan(li: number): string {
  const negative = li < 0;
  const abs = Math.abs(li);
  const yuan = Math.floor(abs / 1000);
  const frac = abs % 1000;
  const fracText = frac % 10 === 0 ? String(frac / 10).padStart(2, '0') : String(frac).padStart(3, '0');
  return `${negative ? '-' : ''}${yuan.toLocaleString('en-US')}.${fracText}`;
}

/** Integer counts with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
