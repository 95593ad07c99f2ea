'use client';
import { removalRequestInput, unsubscribeQuery } from '@/lib/schemas/clients';
import { uiText, useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { formatDateTime } from '@/lib/domain/format';
import { applyForRemovalAction, queryUnsubscribeAction } from '../actions';

const TYPE: Record<string, string> = {
  verification: uiText('Verification code'),
  notification: uiText('Notification'),
  marketing: uiText('Marketing'),
};

interface Status {
  phone: string;
  signature: string;
  application: string;
  types: { type: string; unsubscribedAt: Date | string | null; reply: string | null }[];
  pendingRequestId: number | null;
}

/** R-UNS-2: query a number by application and signature; apply for removal with a reason. */
export function UnsubscribeQuery({
  region,
  apps,
  signatures,
}: {
  region: string;
  apps: { sdkAppId: string; name: string }[];
  signatures: { id: number; content: string }[];
}) {
  const tx = useText();
  const router = useRouter();
  const query = useFormAction<Status>();
  const apply = useFormAction<{ id: number }>();
  const [status, setStatus] = useState<Status | null>(null);
  const [input, setInput] = useState<{ phone: string; sdkAppId: string; signatureId: string } | null>(null);

  function onQuery(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const q = {
      phone: String(f.get('phone') ?? ''),
      sdkAppId: String(f.get('sdkAppId') ?? ''),
      signatureId: String(f.get('signatureId') ?? ''),
    };
    setStatus(null);
    apply.reset();
    query.submit(unsubscribeQuery, { region, ...q }, queryUnsubscribeAction, (s) => (setStatus(s), setInput(q)));
  }

  function onApply(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!input) return;
    const reason = String(new FormData(e.currentTarget).get('reason') ?? '');
    apply.submit(removalRequestInput, { region, ...input, reason }, applyForRemovalAction, (r) => {
      apply.setMessage({ ok: true, text: tx('Removal request #{id} was sent for review.', { id: r.id }) });
      setStatus((s) => (s ? { ...s, pendingRequestId: r.id } : s));
      router.refresh();
    });
  }

  const unsubscribed = status?.types.some((t) => t.unsubscribedAt) ?? false;
  return (
    <div className="space-y-4">
      <form
        onSubmit={onQuery}
        className="grid grid-cols-1 items-start gap-3 md:grid-cols-4"
        noValidate
        aria-label={tx('Query unsubscription')}
      >
        <Field label={tx('Mobile number')} htmlFor="uq-phone" error={query.errors.phone}>
          <Input
            id="uq-phone"
            name="phone"
            invalid={!!query.errors.phone}
            placeholder={region === 'mainland' ? '13800138000' : '+85261234567'}
          />
        </Field>
        <Field label={tx('Application')} htmlFor="uq-app" error={query.errors.sdkAppId}>
          <Select id="uq-app" name="sdkAppId" invalid={!!query.errors.sdkAppId}>
            {apps.map((a) => (
              <option key={a.sdkAppId} value={a.sdkAppId}>
                {a.name} ({a.sdkAppId})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={tx('Signature')} htmlFor="uq-sig" error={query.errors.signatureId}>
          <Select id="uq-sig" name="signatureId" invalid={!!query.errors.signatureId}>
            {signatures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.content}
              </option>
            ))}
          </Select>
        </Field>
        <div className="pt-6">
          <Button type="submit" disabled={query.pending}>
            {tx('Query')}
          </Button>
        </div>
      </form>
      <FormMessage message={query.message} />
      {status ? (
        <section aria-label={tx('Unsubscription status')} className="space-y-3 rounded-sm border border-slate-200 p-4">
          <p className="text-sm">
            {tx('{phone} with signature 【{signature}】, application {application}:', {
              phone: status.phone,
              signature: status.signature,
              application: status.application,
            })}
          </p>
          <DataTable
            caption={tx('Status per message type')}
            columns={[
              { key: 'type', header: tx('Message type') },
              { key: 'status', header: tx('Status'), kind: 'node' },
              { key: 'since', header: tx('Since') },
            ]}
            rows={status.types.map((t) => ({
              id: t.type,
              type: tx(TYPE[t.type]),
              status: t.unsubscribedAt ? (
                <strong className="text-red-700">{tx('Unsubscribed')}</strong>
              ) : (
                tx('Subscribed')
              ),
              since: t.unsubscribedAt
                ? tx('{time} (reply “{reply}”)', {
                    time: formatDateTime(new Date(t.unsubscribedAt)),
                    reply: t.reply ?? '?',
                  })
                : '—',
            }))}
          />
          {status.pendingRequestId ? (
            <p className="text-sm text-slate-600">
              {tx('Removal request #{id} is waiting for review.', { id: status.pendingRequestId ?? '' })}
            </p>
          ) : unsubscribed ? (
            <form onSubmit={onApply} className="space-y-2" noValidate aria-label={tx('Apply for removal')}>
              <Field
                label={tx('Reason for removal')}
                htmlFor="uq-reason"
                error={apply.errors.reason}
                hint={tx('e.g. the user asked to receive messages again.')}
              >
                <TextArea id="uq-reason" name="reason" rows={2} invalid={!!apply.errors.reason} />
              </Field>
              <Button type="submit" variant="secondary" disabled={apply.pending}>
                {tx('Apply for removal')}
              </Button>
            </form>
          ) : (
            <p className="text-sm text-slate-600">{tx('The number is not unsubscribed from this signature.')}</p>
          )}
          <FormMessage message={apply.message} />
        </section>
      ) : null}
    </div>
  );
}
