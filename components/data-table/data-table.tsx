"use client";

import { flexRender, getCoreRowModel, getPaginationRowModel, getSortedRowModel, useReactTable, type ColumnDef, type PaginationState, type Row, type SortingState } from "@tanstack/react-table";
import type { ReactNode } from "react";
import { SortHeader } from "./sort-header";
import { TablePagination } from "./table-pagination";

// The app's one table: @tanstack/react-table with sorting and pagination whose state
// the caller owns (so a page can keep it in the URL), a skeleton while loading and
// an empty state. Rows are clickable when onRowClick is given; controls inside a row
// stop propagation themselves (CopyButton does).
type DataTableProps<T> = {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  label: string;
  sorting: SortingState;
  onSortingChange: (next: SortingState) => void;
  pagination: PaginationState;
  onPaginationChange: (next: PaginationState) => void;
  loading?: boolean;
  empty: ReactNode;
  getRowId: (row: T) => string;
  onRowClick?: (row: Row<T>) => void;
  rowLabel?: (row: T) => string;
};

export function DataTable<T>({ data, columns, label, sorting, onSortingChange, pagination, onPaginationChange, loading, empty, getRowId, onRowClick, rowLabel }: DataTableProps<T>) {
  // No React Compiler here, so nothing memoizes what useReactTable returns; the warning is about that compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, pagination },
    onSortingChange: (updater) => onSortingChange(typeof updater === "function" ? updater(sorting) : updater),
    onPaginationChange: (updater) => onPaginationChange(typeof updater === "function" ? updater(pagination) : updater),
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: false,
  });
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      {/* relative: sr-only labels (position: absolute) in scrolled-off cells must not widen the page */}
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm" aria-label={label} aria-busy={loading || undefined}>
          <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className="whitespace-nowrap px-3 py-2 font-medium" aria-sort={ariaSort(header.column.getIsSorted())}>
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <SortHeader column={header.column}>{flexRender(header.column.columnDef.header, header.getContext())}</SortHeader>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {loading &&
              data.length === 0 &&
              Array.from({ length: 5 }, (_, i) => (
                <tr key={`skeleton-${i}`} className="border-t border-slate-100 dark:border-slate-800" data-testid="skeleton-row">
                  {Array.from({ length: columnCount }, (_, j) => (
                    <td key={j} className="px-3 py-3">
                      <div className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
                    </td>
                  ))}
                </tr>
              ))}
            {!loading && data.length === 0 && (
              <tr>
                <td colSpan={columnCount} className="px-3 py-10 text-center text-slate-500 dark:text-slate-400">
                  {empty}
                </td>
              </tr>
            )}
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-row-id={row.id}
                onClick={onRowClick ? () => onRowClick(row) : undefined}
                className={`border-t border-slate-100 dark:border-slate-800 ${onRowClick ? "cursor-pointer hover:bg-slate-50 dark:hover:bg-slate-800/60" : ""}`}
                aria-label={rowLabel?.(row.original)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-middle">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TablePagination table={table} />
    </div>
  );
}

function ariaSort(sorted: false | "asc" | "desc") {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined;
}
