'use client';
// The table every list composes (docs/conventions.md #16): column definitions with shared cells,
// on @tanstack/react-table, which sorts and hides columns. A server page passes rows of plain
// values — and, for an action or a link, an element it rendered — so no cell code runs twice.
import { useState, type ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useText } from '@/i18n/text';
import {
  CodeCell,
  CountCell,
  DateTimeCell,
  MoneyCell,
  MoneyChangeCell,
  PercentCell,
  PhoneCell,
  StatusCell,
  type StatusValue,
} from './cells';

/** How a column's values read: the shared cells, or an element the page rendered (`node`). */
export type CellKind =
  'text' | 'code' | 'phone' | 'count' | 'money' | 'money-change' | 'percent' | 'datetime' | 'status' | 'node';

type CellValue<K extends CellKind> = K extends 'count' | 'money' | 'money-change' | 'percent'
  ? number
  : K extends 'datetime'
    ? Date | number | null
    : K extends 'status'
      ? StatusValue
      : K extends 'text'
        ? string | number | null
        : ReactNode;

export interface Column<R> {
  /** The row field the column shows. */
  key: keyof R & string;
  /** The header, in the reader's language. */
  header: string;
  kind?: CellKind;
  /** Click the header to sort the rows on the page by this column. */
  sortable?: boolean;
  /** Data (names, numbers people typed) stays as written in any language. */
  data?: boolean;
}

/** A row: its key, its values by column, and `attention` for a row to tint (e.g. an unpaid charge). */
export type TableRow = { id: string | number; attention?: boolean };

/** Rows the reader ticks for a batch action; the page keeps the ticked ids. */
export interface Selection<R> {
  selected: string[];
  onChange: (ids: string[]) => void;
  /** The accessible name of a row's checkbox, e.g. "Select 13800000000". */
  label: (row: R) => string;
}

function renderCell(kind: CellKind, value: unknown): ReactNode {
  switch (kind) {
    case 'count':
      return <CountCell value={value as CellValue<'count'>} />;
    case 'money':
      return <MoneyCell value={value as CellValue<'money'>} />;
    case 'money-change':
      return <MoneyChangeCell value={value as CellValue<'money-change'>} />;
    case 'percent':
      return <PercentCell value={value as CellValue<'percent'>} />;
    case 'datetime':
      return <DateTimeCell value={value as CellValue<'datetime'>} />;
    case 'status':
      return <StatusCell value={value as CellValue<'status'>} />;
    case 'code':
      return <CodeCell value={value as ReactNode} />;
    case 'phone':
      return <PhoneCell value={value as string} />;
    default:
      return value as ReactNode;
  }
}

function sortValue(kind: CellKind, value: unknown): string | number {
  if (kind === 'status') return (value as StatusValue).label;
  if (value instanceof Date) return value.getTime();
  return typeof value === 'number' ? value : String(value ?? '');
}

export function DataTable<R extends TableRow>({
  columns,
  rows,
  caption,
  empty,
  chooseColumns = false,
  selection,
  label,
}: {
  columns: Column<R>[];
  rows: R[];
  caption?: string;
  /** Shown instead of the rows when there are none. */
  empty?: ReactNode;
  /** Offer a menu to hide and show columns. */
  chooseColumns?: boolean;
  /** A first column of checkboxes, for batch actions. */
  selection?: Selection<R>;
  /** The table's accessible name when it has no caption. */
  label?: string;
}) {
  const tx = useText();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [visibility, setVisibility] = useState<VisibilityState>({});
  const defs: ColumnDef<R>[] = columns.map((c) => ({
    id: c.key,
    header: c.header,
    accessorFn: (row) => sortValue(c.kind ?? 'text', row[c.key]),
    cell: ({ row }) => renderCell(c.kind ?? 'text', row.original[c.key]),
    enableSorting: Boolean(c.sortable),
    // The first click sorts up (smallest first) for every kind of column.
    sortDescFirst: false,
    meta: { data: c.data },
  }));
  const rowSelection: RowSelectionState = Object.fromEntries((selection?.selected ?? []).map((id) => [id, true]));
  // TanStack Table hands back functions React Compiler must not memoise; this component is left to render plainly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting, columnVisibility: visibility, rowSelection },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
    enableRowSelection: Boolean(selection),
    onRowSelectionChange: (update) => {
      const next = typeof update === 'function' ? update(rowSelection) : update;
      selection?.onChange(Object.keys(next).filter((id) => next[id]));
    },
    getRowId: (row) => String(row.id),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return (
    // No overflow clipping here: status tooltips must show below the last row.
    <div>
      {chooseColumns ? (
        <details className="mb-2 text-xs">
          <summary className="cursor-pointer text-slate-600">{tx('Columns')}</summary>
          <div className="mt-1 flex flex-wrap gap-3">
            {table.getAllLeafColumns().map((col) => (
              <label key={col.id} className="flex items-center gap-1">
                {/* Named "Show column …", so it never shares a name with a form field of the page. */}
                <input
                  type="checkbox"
                  aria-label={tx('Show column {name}', { name: String(col.columnDef.header) })}
                  checked={col.getIsVisible()}
                  onChange={col.getToggleVisibilityHandler()}
                />
                {String(col.columnDef.header)}
              </label>
            ))}
          </div>
        </details>
      ) : null}
      <table className="w-full border-collapse text-left text-sm" aria-label={caption ? undefined : label}>
        {caption ? <caption className="mb-1 text-left text-xs font-medium text-slate-600">{caption}</caption> : null}
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500">
              {selection ? (
                <th scope="col" className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={tx('Select all')}
                    disabled={rows.length === 0}
                    checked={table.getIsAllRowsSelected()}
                    onChange={table.getToggleAllRowsSelectedHandler()}
                  />
                </th>
              ) : null}
              {group.headers.map((h) => {
                const sorted = h.column.getIsSorted();
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th
                    key={h.id}
                    scope="col"
                    className="px-3 py-2 font-medium"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {h.column.getCanSort() ? (
                      <button
                        type="button"
                        className="font-medium whitespace-nowrap"
                        onClick={h.column.getToggleSortingHandler()}
                      >
                        {label}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.attention ? 'bg-red-50' : undefined}>
              {selection ? (
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={selection.label(row.original)}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                </td>
              ) : null}
              {row.getVisibleCells().map((cell) => {
                const data = (cell.column.columnDef.meta as { data?: boolean } | undefined)?.data;
                return (
                  <td key={cell.id} className="px-3 py-2" translate={data ? 'no' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? empty : null}
    </div>
  );
}
