'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { DataTable, type TableRow } from '@/components/ui/data-table';
import { DeleteButton } from '@/components/ui/delete-button';
import { Field, Input } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { alarmContactInput } from '@/lib/schemas/applications';
import {
  ALARM_EVENT_LABELS,
  ALARM_EVENT_NAMES,
  MAX_ALARM_CONTACTS,
  type AlarmContactView,
} from '@/lib/domain/alarms/contacts';
import { deleteAlarmContactAction, saveAlarmContactAction } from '../../actions';

type Contact = AlarmContactView;

/** Add or edit one contact in a dialog: name, phone with country code, e-mail, the events. */
function ContactDialog({
  sdkAppId,
  contact,
  label,
  disabled,
}: {
  sdkAppId: string;
  contact?: Contact;
  label: string;
  disabled?: boolean;
}) {
  const tx = useText();
  const router = useRouter();
  const key = contact?.id ?? 'new';
  return (
    <FormDialog
      trigger={label}
      triggerVariant={contact ? 'link' : 'secondary'}
      disabled={disabled}
      title={contact ? tx('Edit alarm contact {name}', { name: contact.name }) : tx('Add alarm contact')}
      schema={alarmContactInput}
      values={(f, form) => ({
        name: f.name,
        phone: f.phone,
        email: f.email,
        events: form.getAll('events').map(String),
      })}
      action={(input) => saveAlarmContactAction([sdkAppId, contact?.id ?? null], input)}
      submitLabel={tx('Save')}
      onDone={() => router.refresh()}
    >
      {(errors) => (
        <>
          <Field label={tx('Name')} htmlFor={`ac-name-${key}`} error={errors.name}>
            <Input id={`ac-name-${key}`} name="name" defaultValue={contact?.name} invalid={!!errors.name} />
          </Field>
          <Field
            label={tx('Phone (with country code)')}
            htmlFor={`ac-phone-${key}`}
            error={errors.phone}
            hint="e.g. +8613800138000"
          >
            <Input id={`ac-phone-${key}`} name="phone" defaultValue={contact?.phone} invalid={!!errors.phone} />
          </Field>
          <Field label={tx('E-mail')} htmlFor={`ac-email-${key}`} error={errors.email}>
            <Input
              id={`ac-email-${key}`}
              name="email"
              type="email"
              defaultValue={contact?.email}
              invalid={!!errors.email}
            />
          </Field>
          <fieldset>
            <legend className="mb-1 text-sm font-medium">{tx('Receives')}</legend>
            {ALARM_EVENT_NAMES.map((ev) => (
              <label key={ev} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="events"
                  value={ev}
                  defaultChecked={contact ? contact.events.includes(ev) : true}
                />{' '}
                {tx(ALARM_EVENT_LABELS[ev])}
              </label>
            ))}
            {errors.events ? <p className="text-xs text-red-600">{errors.events}</p> : null}
          </fieldset>
        </>
      )}
    </FormDialog>
  );
}

/** A contact's row: its fields, then Yes/No under each alarm event's column. */
type ContactRow = TableRow & Record<string, unknown>;

/**
 * Notifications and Alarms (R-APP-10): up to five contacts per application, each with the events
 * it hears about by e-mail and SMS (and always in the notification centre).
 */

export function AlarmContacts({
  sdkAppId,
  contacts,
  canEdit,
}: {
  sdkAppId: string;
  contacts: Contact[];
  canEdit: boolean;
}) {
  const tx = useText();
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500">
        {tx(
          'Alarms are always recorded in the notification centre. Contacts also get the events they chose by e-mail and by SMS from the platform (at most {max} contacts).',
          { max: MAX_ALARM_CONTACTS },
        )}
      </p>
      <DataTable<ContactRow>
        label={tx('Alarm contacts')}
        columns={[
          { key: 'name', header: tx('Name'), data: true },
          { key: 'phone', header: tx('Phone'), kind: 'phone' },
          { key: 'email', header: tx('E-mail'), data: true },
          ...ALARM_EVENT_NAMES.map((e) => ({ key: e, header: tx(ALARM_EVENT_LABELS[e]) })),
          { key: 'actions', header: tx('Actions'), kind: 'node' },
        ]}
        rows={contacts.map((c) => ({
          id: c.id,
          name: c.name,
          phone: c.maskedPhone,
          email: c.email,
          ...Object.fromEntries(ALARM_EVENT_NAMES.map((e) => [e, c.events.includes(e) ? tx('Yes') : tx('No')])),
          actions: canEdit ? (
            <span className="flex gap-3">
              <ContactDialog sdkAppId={sdkAppId} contact={c} label={tx('Edit')} />
              <DeleteButton
                title={tx('Delete alarm contact {name}?', { name: c.name })}
                body={tx('The contact stops receiving alarms of this application. This cannot be undone.')}
                action={() => deleteAlarmContactAction(sdkAppId, c.id)}
              />
            </span>
          ) : null,
        }))}
        empty={<p className="py-6 text-center text-slate-500">{tx('No alarm contacts yet.')}</p>}
      />
      {canEdit ? (
        <ContactDialog
          sdkAppId={sdkAppId}
          label={tx('Add alarm contact')}
          disabled={contacts.length >= MAX_ALARM_CONTACTS}
        />
      ) : null}
    </div>
  );
}
