"use client";

import type { Table } from "@tanstack/react-table";

// Previous / next with "rows a–b of n"; hidden when everything fits on one page.
export function TablePagination<T>({ table }: { table: Table<T> }) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getPrePaginationRowModel().rows.length;
  if (total <= pageSize && pageIndex === 0) return null;
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  const button =
    "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-3 border-t border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <p className="text-slate-600 dark:text-slate-400" aria-live="polite">
        {from}–{to} of {total}
      </p>
      <div className="flex gap-2">
        <button type="button" className={button} onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          Previous
        </button>
        <button type="button" className={button} onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          Next
        </button>
      </div>
    </nav>
  );
}
