import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { databasePath } from '@/db/client';

let cachedKey: Buffer | null = null;

/**
 * The server's sealing key: API_KEY_SECRET, else a random key generated once into
 * `.api-key-secret` beside the database (an in-memory database gets a per-process key).
 */
function sealingKey(): Buffer {
  if (cachedKey) return cachedKey;
  let material = process.env.API_KEY_SECRET;
  if (!material) {
    const db = databasePath();
    if (db.endsWith(':memory:')) material = randomBytes(32).toString('hex');
    else {
      const file = path.join(path.dirname(db), '.api-key-secret');
      if (!fs.existsSync(file)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
      }
      material = fs.readFileSync(file, 'utf8').trim();
    }
  }
  cachedKey = createHash('sha256').update(material).digest();
  return cachedKey;
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` in base64url. */
export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(
    '.',
  );
}

/** The plain secret, or null when it was sealed with another key (or tampered with). */
export function openSecret(sealed: string): string | null {
  const [v, iv, tag, data] = sealed.split('.');
  if (v !== 'v1' || !iv || !tag || data === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
