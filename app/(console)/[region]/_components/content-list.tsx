// The list signatures and body templates share (R-SIG-4, R-TPL-5): a status and text filter kept
// in the URL, the kind's own columns, then status with the rejection reason and expected review
// time, the time applied, and Details / Modify (while pending or rejected) / Delete.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { ContentStatus } from '@/components/content/content-status';
import { STATUS_FILTERS } from '@/components/content/labels';
import { DataTable, type Column, type TableRow } from '@/components/ui/data-table';
import { FilterBar } from '@/components/ui/filter-bar';
import { getText } from '@/i18n/text-server';
import type { ContentStatus as Status, Region } from '@/db/enums';
import { expectedReviewBy, type ReviewCalendar } from '@/lib/domain/review/hours';
import { DeleteContentButton } from './delete-content-button';

/** What every signature or template has, whatever its kind: its review state and times. */
export interface ContentReview {
  id: number;
  status: Status;
  rejectReason: string | null;
  rejectSuggestion: string | null;
  submittedAt: Date;
  createdAt: Date;
}

/** A row of the list. */
export interface ContentItem extends ContentReview {
  /** How the delete confirmation names it: 【content】 or the template's name. */
  deleteLabel: string;
  /** Shown after the status (an effective signature whose qualification is gone). */
  statusNote?: ReactNode;
}

/** A row of the list: the kind's own values by column key. */
export type ContentRow = TableRow & Record<string, unknown>;

export async function ContentList({
  kind,
  region,
  filter,
  columns,
  items,
  calendar,
}: {
  kind: 'signature' | 'template';
  region: Region;
  filter: { status?: string; q?: string; placeholder: string };
  /** The kind's own columns, between ID and status. */
  columns: Column<ContentRow>[];
  items: { item: ContentItem; row: Record<string, unknown> }[];
  calendar: ReviewCalendar;
}) {
  const tx = await getText();
  const base = `/${region}/${kind === 'signature' ? 'signatures' : 'templates'}`;
  const filtered = Boolean(filter.status || filter.q);
  const emptyText =
    kind === 'signature'
      ? filtered
        ? tx('No signatures match the filter.')
        : tx('No signatures yet.')
      : filtered
        ? tx('No templates match the filter.')
        : tx('No templates yet.');
  const rows: ContentRow[] = items.map(({ item, row }) => ({
    ...row,
    id: item.id,
    status: (
      <>
        <ContentStatus
          status={item.status}
          reason={item.rejectReason}
          suggestion={item.rejectSuggestion}
          expectedBy={item.status === 'pending' ? expectedReviewBy(item.submittedAt, calendar) : null}
        />
        {item.statusNote}
      </>
    ),
    createdAt: item.createdAt,
    operation: (
      <span className="flex gap-3">
        <Link className="text-brand-500 hover:underline" href={`${base}/${item.id}`}>
          {tx('Details')}
        </Link>
        {item.status === 'pending' || item.status === 'rejected' ? (
          <Link className="text-brand-500 hover:underline" href={`${base}/${item.id}/edit`}>
            {tx('Modify')}
          </Link>
        ) : null}
        <DeleteContentButton kind={kind} id={item.id} label={item.deleteLabel} />
      </span>
    ),
  }));
  return (
    <>
      <FilterBar
        fields={[
          {
            kind: 'select',
            name: 'status',
            label: tx('Status'),
            value: filter.status,
            options: STATUS_FILTERS.map(([v, l]) => [v, tx(l)]),
          },
          {
            kind: 'text',
            name: 'q',
            label: tx('Search'),
            placeholder: filter.placeholder,
            value: filter.q,
            wide: true,
          },
        ]}
        submit={tx('Search')}
        clear={{ label: tx('Clear'), href: base }}
      />
      <DataTable
        label={kind === 'signature' ? tx('Signatures') : tx('Body templates')}
        columns={[
          { key: 'id', header: 'ID', kind: 'code', sortable: true },
          ...columns,
          { key: 'status', header: tx('Status/Reason'), kind: 'node' },
          { key: 'createdAt', header: tx('Time Applied'), kind: 'datetime', sortable: true },
          { key: 'operation', header: tx('Operation'), kind: 'node' },
        ]}
        rows={rows}
        empty={<p className="py-8 text-center text-slate-500">{emptyText}</p>}
      />
    </>
  );
}
