// Inputs of the content verbs: signatures and body templates (qualifications' fields depend
// on the account's identity type, so their verb picks the schema itself).
import { z } from 'zod';
import { REGIONS } from '@/db/enums';
import { SIGNATURE_TYPES } from '@/lib/domain/sms/signature';
import { TEMPLATE_TYPES } from '@/lib/domain/sms/template';
import { id } from './common';

export const signatureFields = z.object({
  region: z.enum(REGIONS),
  purpose: z.enum(['self', 'other'], { message: 'Choose self-use or other-use.' }),
  qualificationId: z.coerce.number().int().positive().optional(),
  type: z.enum(SIGNATURE_TYPES, { message: 'Choose a signature type.' }),
  content: z.string().trim(),
  notes: z.string().trim().max(500, 'At most 500 characters.').default(''),
});
export type SignatureFields = z.output<typeof signatureFields>;

export const templateFields = z.object({
  region: z.enum(REGIONS),
  name: z.string().trim().min(1, 'Enter a template name.').max(30, 'At most 30 characters.'),
  type: z.enum(TEMPLATE_TYPES, { message: 'Choose an SMS type.' }),
  content: z.string(),
  notes: z.string().trim().max(500, 'At most 500 characters.').default(''),
});
export type TemplateFields = z.output<typeof templateFields>;

/** A new template, or (with its id) a change to one that is pending or rejected. */
export const templateInput = templateFields.extend({ id: id.optional() });
