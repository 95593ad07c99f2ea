// Reading the alarm e-mails the SMTP sink (npm run smtp-sink) received, for the journeys.
import { expect } from '@playwright/test';
import { SMTP_SINK_HTTP_PORT } from './ports';

export interface Mail {
  to: string[];
  raw: string;
  subject: string;
  text: string;
}

export async function mailsTo(address: string): Promise<Mail[]> {
  const all = (await (await fetch(`http://127.0.0.1:${SMTP_SINK_HTTP_PORT}/`)).json()) as Mail[];
  return all.filter((m) => m.to.includes(address));
}

export const subjectOf = (m: Mail) => m.subject;

/** Waits until `address` has received an e-mail with `subject`. */
export async function expectMail(address: string, subject: string, timeout = 30_000) {
  await expect(async () => {
    expect((await mailsTo(address)).map(subjectOf)).toContain(subject);
  }).toPass({ timeout });
}
