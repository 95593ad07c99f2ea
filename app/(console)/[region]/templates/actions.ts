'use server';
import { revalidatePath } from 'next/cache';
import { runAction, serverAction } from '@/lib/server/action';
import { submitTemplate } from '@/lib/server/templates/submit-template';
import { deleteContent } from '@/lib/server/content/delete-content';
import { templateInput } from '@/lib/schemas/content';

export const submitTemplateAction = serverAction(templateInput, (ctx, { id, ...fields }) =>
  submitTemplate(ctx, { id, fields }),
);

export async function deleteTemplateAction(id: number) {
  const res = await runAction((ctx) => deleteContent(ctx, 'template', Number(id)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
