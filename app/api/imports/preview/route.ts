import { AppError } from '@/lib/server/errors';
import { withRoute } from '@/lib/server/http/respond';
import { discardUpload, saveUpload } from '@/lib/server/http/upload';
import { previewFile } from '@/lib/server/imports/column-mappings';

export const dynamic = 'force-dynamic';

/**
 * POST a recipient file with ?region=&templateId=&signatureId= (bulk task) or ?purpose=group
 * (customer group): its first rows and the suggested column mapping.
 */
export function POST(req: Request) {
  return withRoute(async (ctx) => {
    const url = new URL(req.url);
    const group = url.searchParams.get('purpose') === 'group';
    const templateId = Number(url.searchParams.get('templateId'));
    if (!group && !templateId)
      throw new AppError('INVALID_INPUT', 'Choose a template first.', { templateId: 'Choose a template.' });
    const file = await saveUpload(req);
    try {
      const region = url.searchParams.get('region') === 'international' ? 'international' : 'mainland';
      const signatureId = Number(url.searchParams.get('signatureId')) || null;
      return Response.json(
        await previewFile(ctx, group ? { file, group: true } : { file, region, templateId, signatureId }),
      );
    } finally {
      discardUpload(file);
    }
  });
}
