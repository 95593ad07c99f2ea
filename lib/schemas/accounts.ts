import { z } from 'zod';
import { IDENTITY_TYPES } from '@/db/enums';
import { newPasswordField } from './password';

export const accountIdentityInput = z.object({
  accountId: z.coerce.number().int().positive(),
  identity: z.enum(IDENTITY_TYPES),
});
export type AccountIdentityInput = z.output<typeof accountIdentityInput>;

export const createAccountInput = z.object({
  realName: z.string().trim().min(2, 'Enter the company or person name.').max(100, 'At most 100 characters.'),
  identity: z.enum(IDENTITY_TYPES, { message: 'Choose enterprise or individual.' }),
  ownerName: z.string().trim().min(1, 'Enter the owner’s name.').max(60),
  ownerEmail: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  ownerPassword: newPasswordField,
});
export type CreateAccountInput = z.output<typeof createAccountInput>;
