'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { filesOf } from '@/lib/server/form-data';
import { textFields } from '@/lib/schemas/check';
import { submitSignature } from '@/lib/server/signatures/submit-signature';
import { deleteContent } from '@/lib/server/content/delete-content';
import { parseInput } from '@/lib/server/validation';
import { signatureFields } from '@/lib/schemas/content';
import { id as idSchema } from '@/lib/schemas/common';

export async function submitSignatureAction(form: FormData) {
  const files = await filesOf(form, ['proof', 'authLetter']);
  const { id, ...fields } = textFields(form);
  const res = await runAction((ctx) =>
    submitSignature(ctx, {
      id: id ? parseInput(idSchema, id) : undefined,
      fields: parseInput(signatureFields, fields),
      files,
    }),
  );
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function deleteSignatureAction(id: number) {
  const res = await runAction((ctx) => deleteContent(ctx, 'signature', Number(id)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
