'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';

type Result = { ok: true; data: void } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** One callback URL (R-APP-9 status, R-RPL-1 reply): saved by `save`, empty turns pushes off. */
export function CallbackUrlForm({ id, label, url, hint, save }: { id: string; label: string; url: string | null; hint: string; save: (url: string) => Promise<Result> }) {
  const router = useRouter();
  const { pending, errors, message, setMessage, run } = useFormAction<void>();
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('url') ?? '');
    run(
      () => save(value),
      () => {
        setMessage({ ok: true, text: value.trim() ? 'Callback URL saved.' : 'Callbacks turned off.' });
        router.refresh();
      },
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex items-end gap-3" noValidate>
      <div className="flex-1">
        <Field label={label} htmlFor={id} error={errors.url} hint={hint}>
          <Input id={id} name="url" type="url" defaultValue={url ?? ''} placeholder="https://example.com/sms/callback" invalid={!!errors.url} />
        </Field>
      </div>
      <div className="space-y-1 pb-5">
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      </div>
      <div className="pb-5">
        <FormMessage message={message} />
      </div>
    </form>
  );
}
