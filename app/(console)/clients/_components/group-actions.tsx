'use client';
import { groupInput } from '@/lib/schemas/clients';
import { useText } from '@/i18n/text';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, Input, Select } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { createGroupAction, deleteGroupAction, removeNumbersAction } from '../actions';

/** View Numbers, Send SMS and Delete for a group (R-CON-2). */
export function GroupActions({ id, name, region, count }: { id: number; name: string; region: string; count: number }) {
  const tx = useText();
  const router = useRouter();
  return (
    <span className="flex gap-3">
      <Link className="text-brand-500 hover:underline" href={`/clients/${id}`}>
        {tx('View Numbers')}
      </Link>
      <Link className="text-brand-500 hover:underline" href={`/${region}/tasks/new?group=${id}`}>
        {tx('Send SMS')}
      </Link>
      <ConfirmButton
        label={tx('Delete')}
        variant="link"
        danger
        confirmLabel={tx('Delete')}
        title={tx('Delete group {name}?', { name })}
        body={
          <p>
            {tx(
              'The group and its {n} numbers are removed from the customer pool. Tasks already created keep their recipients. This cannot be undone.',
              { n: count },
            )}
          </p>
        }
        onConfirm={async () => {
          const res = await deleteGroupAction(id);
          if (!res.ok) return res.message;
          router.refresh();
          return null;
        }}
      />
    </span>
  );
}

export function RemoveNumberButton({ id }: { id: string }) {
  const tx = useText();
  const router = useRouter();
  return (
    <Button variant="link" onClick={async () => (await removeNumbersAction([id]), router.refresh())}>
      {tx('Remove')}
    </Button>
  );
}

/** Create (message type, name) an empty group (R-CON-2). */
export function CreateGroupForm() {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, submit } = useFormAction<{ id: number }>();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        submit(
          groupInput,
          { name: String(f.get('name') ?? ''), region: String(f.get('region') ?? '') },
          createGroupAction,
          () => router.refresh(),
        );
      }}
    >
      <Field label={tx('Group name')} htmlFor="create-group-name" error={errors.name}>
        <Input id="create-group-name" name="name" invalid={!!errors.name} />
      </Field>
      <Field label={tx('Message type')} htmlFor="create-group-region">
        <Select id="create-group-region" name="region" defaultValue="mainland">
          <option value="mainland">{tx('Mainland China')}</option>
          <option value="international">{tx('International')}</option>
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {tx('Create')}
      </Button>
      {message ? <FormMessage message={message} /> : null}
    </form>
  );
}
