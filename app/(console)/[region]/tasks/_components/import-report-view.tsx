import { uiText, useText } from '@/i18n/text';
import { formatCount, formatYuan } from '@/lib/domain/format';

export interface ImportReportData {
  import: {
    id: number;
    totalRows: number;
    validRows: number;
    duplicateRows: number;
    rejectedRows: number;
    billableTotal: number;
    region: string;
  };
  rejects: { rowNumber: number; raw: string; reason: string }[];
  coverage: { packageId: number; name: string; covers: number }[];
  uncovered: number;
  costLi: number;
  countries: { isoCountry: string; billable: number; priceLi: number; amountLi: number }[];
}

/** R-SND-3: what will be sent and what it costs, before "Confirm Send". */
export function ImportReportView({ report }: { report: ImportReportData }) {
  const tx = useText();
  const r = report.import;
  return (
    <section
      aria-label={tx('Import report')}
      className="space-y-3 rounded-sm border border-slate-200 bg-slate-50 p-4 text-sm"
    >
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        {(
          [
            [uiText('Rows in file'), r.totalRows],
            [uiText('Valid numbers'), r.validRows],
            [uiText('Duplicates removed'), r.duplicateRows],
            [uiText('Rejected rows'), r.rejectedRows],
            [uiText('Billed messages'), r.billableTotal],
          ] as const
        ).map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs text-slate-500">{tx(k)}</dt>
            <dd
              className="text-lg font-semibold tabular-nums"
              data-testid={`report-${k.toLowerCase().replace(/ /g, '-')}`}
            >
              {formatCount(v)}
            </dd>
          </div>
        ))}
      </dl>
      {report.rejects.length > 0 ? (
        <div>
          <div className="mb-1 flex items-center justify-between">
            <h3 className="font-medium">{tx('Rejected rows')}</h3>
            <a className="text-brand-500 hover:underline" href={`/api/imports/${r.id}/rejects`}>
              {tx('Download rejected rows')}
            </a>
          </div>
          <ul className="max-h-40 overflow-y-auto rounded-sm bg-white p-2 text-xs">
            {report.rejects.map((x) => (
              <li key={x.rowNumber}>
                {tx('Row')} {x.rowNumber}: {x.reason} <span className="text-slate-400">({x.raw})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.region === 'mainland' ? (
        <div>
          <h3 className="font-medium">
            {tx('Cost: {n} messages from your packages', { n: formatCount(r.billableTotal) })}
          </h3>
          <ul className="text-xs">
            {report.coverage.map((c) => (
              <li key={c.packageId}>
                {tx('Package #{id}', { id: c.packageId })} {c.name}: {formatCount(c.covers)}
              </li>
            ))}
          </ul>
          {report.uncovered > 0 ? (
            <p role="alert" className="mt-1 text-red-700">
              {tx(
                'Your packages do not cover {n} messages: those will fail with 1031 (insufficient package) and cost nothing. Buy a package first.',
                { n: formatCount(report.uncovered) },
              )}
            </p>
          ) : null}
        </div>
      ) : (
        <div>
          <h3 className="font-medium">
            {tx('Estimated cost: ¥{amount} (price × billed messages, charged the next morning)', {
              amount: formatYuan(report.costLi),
            })}
          </h3>
          <ul className="text-xs">
            {report.countries.map((c) => (
              <li key={c.isoCountry}>
                {c.isoCountry}: {formatCount(c.billable)} × ¥{formatYuan(c.priceLi)} = ¥{formatYuan(c.amountLi)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
