'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field, Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { callbackUrlInput, type CallbackUrlInput } from '@/lib/schemas/callbacks';

type Result<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** A signing secret, shown once after it was made. */
function SecretOnce({ secret }: { secret: string }) {
  const tx = useText();
  return (
    <div role="status" className="rounded-sm border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <p className="font-medium">{tx('Signing secret — copy it now, it is not shown again:')}</p>
      <code className="mt-1 block break-all font-mono" data-testid="callback-secret">
        {secret}
      </code>
      <p className="mt-1 text-xs">
        {tx(
          'Each push carries X-SMS-Timestamp and X-SMS-Signature (sha256=HMAC-SHA256 of "timestamp.body" with this secret).',
        )}
      </p>
    </div>
  );
}

/**
 * One callback URL (R-APP-9 status, R-RPL-1 reply): saved by `save`, empty turns pushes off.
 * Private and loopback targets are refused next to the field.
 */
export function CallbackUrlForm({
  id,
  label,
  url,
  hint,
  save,
  rotate,
}: {
  id: string;
  label: string;
  url: string | null;
  hint: string;
  save: (input: CallbackUrlInput) => Promise<Result<{ secret: string | null }>>;
  rotate?: () => Promise<Result<{ secret: string }>>;
}) {
  const tx = useText();
  const router = useRouter();
  const { pending, errors, message, setMessage, submit } = useFormAction<{ secret: string | null }>();
  const [secret, setSecret] = useState<string | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('url') ?? '');
    submit(callbackUrlInput, { url: value }, save, (data) => {
      setSecret(data.secret);
      setMessage({ ok: true, text: value.trim() ? tx('Callback URL saved.') : tx('Callbacks turned off.') });
      router.refresh();
    });
  }
  return (
    <div className="space-y-3">
      <form method="post" onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-64 flex-1">
          <Field label={label} htmlFor={id} error={errors.url} hint={hint}>
            <Input
              id={id}
              name="url"
              type="url"
              defaultValue={url ?? ''}
              placeholder="https://example.com/sms/callback"
              invalid={!!errors.url}
            />
          </Field>
        </div>
        <div className="space-y-1 pb-5">
          <Button type="submit" disabled={pending}>
            {tx('Save')}
          </Button>
        </div>
        {rotate && url ? (
          <div className="pb-5">
            <ConfirmButton
              label={tx('Rotate signing secret')}
              title={tx('Rotate the signing secret')}
              body={
                <p>
                  {tx(
                    'A new secret signs every push from now on; receivers checking the old one will reject them until they are updated.',
                  )}
                </p>
              }
              confirmLabel={tx('Rotate')}
              onConfirm={async () => {
                const res = await rotate();
                if (!res.ok) return res.message;
                setSecret(res.data.secret);
                return null;
              }}
            />
          </div>
        ) : null}
        <div className="pb-5">
          <FormMessage message={message} />
        </div>
      </form>
      {secret ? <SecretOnce secret={secret} /> : null}
    </div>
  );
}
