import { AppError } from '@/lib/server/errors';
import { mappingParam } from '@/lib/server/http/mapping-param';
import { withRoute } from '@/lib/server/http/respond';
import { discardUpload, saveUpload } from '@/lib/server/http/upload';
import { createImport } from '@/lib/server/imports/create-import';
import { importReport } from '@/lib/server/imports/import-report';

export const dynamic = 'force-dynamic';

/**
 * POST the raw file (CSV or XLSX) with ?region=&templateId=&signatureId=&fileName=[&mapping=].
 * Answers with the import report of R-SND-3, or a clear error; a refused file creates nothing.
 */
export function POST(req: Request) {
  return withRoute(async (ctx) => {
    const url = new URL(req.url);
    const region = url.searchParams.get('region') === 'international' ? 'international' : 'mainland';
    const templateId = Number(url.searchParams.get('templateId'));
    const signatureId = Number(url.searchParams.get('signatureId')) || null;
    if (!templateId)
      throw new AppError('INVALID_INPUT', 'Choose a template first.', { templateId: 'Choose a template.' });
    const mapping = mappingParam(url);
    const file = await saveUpload(req);
    try {
      const res = await createImport(ctx, {
        region,
        templateId,
        signatureId,
        fileName: url.searchParams.get('fileName') ?? 'upload',
        file,
        mapping,
      });
      return Response.json(importReport(ctx, res.importId));
    } finally {
      discardUpload(file);
    }
  });
}
