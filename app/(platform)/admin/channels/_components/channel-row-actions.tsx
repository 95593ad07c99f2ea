'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { testMessageInput } from '@/lib/schemas/channels';
import { deleteChannelAction, sendTestMessageAction, setChannelEnabledAction } from '../actions';
import { ChannelForm, type ChannelFormValues } from './channel-form';

/** Edit, enable/disable, send a test message and delete, for one channel row. */
export function ChannelRowActions({
  channel,
  enabled,
}: {
  channel: ChannelFormValues & { id: number };
  enabled: boolean;
}) {
  const tx = useText();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <Button variant="link" onClick={() => setEditing(true)} aria-label={tx('Edit {name}', { name: channel.name })}>
        {tx('Edit')}
      </Button>
      <ConfirmButton
        variant="link"
        label={enabled ? tx('Disable') : tx('Enable')}
        title={`${enabled ? tx('Disable') : tx('Enable')} ${channel.name}`}
        body={
          enabled ? (
            <p>
              {tx(
                "The link is closed. Messages routed to it go to their route's next channel, or wait until it is enabled again.",
              )}
            </p>
          ) : (
            <p>{tx('The link connects again and its waiting messages are sent.')}</p>
          )
        }
        confirmLabel={enabled ? tx('Disable') : tx('Enable')}
        onConfirm={async () => {
          const res = await setChannelEnabledAction(channel.id, !enabled);
          if (res.ok) router.refresh();
          return res.ok ? null : res.message;
        }}
      />
      <FormDialog
        trigger={tx('Send test message')}
        triggerVariant="link"
        title={tx('Send test message through {name}', { name: channel.name })}
        schema={testMessageInput}
        values={(f) => ({ phone: f.phone, text: f.text })}
        action={(input) => sendTestMessageAction(channel.id, input)}
        submitLabel={tx('Send')}
        answer={(text) => text}
      >
        {(errors) => (
          <>
            <Field
              label={tx('Phone number')}
              htmlFor={`test-phone-${channel.id}`}
              error={errors.phone}
              hint={tx('Mainland 13812345678, others with +country code.')}
            >
              <Input id={`test-phone-${channel.id}`} name="phone" invalid={!!errors.phone} />
            </Field>
            <Field
              label={tx('Text')}
              htmlFor={`test-text-${channel.id}`}
              error={errors.text}
              hint={tx('Sent as typed; not billed and not in the records.')}
            >
              <TextArea
                id={`test-text-${channel.id}`}
                name="text"
                rows={3}
                defaultValue="【SMS Console】Test message"
                invalid={!!errors.text}
              />
            </Field>
          </>
        )}
      </FormDialog>
      <ConfirmButton
        variant="link"
        danger
        label={tx('Delete')}
        title={tx('Delete {name}', { name: channel.name })}
        body={<p>{tx('The channel and its stored credentials are deleted. This cannot be undone.')}</p>}
        confirmLabel={tx('Delete')}
        onConfirm={async () => {
          const res = await deleteChannelAction(channel.id);
          if (res.ok) router.refresh();
          return res.ok ? null : res.message;
        }}
      />
      <Dialog open={editing} title={tx('Edit {name}', { name: channel.name })} onClose={() => setEditing(false)}>
        <ChannelForm initial={channel} onDone={() => setEditing(false)} />
      </Dialog>
    </div>
  );
}
