import { z } from 'zod';
import { newPasswordField } from './password';

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: newPasswordField,
    confirmPassword: z.string(),
  })
  .refine((d) => d.newPassword === d.confirmPassword, { path: ['confirmPassword'], message: 'The passwords differ.' });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;

export const twoFactorCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app.'),
});
export type TwoFactorCodeInput = z.output<typeof twoFactorCodeInput>;

export const passwordInput = z.object({ password: z.string().min(1, 'Enter your password.') });
export type PasswordInput = z.output<typeof passwordInput>;
