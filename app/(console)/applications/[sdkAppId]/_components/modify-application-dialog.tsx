'use client';
import { modifyApplicationInput } from '@/lib/schemas/applications';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { modifyApplicationAction } from '../../actions';

export function ModifyApplicationDialog({
  sdkAppId,
  name,
  overview,
}: {
  sdkAppId: string;
  name: string;
  overview: string;
}) {
  const tx = useText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, errors, message, submit, reset } = useFormAction<void>();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    submit(
      modifyApplicationInput,
      {
        sdkAppId,
        name: String(data.get('name') ?? ''),
        overview: String(data.get('overview') ?? ''),
      },
      modifyApplicationAction,
      () => {
        setOpen(false);
        router.refresh();
      },
    );
  }

  return (
    <>
      <Button variant="secondary" onClick={() => (reset(), setOpen(true))}>
        {tx('Modify Application')}
      </Button>
      <Dialog open={open} title={tx('Modify Application')} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label={tx('Application Name')} htmlFor="edit-app-name" error={errors.name}>
            <Input id="edit-app-name" name="name" defaultValue={name} maxLength={30} invalid={!!errors.name} />
          </Field>
          <Field label={tx('Application Overview')} htmlFor="edit-app-overview" error={errors.overview}>
            <TextArea id="edit-app-overview" name="overview" defaultValue={overview} rows={3} maxLength={200} />
          </Field>
          <FormMessage message={message} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tx('Cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {tx('Modify')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
