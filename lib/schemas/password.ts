import { z } from 'zod';

/** Password policy: 8–64 characters with a letter and a digit. Returns a message or null. */
export function passwordProblem(plain: string): string | null {
  if (plain.length < 8) return 'At least 8 characters.';
  if (plain.length > 64) return 'At most 64 characters.';
  if (!/[A-Za-z]/.test(plain) || !/\d/.test(plain)) return 'Use at least one letter and one digit.';
  return null;
}

/** A zod field enforcing the password policy. */
export const newPasswordField = z.string().superRefine((v, c) => {
  const problem = passwordProblem(v);
  if (problem) c.addIssue({ code: 'custom', message: problem });
});
