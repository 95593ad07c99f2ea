'use client';
import { createApplicationInput } from '@/lib/schemas/applications';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { createApplicationAction } from '../actions';

export function CreateApplicationDialog({ disabled }: { disabled: boolean }) {
  const tx = useText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { pending, errors, message, submit, reset } = useFormAction<{ sdkAppId: string }>();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const tags = String(data.get('tags') ?? '')
      .split(/[,，]/)
      .map((t) => t.trim())
      .filter(Boolean);
    submit(
      createApplicationInput,
      {
        name: String(data.get('name') ?? ''),
        overview: String(data.get('overview') ?? ''),
        tags,
      },
      createApplicationAction,
      ({ sdkAppId }) => {
        setOpen(false);
        router.push(`/applications/${sdkAppId}`);
      },
    );
  }

  return (
    <>
      <Button
        disabled={disabled}
        onClick={() => (reset(), setOpen(true))}
        title={disabled ? tx('The 500-application limit is reached.') : undefined}
      >
        {tx('Create Application')}
      </Button>
      <Dialog open={open} title={tx('Create Application')} onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label={tx('Application Name')} htmlFor="app-name" error={errors.name}>
            <Input id="app-name" name="name" maxLength={30} invalid={!!errors.name} />
          </Field>
          <Field label={tx('Application Overview')} htmlFor="app-overview" error={errors.overview}>
            <TextArea id="app-overview" name="overview" rows={3} maxLength={200} invalid={!!errors.overview} />
          </Field>
          <Field
            label={tx('Application Tag')}
            htmlFor="app-tags"
            error={errors.tags}
            hint={tx('Optional; separate tags with commas.')}
          >
            <Input id="app-tags" name="tags" invalid={!!errors.tags} />
          </Field>
          <FormMessage message={message} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {tx('Cancel')}
            </Button>
            <Button type="submit" disabled={pending}>
              {tx('Create')}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
