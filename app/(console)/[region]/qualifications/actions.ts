'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { filesOf } from '@/lib/server/form-data';
import { textFields } from '@/lib/schemas/check';
import { submitQualification, QUALIFICATION_IMAGES } from '@/lib/server/qualifications/submit-qualification';
import { deleteQualifications } from '@/lib/server/qualifications/delete-qualifications';
import { boundSignatures } from '@/lib/server/qualifications/read-qualifications';

export async function submitQualificationAction(form: FormData) {
  const files = await filesOf(form, QUALIFICATION_IMAGES);
  const { id, revision, ...fields } = textFields(form);
  const res = await runAction((ctx) =>
    submitQualification(ctx, {
      id: id ? Number(id) : undefined,
      revision: revision ? Number(revision) : undefined,
      fields,
      files,
    }),
  );
  if (res.ok) revalidatePath('/mainland/qualifications', 'layout');
  return res;
}

export async function boundSignaturesAction(ids: number[]) {
  return runAction((ctx) => boundSignatures(ctx, ids.map(Number)));
}

export async function deleteQualificationsAction(ids: number[]) {
  const res = await runAction((ctx) => deleteQualifications(ctx, ids));
  if (res.ok) revalidatePath('/mainland', 'layout');
  return res;
}
