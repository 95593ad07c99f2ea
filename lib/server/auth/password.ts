import bcrypt from 'bcryptjs';
import { z } from 'zod';

const COST = 10;

/** bcrypt hash of a password (cost 10). */
export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, COST);
}

export function verifyPassword(plain: string, hash: string): boolean {
  return bcrypt.compareSync(plain, hash);
}

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
