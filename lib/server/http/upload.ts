import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@/lib/domain/sending/rows';
import { AppError } from '../errors';

/** Writes a request body to a temporary file, refusing more than 30 MB as it streams. */
export async function saveUpload(req: Request): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES)
    throw new AppError('LIMIT_REACHED', 'The file is larger than 30 MB. Split it and upload each part separately.');
  if (!req.body) throw new AppError('INVALID_INPUT', 'Choose a file to upload.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-upload-'));
  const file = path.join(dir, 'upload');
  const out = fs.createWriteStream(file);
  let size = 0;
  try {
    for await (const chunk of req.body) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES)
        throw new AppError('LIMIT_REACHED', 'The file is larger than 30 MB. Split it and upload each part separately.');
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  } catch (err) {
    out.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return file;
}

/** Removes a temporary upload. */
export function discardUpload(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
