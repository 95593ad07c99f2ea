import Link from 'next/link';
import { PageHeader } from '@/components/layout/page-header';
import { Card, DataTable, StatusBadge } from '@/components/ui/card';
import { formatDateTime } from '@/lib/domain/format';
import { KIND_LABELS } from '@/lib/server/content/reviewed';
import { listReviewQueue } from '@/lib/server/review/review-queue';
import { requirePlatformPage } from '@/lib/server/session';

function age(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  return h < 48 ? `${h} h ${minutes % 60} min` : `${Math.floor(h / 24)} days`;
}

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ kind?: string; account?: string; minAgeHours?: string; decided?: string; item?: string }> }) {
  const ctx = await requirePlatformPage(['reviewer', 'admin']);
  const filters = await searchParams;
  const items = listReviewQueue(ctx, { kind: filters.kind || undefined, account: filters.account || undefined, minAgeHours: filters.minAgeHours || undefined });
  const late = items.filter((i) => i.late).length;
  return (
    <div className="space-y-4">
      <PageHeader title="Review Queue" crumbs={[{ label: 'Review' }]} />
      {filters.decided === 'approved' || filters.decided === 'rejected' ? (
        <p role="status" className="rounded-sm bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Decision recorded: {(filters.item ?? 'the item').replace(/[^\w #-]/g, '')} {filters.decided}. The customer has been notified.
        </p>
      ) : null}
      <p className="text-xs text-slate-500">
        Review hours (Beijing time): Monday–Friday 09:00–21:00, Saturday–Sunday 09:00–18:00; decisions are due within 2 review hours. {items.length} pending, {late} late.
      </p>
      <Card>
        <form method="get" role="search" className="mb-3 flex flex-wrap gap-2">
          <select name="kind" defaultValue={filters.kind ?? ''} aria-label="Kind" className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All kinds</option>
            <option value="qualification">Qualifications</option>
            <option value="signature">Signatures</option>
            <option value="template">Body templates</option>
            <option value="unsubscribe_removal">Unsubscribe removals</option>
          </select>
          <input name="account" defaultValue={filters.account ?? ''} placeholder="Account name or ID" aria-label="Account" className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm" />
          <select name="minAgeHours" defaultValue={filters.minAgeHours ?? ''} aria-label="Age" className="rounded-sm border border-slate-300 bg-white px-2 py-1.5 text-sm">
            <option value="">Any age</option>
            <option value="1">Older than 1 hour</option>
            <option value="2">Older than 2 hours</option>
            <option value="24">Older than 1 day</option>
          </select>
          <button type="submit" className="rounded-sm border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-500">Filter</button>
        </form>
        <DataTable head={['Kind', 'Item', 'Account', 'Submitted', 'Age', 'Expected by', '']} empty={items.length === 0 ? <p className="py-8 text-center text-slate-500">Nothing waiting for review.</p> : null}>
          {items.map((i) => (
            <tr key={`${i.kind}-${i.id}`} className={i.late ? 'bg-red-50' : undefined} data-late={i.late || undefined}>
              <td className="px-3 py-2">{KIND_LABELS[i.kind]}{i.region ? <span className="ml-1 text-xs text-slate-500">({i.region})</span> : null}</td>
              <td className="px-3 py-2 font-medium">{i.title}</td>
              <td className="px-3 py-2">{i.accountName} <span className="text-xs text-slate-500">{i.uin}</span></td>
              <td className="px-3 py-2 text-xs">{formatDateTime(i.submittedAt)}</td>
              <td className="px-3 py-2 text-xs">{age(i.ageMinutes)}</td>
              <td className="px-3 py-2 text-xs">
                {formatDateTime(i.expectedBy)} {i.late ? <StatusBadge tone="red">Late</StatusBadge> : null}
              </td>
              <td className="px-3 py-2">
                <Link className="text-brand-500 hover:underline" href={`/review/${i.kind}/${i.id}`}>Review</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
