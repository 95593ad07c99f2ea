'use client';
import { modifyApplicationInput } from '@/lib/schemas/applications';
import { useText } from '@/i18n/text';
import { useRouter } from 'next/navigation';
import { Field, Input, TextArea } from '@/components/ui/field';
import { FormDialog } from '@/components/ui/form-dialog';
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
  return (
    <FormDialog
      trigger={tx('Modify Application')}
      triggerVariant="secondary"
      title={tx('Modify Application')}
      schema={modifyApplicationInput}
      values={(f) => ({ sdkAppId, name: f.name ?? '', overview: f.overview ?? '' })}
      action={modifyApplicationAction}
      submitLabel={tx('Modify')}
      onDone={() => router.refresh()}
    >
      {(errors) => (
        <>
          <Field label={tx('Application Name')} htmlFor="edit-app-name" error={errors.name}>
            <Input id="edit-app-name" name="name" defaultValue={name} maxLength={30} invalid={!!errors.name} />
          </Field>
          <Field label={tx('Application Overview')} htmlFor="edit-app-overview" error={errors.overview}>
            <TextArea id="edit-app-overview" name="overview" defaultValue={overview} rows={3} maxLength={200} />
          </Field>
        </>
      )}
    </FormDialog>
  );
}
