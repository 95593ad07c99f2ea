import { importIntoGroup } from '@/lib/server/clients/groups';
import { mappingParam } from '@/lib/server/http/mapping-param';
import { withRoute } from '@/lib/server/http/respond';
import { discardUpload, saveUpload } from '@/lib/server/http/upload';
import { parseInput } from '@/lib/server/validation';
import { groupTargetInput } from '@/lib/schemas/clients';

export const dynamic = 'force-dynamic';

/** POST a CSV/XLSX file with ?groupId= (existing group) or ?name=&region= (new group) (R-CON-1). */
export function POST(req: Request) {
  return withRoute(async (ctx) => {
    const url = new URL(req.url);
    const target = parseInput(groupTargetInput, Object.fromEntries(url.searchParams));
    const mapping = mappingParam(url);
    const file = await saveUpload(req);
    try {
      return Response.json(await importIntoGroup(ctx, { ...target, file, mapping }));
    } finally {
      discardUpload(file);
    }
  });
}
