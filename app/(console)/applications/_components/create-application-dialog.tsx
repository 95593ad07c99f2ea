'use client';
import { createApplicationInput } from '@/lib/schemas/applications';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
import { createApplicationAction } from '../actions';

export function CreateApplicationDialog({ disabled }: { disabled: boolean }) {
  const tx = useText();
  const router = useRouter();
  return (
    <FormDialog
      trigger={tx('Create Application')}
      disabled={disabled}
      disabledReason={tx('The 500-application limit is reached.')}
      title={tx('Create Application')}
      schema={createApplicationInput}
      values={(f) => ({
        name: f.name ?? '',
        overview: f.overview ?? '',
        tags: (f.tags ?? '')
          .split(/[,，]/)
          .map((t) => t.trim())
          .filter(Boolean),
      })}
      action={createApplicationAction}
      submitLabel={tx('Create')}
      onDone={({ sdkAppId }) => router.push(`/applications/${sdkAppId}`)}
    >
      {(errors) => (
        <>
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
        </>
      )}
    </FormDialog>
  );
}
