"use client";

import type { Column } from "@tanstack/react-table";
import type { ReactNode } from "react";

// A column header that is a button: click (or Enter/Space) cycles ascending,
// descending, unsorted; the arrow shows the direction, aria-sort on the <th> says it.
export function SortHeader<T>({ column, children }: { column: Column<T, unknown>; children: ReactNode }) {
  const sorted = column.getIsSorted();
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:hover:text-slate-100"
    >
      {children}
      <span aria-hidden className={`text-xs ${sorted ? "" : "opacity-30"}`}>
        {sorted === "desc" ? "▼" : sorted === "asc" ? "▲" : "↕"}
      </span>
    </button>
  );
}
