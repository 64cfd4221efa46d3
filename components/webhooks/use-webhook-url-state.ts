"use client";

import type { PaginationState, SortingState } from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { SORTABLE_COLUMN_IDS } from "./webhook-columns";

// The table's sort, filters, page and open dialog live in the URL, so a reload, the
// back button or a shared link shows the same view:
//   /webhooks?q=git&category=Development&status=active&sort=trigger_count.desc&page=2&webhook=github
export const PAGE_SIZE = 10;

export type WebhookUrlState = { q: string; category: string; status: string; sorting: SortingState; pagination: PaginationState; webhook: string | null };

export function parseSort(value: string | null): SortingState {
  const [id, direction] = (value ?? "").split(".");
  return SORTABLE_COLUMN_IDS.includes(id) ? [{ id, desc: direction === "desc" }] : [];
}

export function useWebhookUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const state = useMemo<WebhookUrlState>(() => {
    const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);
    return {
      q: params.get("q") ?? "",
      category: params.get("category") ?? "",
      status: params.get("status") ?? "",
      sorting: parseSort(params.get("sort")),
      pagination: { pageIndex: page - 1, pageSize: PAGE_SIZE },
      webhook: params.get("webhook"),
    };
  }, [params]);

  /** Sets or clears URL parameters; a filter change goes back to the first page. */
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params.toString());
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      if (["q", "category", "status", "sort"].some((name) => name in changes)) next.delete("page");
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );

  return { state, update };
}
