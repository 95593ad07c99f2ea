import bcrypt from 'bcryptjs';

const COST = 10;

/** bcrypt hash of a password (cost 10). */
export function hashPassword(plain: string): string {
  return bcrypt.hashSync(plain, COST);
}

export function verifyPassword(plain: string, hash: string): boolean {
  return bcrypt.compareSync(plain, hash);
}
