"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { StatusBadge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { RelativeTime } from "@/components/ui/relative-time";
import type { IntegrationWebhook } from "@/lib/swr/use-integration-webhooks";
import { IntegrationIcon } from "./integration-icon";

// Column ids are also the `sort` values kept in the URL (Unkey's column-id constants).
export const WEBHOOK_COLUMN_IDS = {
  name: "name",
  category: "category",
  status: "status",
  triggers: "triggers",
  url: "url",
  lastTriggered: "last_triggered",
  triggerCount: "trigger_count",
  errorCount: "error_count",
  actions: "actions",
} as const;

export const SORTABLE_COLUMN_IDS: string[] = Object.values(WEBHOOK_COLUMN_IDS).filter((id) => id !== "actions");

export function isPersisted(row: IntegrationWebhook): boolean {
  return row.created_at !== null;
}

export function webhookColumns(openDetails: (row: IntegrationWebhook) => void): ColumnDef<IntegrationWebhook, unknown>[] {
  return [
    {
      id: WEBHOOK_COLUMN_IDS.name,
      header: "Integration",
      accessorFn: (row) => row.external_config.integration_name,
      cell: ({ row }) => (
        <span className="flex items-center gap-2 whitespace-nowrap font-medium">
          <IntegrationIcon providerId={row.original.provider_id} />
          {row.original.external_config.integration_name}
        </span>
      ),
    },
    { id: WEBHOOK_COLUMN_IDS.category, header: "Category", accessorFn: (row) => row.external_config.category, cell: ({ getValue }) => <span className="whitespace-nowrap">{getValue<string>()}</span> },
    { id: WEBHOOK_COLUMN_IDS.status, header: "Status", accessorFn: (row) => row.status, cell: ({ getValue }) => <StatusBadge status={getValue<IntegrationWebhook["status"]>()} /> },
    {
      id: WEBHOOK_COLUMN_IDS.triggers,
      header: "Triggers",
      // "*" (every event) sorts above any selection.
      accessorFn: (row) => (row.trigger_types.includes("*") ? Number.MAX_SAFE_INTEGER : row.trigger_types.length),
      cell: ({ row }) => (
        <span title={row.original.trigger_types.join("\n")} className="whitespace-nowrap text-slate-700 dark:text-slate-300">
          {row.original.trigger_types.includes("*") ? "All events" : `${row.original.trigger_types.length} ${row.original.trigger_types.length === 1 ? "type" : "types"}`}
        </span>
      ),
    },
    {
      id: WEBHOOK_COLUMN_IDS.url,
      header: "Webhook URL",
      accessorFn: (row) => row.webhook_url,
      cell: ({ row }) =>
        row.original.webhook_url ? (
          <span className="flex max-w-60 items-center gap-2">
            <code className="truncate text-xs" title={row.original.webhook_url}>
              {row.original.webhook_url}
            </code>
            <CopyButton value={row.original.webhook_url} label={`${row.original.external_config.integration_name} webhook URL`} />
          </span>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">not set up</span>
        ),
    },
    {
      id: WEBHOOK_COLUMN_IDS.lastTriggered,
      header: "Last triggered",
      accessorFn: (row) => row.last_triggered ?? "",
      cell: ({ row }) => <RelativeTime iso={row.original.last_triggered} />,
    },
    {
      id: WEBHOOK_COLUMN_IDS.triggerCount,
      header: "Triggered",
      accessorFn: (row) => row.trigger_count,
      cell: ({ row }) => (
        <span className="tabular-nums" data-testid="trigger-count">
          {row.original.trigger_count}
        </span>
      ),
    },
    {
      id: WEBHOOK_COLUMN_IDS.errorCount,
      header: "Errors",
      accessorFn: (row) => row.error_count,
      cell: ({ row }) => <span className={`tabular-nums ${row.original.error_count > 0 ? "font-medium text-red-700 dark:text-red-400" : ""}`}>{row.original.error_count}</span>,
    },
    {
      id: WEBHOOK_COLUMN_IDS.actions,
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      cell: ({ row }) => {
        const name = row.original.external_config.integration_name;
        return (
          <span className="flex justify-end gap-1 whitespace-nowrap" onClick={(event) => event.stopPropagation()}>
            <button
              type="button"
              onClick={() => openDetails(row.original)}
              className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-100 dark:hover:bg-slate-800"
            >
              {isPersisted(row.original) ? "Details" : "Set up"}
              <span className="sr-only"> {name}</span>
            </button>
            {isPersisted(row.original) && (
              <Link
                href={`/webhooks/${row.original.id}`}
                className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                History<span className="sr-only"> of {name}</span>
              </Link>
            )}
          </span>
        );
      },
    },
  ];
}
