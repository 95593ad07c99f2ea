'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { modifyApplicationAction } from '../../actions';

export function ModifyApplicationDialog({ sdkAppId, name, overview }: { sdkAppId: string; name: string; overview: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    start(async () => {
      const res = await modifyApplicationAction({
        sdkAppId,
        name: String(data.get('name') ?? ''),
        overview: String(data.get('overview') ?? ''),
      });
      if (!res.ok) {
        setErrors(res.fieldErrors ?? {});
        setMessage({ ok: false, text: res.message });
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <>
      <Button variant="secondary" onClick={() => (setErrors({}), setMessage(null), setOpen(true))}>
        Modify Application
      </Button>
      <Dialog open={open} title="Modify Application" onClose={() => setOpen(false)}>
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <Field label="Application Name" htmlFor="edit-app-name" error={errors.name}>
            <Input id="edit-app-name" name="name" defaultValue={name} maxLength={30} invalid={!!errors.name} />
          </Field>
          <Field label="Application Overview" htmlFor="edit-app-overview" error={errors.overview}>
            <TextArea id="edit-app-overview" name="overview" defaultValue={overview} rows={3} maxLength={200} />
          </Field>
          <FormMessage message={message} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              Modify
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
