'use client';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, TextArea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { channelInput } from '@/lib/schemas/channels';
import { addChannelAction, editChannelAction } from '../actions';

type Kind = 'smpp' | 'tencent-cloud' | 'simulator';

export interface ChannelFormValues {
  id?: number;
  kind: Kind;
  name: string;
  config: Record<string, unknown>;
  hasSecret: boolean;
}

const text = (v: unknown, d = '') => (v === undefined || v === null ? d : String(v));

/** The link's pace: messages per second and the window of outstanding requests. */
function RateFields({
  id,
  errors,
  config,
  defaults,
  windowHint,
}: {
  id: (k: string) => string;
  errors: Record<string, string>;
  config: Record<string, unknown>;
  defaults: [string, string];
  windowHint: string;
}) {
  const tx = useText();
  return (
    <>
      <Field
        label={tx('Max messages per second')}
        htmlFor={id('maxPerSecond')}
        error={errors.maxPerSecond}
        hint={tx('0 = no cap.')}
      >
        <Input
          id={id('maxPerSecond')}
          name="maxPerSecond"
          inputMode="numeric"
          defaultValue={text(config.maxPerSecond, defaults[0])}
          invalid={!!errors.maxPerSecond}
        />
      </Field>
      <Field label={tx('Window')} htmlFor={id('window')} error={errors.window} hint={windowHint}>
        <Input
          id={id('window')}
          name="window"
          inputMode="numeric"
          defaultValue={text(config.window, defaults[1])}
          invalid={!!errors.window}
        />
      </Field>
    </>
  );
}

