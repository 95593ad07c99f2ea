// International broadcast campaign fields (R-CMP-1).

export type FieldCheck = { ok: true } | { ok: false; message: string };

/** Sender ID: letters and digits; ≤ 11 characters when it has a letter, ≤ 15 when numeric only. */
export function validateSenderId(id: string): FieldCheck {
  if (id.length === 0) return { ok: false, message: 'Enter a Sender ID.' };
  if (!/^[A-Za-z0-9]+$/.test(id)) return { ok: false, message: 'A Sender ID has letters and digits only.' };
  if (/^\d+$/.test(id)) {
    return id.length <= 15 ? { ok: true } : { ok: false, message: 'A numeric Sender ID has at most 15 digits.' };
  }
  return id.length <= 11
    ? { ok: true }
    : { ok: false, message: 'An alphanumeric Sender ID has at most 11 characters.' };
}

/** Task name: 1–30 characters. */
export function validateCampaignName(name: string): FieldCheck {
  const trimmed = name.trim();
  if (trimmed.length === 0) return { ok: false, message: 'Enter a task name.' };
  if ([...trimmed].length > 30) return { ok: false, message: 'A task name has at most 30 characters.' };
  return { ok: true };
}
