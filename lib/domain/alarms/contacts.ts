// R-APP-10: alarm contacts and their events. Pure rules: the event list and the contact fields.
import { normalizeAnyPhone } from '../phone/normalize';
import { EMAIL_PATTERN } from '../email';

/** The events of R-APP-10, in the console's order, with what a contact sees. */
export const ALARM_EVENT_LABELS = {
  frequency: 'Frequency-limit reminder',
  overLimit: 'Over-limit reminder',
  review: 'Template and signature review notice',
  package: 'Package alarm',
  antiAbuse: 'Anti-abuse alarm',
} as const;
export type AlarmEventName = keyof typeof ALARM_EVENT_LABELS;
export const ALARM_EVENT_NAMES = Object.keys(ALARM_EVENT_LABELS) as AlarmEventName[];

/** An alarm contact as the console shows it (the phone also masked). */
export interface AlarmContactView {
  id: number;
  name: string;
  phone: string;
  maskedPhone: string;
  email: string;
  events: AlarmEventName[];
}

/** At most 5 contacts per application. */
export const MAX_ALARM_CONTACTS = 5;

export interface ContactInput {
  name: string;
  phone: string;
  email: string;
  events: string[];
}

/**
 * The contact's cleaned fields, or field errors: a name of 1–30 characters, a phone with its
 * country code (+CC…; a mainland mobile may be written without it), an e-mail address, and
 * events from the list.
 */
export function checkContact(
  input: ContactInput,
):
  | { ok: true; value: { name: string; phone: string; email: string; events: AlarmEventName[] } }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = input.name.trim();
  if (name.length < 1 || name.length > 30) errors.name = 'Enter a name of at most 30 characters.';
  const phone = normalizeAnyPhone(input.phone.trim());
  if (!phone.ok) errors.phone = 'Enter a mobile number with its country code, e.g. +8613800138000.';
  const email = input.email.trim().toLowerCase();
  if (!EMAIL_PATTERN.test(email) || email.length > 100) errors.email = 'Enter an e-mail address, e.g. ops@example.com.';
  const events = [...new Set(input.events)];
  if (events.some((e) => !(e in ALARM_EVENT_LABELS))) errors.events = 'Choose events from the list.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { name, phone: (phone as { e164: string }).e164, email, events: events as AlarmEventName[] },
  };
}
