import { AppError } from '@/lib/server/errors';
import { importIntoGroup } from '@/lib/server/clients/groups';
import { mappingParam } from '@/lib/server/http/mapping-param';
import { withRoute } from '@/lib/server/http/respond';
import { discardUpload, saveUpload } from '@/lib/server/http/upload';

export const dynamic = 'force-dynamic';

/** POST a CSV/XLSX file with ?groupId= (existing group) or ?name=&region= (new group) (R-CON-1). */
export function POST(req: Request) {
  return withRoute(async (ctx) => {
    const url = new URL(req.url);
    const groupId = Number(url.searchParams.get('groupId')) || null;
    const name = url.searchParams.get('name') ?? '';
    if (!groupId && !name.trim())
      throw new AppError('INVALID_INPUT', 'Choose a group or name a new one.', { name: 'Enter a group name.' });
    const mapping = mappingParam(url);
    const file = await saveUpload(req);
    try {
      const target = groupId ? { groupId } : { newGroup: { name, region: url.searchParams.get('region') ?? '' } };
      return Response.json(await importIntoGroup(ctx, { ...target, file, mapping }));
    } finally {
      discardUpload(file);
    }
  });
}
