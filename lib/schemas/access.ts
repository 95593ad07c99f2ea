import { z } from 'zod';
import { newPasswordField } from './password';

export const policyInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the policy.')
    .max(64, 'At most 64 characters.')
    .regex(/^[A-Za-z0-9_\-+=,.@]+$/, 'Letters, digits and + = , . @ _ - only.'),
  description: z.string().trim().max(300, 'At most 300 characters.').default(''),
  document: z.string().max(20_000, 'At most 20,000 characters.'),
});
export type PolicyInput = z.output<typeof policyInput>;

export const subUserInput = z.object({
  name: z.string().trim().min(1, 'Enter the user’s name.').max(60, 'At most 60 characters.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  password: newPasswordField,
  policies: z.array(z.string()).max(20).default([]),
});
export type SubUserInput = z.output<typeof subUserInput>;
