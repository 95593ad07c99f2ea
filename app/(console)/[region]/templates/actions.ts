'use server';
import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/server/action';
import { submitTemplate } from '@/lib/server/templates/submit-template';
import { deleteContent } from '@/lib/server/content/delete-content';

export async function submitTemplateAction(input: {
  id?: number;
  region: string;
  name: string;
  type: string;
  content: string;
  notes: string;
}) {
  const { id, ...fields } = input;
  const res = await runAction((ctx) => submitTemplate(ctx, { id: id ? Number(id) : undefined, fields }));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}

export async function deleteTemplateAction(id: number) {
  const res = await runAction((ctx) => deleteContent(ctx, 'template', Number(id)));
  if (res.ok) revalidatePath('/', 'layout');
  return res;
}
