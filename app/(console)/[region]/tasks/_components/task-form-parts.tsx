'use client';
// Parts of the bulk-task form (task-form.tsx): why a list cannot send yet, the international
// campaign fields (R-CMP-1), and the send time (R-SND-1: now, or scheduled in a time zone).
import type { ReactNode } from 'react';
import { useText, type Tx } from '@/i18n/text';
import { Field, Input, Select } from '@/components/ui/field';
import type { Region } from '@/db/enums';

const TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Tokyo',
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
];

/** Why the form cannot be used yet (nothing effective to send with), or null when it can. */
export function cannotSend(
  tx: Tx,
  {
    region,
    apps,
    signatures,
    templates,
    fromGroup,
    groupTemplate,
  }: {
    region: Region;
    apps: unknown[];
    signatures: unknown[];
    templates: unknown[];
    fromGroup: boolean;
    groupTemplate: unknown;
  },
): ReactNode {
  if (fromGroup && templates.length > 0 && !groupTemplate) {
    return (
      <div className="space-y-2 text-slate-600" role="status">
        <p>
          {region === 'mainland'
            ? tx('None of your effective mainland templates can send to a customer group.')
            : tx('None of your effective international templates can send to a customer group.')}{' '}
          {tx(
            'A group holds numbers only, so the template must have no variables. Create a template without variables (or upload a file with the variables instead).',
          )}
        </p>
        <p>
          <a className="text-brand-500 hover:underline" href={`/${region}/templates/new`}>
            {tx('Create Body Template')}
          </a>{' '}
          ·{' '}
          <a className="text-brand-500 hover:underline" href={`/${region}/tasks/new`}>
            {tx('Send with a file instead')}
          </a>
        </p>
      </div>
    );
  }

  if (apps.length === 0 || templates.length === 0 || (region === 'mainland' && signatures.length === 0)) {
    return (
      <p className="text-slate-600">
        {region === 'mainland'
          ? tx(
              'To send you need an enabled application, an effective signature and an effective template of this list.',
            )
          : tx('To send you need an enabled application and an effective template of this list.')}{' '}
        {tx('Missing:')}{' '}
        {[
          apps.length === 0 && tx('application'),
          region === 'mainland' && signatures.length === 0 && tx('effective signature'),
          templates.length === 0 && tx('effective template'),
        ]
          .filter(Boolean)
          .join(tx(', '))}
        .
      </p>
    );
  }
  return null;
}

export function CampaignFields({ region, errors }: { region: Region; errors: Record<string, string> }) {
  const tx = useText();
  return region === 'international' ? (
    <fieldset className="grid grid-cols-1 gap-4 md:grid-cols-3">
      <legend className="mb-2 text-sm font-medium">{tx('Campaign')}</legend>
      <Field label={tx('Scenario type')} htmlFor="scenario">
        <Select id="scenario" name="scenario" defaultValue="notification">
          <option value="verification">{tx('Verification code')}</option>
          <option value="notification">{tx('Notification')}</option>
          <option value="marketing">{tx('Promotion')}</option>
        </Select>
      </Field>
      <Field label={tx('Task name')} htmlFor="name" error={errors.name} hint={tx('At most 30 characters.')}>
        <Input id="name" name="name" maxLength={40} invalid={!!errors.name} />
      </Field>
      <Field
        label={tx('Sender ID')}
        htmlFor="senderId"
        error={errors.senderId}
        hint={tx('Letters and digits: at most 11, or 15 if digits only.')}
      >
        <Input id="senderId" name="senderId" invalid={!!errors.senderId} />
      </Field>
    </fieldset>
  ) : (
    <Field label={tx('Task name (optional)')} htmlFor="name" error={errors.name}>
      <Input id="name" name="name" maxLength={30} />
    </Field>
  );
}

export function SendTimeFields({
  send,
  onSend,
  errors,
}: {
  send: 'now' | 'scheduled';
  onSend: (send: 'now' | 'scheduled') => void;
  errors: Record<string, string>;
}) {
  const tx = useText();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{tx('Send time')}</legend>
      <div className="flex gap-6 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="send" checked={send === 'now'} onChange={() => onSend('now')} /> {tx('Send now')}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="send" checked={send === 'scheduled'} onChange={() => onSend('scheduled')} />{' '}
          {tx('Scheduled')}
        </label>
      </div>
      {send === 'scheduled' ? (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field label={tx('Date')} htmlFor="date" error={errors.date}>
            <Input id="date" name="date" type="date" invalid={!!errors.date} />
          </Field>
          <Field label={tx('Time')} htmlFor="time">
            <Input id="time" name="time" type="time" />
          </Field>
          <Field label={tx('Time zone')} htmlFor="timeZone">
            <Select id="timeZone" name="timeZone" defaultValue="Asia/Shanghai">
              {TIME_ZONES.map((z) => (
                <option key={z}>{z}</option>
              ))}
            </Select>
          </Field>
        </div>
      ) : null}
    </fieldset>
  );
}
