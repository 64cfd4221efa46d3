"use client";

import { useEffect, useState } from "react";
import { SelectField } from "@/components/ui/select-field";

// Search box (debounced into the URL), category and status filters.
const SEARCH_DEBOUNCE_MS = 250;

export function WebhookFilters({
  q,
  category,
  status,
  categories,
  onChange,
}: {
  q: string;
  category: string;
  status: string;
  categories: string[];
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const [search, setSearch] = useState(q);
  // When the URL's q changes (back button, a cleared filter), the box follows it; adjusting
  // state while rendering, as React documents, instead of a second render from an effect.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setSearch(q);
  }
  useEffect(() => {
    if (search === q) return;
    const timer = setTimeout(() => onChange({ q: search.trim() || null }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, q, onChange]);

  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-48 flex-1 flex-col gap-1">
        <label htmlFor="webhook-search" className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Search
        </label>
        <input
          id="webhook-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Name, description or trigger…"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:border-slate-700 dark:bg-slate-950"
        />
      </div>
      <SelectField
        id="webhook-category"
        label="Category"
        value={category}
        onChange={(e) => onChange({ category: e.target.value || null })}
        options={[{ value: "", label: "All categories" }, ...categories.map((c) => ({ value: c, label: c }))]}
      />
      <SelectField
        id="webhook-status"
        label="Status"
        value={status}
        onChange={(e) => onChange({ status: e.target.value || null })}
        options={[
          { value: "", label: "All statuses" },
          { value: "active", label: "Active" },
          { value: "inactive", label: "Inactive" },
          { value: "error", label: "Error" },
        ]}
      />
    </div>
  );
}
