// Scheduled sending (R-SND-1, R-SND-4).

/** R-SND-4: a scheduled task can be cancelled up to 5 minutes before its time. */
export const CANCEL_LEAD_MS = 5 * 60 * 1000;

export function canCancelScheduled(scheduledAt: Date, now: Date): boolean {
  return now.getTime() <= scheduledAt.getTime() - CANCEL_LEAD_MS;
}

/** R-SND-4: a task with nothing left to send is `sent`, or `failed` when not one message went out. */
export function finishedTaskStatus(counts: { submitted: number; failed: number }): 'sent' | 'failed' {
  return counts.submitted === 0 && counts.failed > 0 ? 'failed' : 'sent';
}

/** Offset of a time zone from UTC at an instant, in minutes (via Intl, no tz database of our own). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - at.getTime()) / 60000);
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The instant of a wall-clock `YYYY-MM-DD` + `HH:mm` in a time zone, or null when malformed. */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return null;
  const naive = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const check = new Date(naive);
  if (
    check.getUTCMonth() !== Number(d[2]) - 1 ||
    check.getUTCDate() !== Number(d[3]) ||
    Number(t[1]) > 23 ||
    Number(t[2]) > 59
  )
    return null;
  // Two passes settle the offset across daylight-saving edges.
  let guess = naive - offsetMinutes(timeZone, new Date(naive)) * 60000;
  guess = naive - offsetMinutes(timeZone, new Date(guess)) * 60000;
  return new Date(guess);
}
