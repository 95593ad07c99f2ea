import ExcelJS from 'exceljs';
import { csvLine } from '@/lib/domain/export/cells';
import { templateNeeds } from '@/lib/domain/sending/rows';
import { getTemplate } from '@/lib/server/content/read-content';
import { csvResponse, withRoute } from '@/lib/server/http/respond';

export const dynamic = 'force-dynamic';

/** The standard recipient file for a template (R-SND-1): phone, then one column per variable, with an example row. */
export function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return withRoute(async (ctx) => {
    const t = getTemplate(ctx, Number((await params).id));
    const needs = templateNeeds(t.content);
    const header = ['phone', ...Array.from({ length: needs.numbered }, (_, i) => `variable${i + 1}`), ...needs.named];
    const example = [
      t.region === 'mainland' ? '13812345678' : '+85261234567',
      ...header.slice(1).map((h) => `value of ${h}`),
    ];
    const format = new URL(req.url).searchParams.get('format');
    if (format === 'xlsx') {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('recipients');
      ws.addRow(header);
      ws.addRow(example);
      ws.getColumn(1).numFmt = '@';
      ws.getColumn(1).width = 18;
      const buf = await wb.xlsx.writeBuffer();
      return new Response(new Uint8Array(buf as ArrayBuffer), {
        headers: {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': `attachment; filename="template-${t.id}-recipients.xlsx"`,
        },
      });
    }
    return csvResponse(`template-${t.id}-recipients.csv`, `${csvLine(header)}\r\n${example.join(',')}\r\n`);
  });
}
