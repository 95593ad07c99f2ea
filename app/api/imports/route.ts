import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@/lib/domain/sending/rows';
import { AppError } from '@/lib/server/errors';
import { withRoute } from '@/lib/server/http/respond';
import { createImport } from '@/lib/server/imports/create-import';
import { importReport } from '@/lib/server/imports/import-report';

export const dynamic = 'force-dynamic';

/** Writes the request body to a temporary file, refusing more than 30 MB as it streams. */
async function saveUpload(req: Request): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) throw new AppError('LIMIT_REACHED', 'The file is larger than 30 MB. Split it and upload each part as its own task.');
  if (!req.body) throw new AppError('INVALID_INPUT', 'Choose a file to upload.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-upload-'));
  const file = path.join(dir, 'upload');
  const out = fs.createWriteStream(file);
  let size = 0;
  try {
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > MAX_FILE_BYTES) throw new AppError('LIMIT_REACHED', 'The file is larger than 30 MB. Split it and upload each part as its own task.');
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

/**
 * POST the raw file (CSV or XLSX) with ?region=&templateId=&signatureId=&fileName=.
 * Answers with the import report of R-SND-3, or a clear error; a refused file creates nothing.
 */
export function POST(req: Request) {
  return withRoute(async (ctx) => {
    const url = new URL(req.url);
    const region = url.searchParams.get('region') === 'international' ? 'international' : 'mainland';
    const templateId = Number(url.searchParams.get('templateId'));
    const signatureId = Number(url.searchParams.get('signatureId')) || null;
    if (!templateId) throw new AppError('INVALID_INPUT', 'Choose a template first.', { templateId: 'Choose a template.' });
    const file = await saveUpload(req);
    try {
      const res = await createImport(ctx, { region, templateId, signatureId, fileName: url.searchParams.get('fileName') ?? 'upload', file });
      return Response.json(importReport(ctx, res.importId));
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
}