/** Add or edit a channel. Passwords and SecretKeys are write-only: left empty, the stored one stays. */
export function ChannelForm({ initial, onDone }: { initial?: ChannelFormValues; onDone?: () => void }) {
  const tx = useText();
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(initial?.kind ?? 'smpp');
  const { pending, errors, message, setMessage, submit } = useFormAction<unknown>();
  const c = initial?.config ?? {};
  const prefix = initial?.id ? `ch${initial.id}-` : 'new-';
  const id = (k: string) => `${prefix}${k}`;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const get = (k: string) => String(f.get(k) ?? '');
    const common = {
      name: get('name'),
      password: get('password') || undefined,
      maxPerSecond: get('maxPerSecond'),
      window: get('window'),
    };
    const input =
      kind === 'smpp'
        ? {
            kind,
            ...common,
            host: get('host'),
            port: get('port'),
            systemId: get('systemId'),
            systemType: get('systemType'),
            sourceAddr: get('sourceAddr'),
          }
        : kind === 'tencent-cloud'
          ? {
              kind,
              ...common,
              secretId: get('secretId'),
              region: get('region'),
              sdkAppId: get('sdkAppId'),
              endpoint: get('endpoint'),
              protocol: get('protocol'),
              templates: get('templates'),
              signName: get('signName'),
            }
          : { kind, name: get('name') };
    submit(
      channelInput,
      input,
      (checked) => (initial?.id ? editChannelAction(initial.id, checked) : addChannelAction(checked)),
      () => {
        if (!initial) form.reset();
        setMessage({
          ok: true,
          text: initial ? tx('Channel saved; the link reconnects with the new settings.') : tx('Channel added.'),
        });
        router.refresh();
        onDone?.();
      },
    );
  }

  const templates = Object.entries((c.templates as Record<string, string>) ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <Field label={tx('Name')} htmlFor={id('name')} error={errors.name}>
          <Input id={id('name')} name="name" defaultValue={initial?.name} invalid={!!errors.name} />
        </Field>
        <Field label={tx('Type')} htmlFor={id('kind')} error={errors.kind}>
          <Select
            id={id('kind')}
            name="kind"
            value={kind}
            disabled={!!initial}
            onChange={(e) => setKind(e.target.value as Kind)}
          >
            <option value="smpp">{tx('SMPP 3.4 carrier link')}</option>
            <option value="tencent-cloud">{tx('Tencent Cloud SMS relay (cloud API)')}</option>
            <option value="simulator">{tx('Built-in simulator')}</option>
          </Select>
        </Field>
      </div>
      {kind === 'smpp' ? (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field label={tx('Host')} htmlFor={id('host')} error={errors.host}>
            <Input
              id={id('host')}
              name="host"
              defaultValue={text(c.host)}
              placeholder="smsc.example.com"
              invalid={!!errors.host}
            />
          </Field>
          <Field label={tx('Port')} htmlFor={id('port')} error={errors.port}>
            <Input
              id={id('port')}
              name="port"
              inputMode="numeric"
              defaultValue={text(c.port, '2775')}
              invalid={!!errors.port}
            />
          </Field>
          <Field label={tx('System ID')} htmlFor={id('systemId')} error={errors.systemId}>
            <Input
              id={id('systemId')}
              name="systemId"
              defaultValue={text(c.systemId)}
              autoComplete="off"
              invalid={!!errors.systemId}
            />
          </Field>
          <Field
            label={tx('Password')}
            htmlFor={id('password')}
            error={errors.password}
            hint={
              initial?.hasSecret
                ? tx('Stored sealed; leave empty to keep it.')
                : tx('Stored sealed and never shown again.')
            }
          >
            <Input
              id={id('password')}
              name="password"
              type="password"
              autoComplete="new-password"
              invalid={!!errors.password}
            />
          </Field>
          <Field
            label={tx('System type')}
            htmlFor={id('systemType')}
            error={errors.systemType}
            hint={tx('Often empty.')}
          >
            <Input id={id('systemType')} name="systemType" defaultValue={text(c.systemType)} />
          </Field>
          <Field
            label={tx('Source address')}
            htmlFor={id('sourceAddr')}
            error={errors.sourceAddr}
            hint={tx('Sender when a message has no Sender ID.')}
          >
            <Input id={id('sourceAddr')} name="sourceAddr" defaultValue={text(c.sourceAddr)} />
          </Field>
          <RateFields
            id={id}
            errors={errors}
            config={c}
            defaults={['100', '10']}
            windowHint={tx('Submits outstanding at once.')}
          />
        </div>
      ) : kind === 'tencent-cloud' ? (
        <div className="grid grid-cols-1 gap-3 md:grid-cols-3">
          <Field label={tx('SecretId')} htmlFor={id('secretId')} error={errors.secretId}>
            <Input
              id={id('secretId')}
              name="secretId"
              defaultValue={text(c.secretId)}
              autoComplete="off"
              invalid={!!errors.secretId}
            />
          </Field>
          <Field
            label={tx('SecretKey')}
            htmlFor={id('password')}
            error={errors.password}
            hint={
              initial?.hasSecret
                ? tx('Stored sealed; leave empty to keep it.')
                : tx('Stored sealed and never shown again.')
            }
          >
            <Input
              id={id('password')}
              name="password"
              type="password"
              autoComplete="new-password"
              invalid={!!errors.password}
            />
          </Field>
          <Field label={tx('Region')} htmlFor={id('region')} error={errors.region}>
            <Input id={id('region')} name="region" defaultValue={text(c.region, 'ap-guangzhou')} />
          </Field>
          <Field label={tx('SdkAppId')} htmlFor={id('sdkAppId')} error={errors.sdkAppId}>
            <Input id={id('sdkAppId')} name="sdkAppId" defaultValue={text(c.sdkAppId)} invalid={!!errors.sdkAppId} />
          </Field>
          <Field label={tx('Endpoint')} htmlFor={id('endpoint')} error={errors.endpoint} hint={tx('host or host:port')}>
            <Input
              id={id('endpoint')}
              name="endpoint"
              defaultValue={text(c.endpoint, 'sms.tencentcloudapi.com')}
              invalid={!!errors.endpoint}
            />
          </Field>
          <Field label={tx('Protocol')} htmlFor={id('protocol')} error={errors.protocol}>
            <Select id={id('protocol')} name="protocol" defaultValue={text(c.protocol, 'https://')}>
              <option value="https://">{tx('https://')}</option>
              <option value="http://">{tx('http://')}</option>
            </Select>
          </Field>
          <Field
            label={tx('SignName')}
            htmlFor={id('signName')}
            error={errors.signName}
            hint={tx("Empty: each message's own signature.")}
          >
            <Input id={id('signName')} name="signName" defaultValue={text(c.signName)} />
          </Field>
          <RateFields
            id={id}
            errors={errors}
            config={c}
            defaults={['20', '5']}
            windowHint={tx('Requests outstanding at once.')}
          />
          <div className="md:col-span-3">
            <Field
              label={tx('Template mapping')}
              htmlFor={id('templates')}
              error={errors.templates}
              hint={tx('One per line: local template id = upstream TemplateId (e.g. 12=1234567).')}
            >
              <TextArea
                id={id('templates')}
                name="templates"
                rows={3}
                defaultValue={templates}
                invalid={!!errors.templates}
              />
            </Field>
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600">
          {tx(
            "The simulator decides each message's receipt at dispatch: most are delivered, some fail with carrier codes and some never report.",
          )}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {initial ? tx('Save channel') : tx('Add channel')}
        </Button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
