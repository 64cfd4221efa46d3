"use client";

import { useCallback, useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { LiveFeed } from "@/components/webhooks/live-feed";
import { useWebhookUrlState } from "@/components/webhooks/use-webhook-url-state";
import { webhookColumns } from "@/components/webhooks/webhook-columns";
import { WebhookDialog } from "@/components/webhooks/webhook-dialog";
import { WebhookFilters } from "@/components/webhooks/webhook-filters";
import { useIntegrationWebhook, useIntegrationWebhooks, type IntegrationWebhookList } from "@/lib/swr/use-integration-webhooks";
import { useIntegrations, type CatalogEntry } from "@/lib/swr/use-integrations";
import { useLiveStream } from "@/lib/swr/use-live-stream";
import { useHydrated } from "@/lib/use-hydrated";

export function WebhooksClient(props: { initialList?: IntegrationWebhookList; catalog: CatalogEntry[]; categories: string[] }) {
  return <WebhooksManager {...props} />;
}

function WebhooksManager({ initialList, catalog, categories }: { initialList?: IntegrationWebhookList; catalog: CatalogEntry[]; categories: string[] }) {
  const { state, update } = useWebhookUrlState();
  const filters = { q: state.q || undefined, category: (state.category || undefined) as never, status: (state.status || undefined) as never };
  const { data, error, isLoading } = useIntegrationWebhooks(filters, initialList);
  const { data: integrations = catalog } = useIntegrations(catalog);
  const { feed, connected } = useLiveStream();
  const hydrated = useHydrated();

  const openDetails = useCallback((providerId: string) => update({ webhook: providerId }), [update]);
  const columns = useMemo(() => webhookColumns((row) => openDetails(row.provider_id)), [openDetails]);
  const rows = data?.items ?? [];
  // A dialog link works even when the filters hide its row: then it is fetched alone.
  const inList = state.webhook ? rows.find((r) => r.provider_id === state.webhook || r.id === state.webhook) : undefined;
  const { data: single } = useIntegrationWebhook(state.webhook && !inList ? state.webhook : null);
  const open = inList ?? single ?? null;
  const openIntegration = open && integrations.find((i) => i.id === open.provider_id);
  const filtered = Boolean(state.q || state.category || state.status);

  return (
    <div className="mt-6 grid grid-cols-1 gap-6 2xl:grid-cols-[1fr_18rem]" data-hydrated={hydrated || undefined} data-testid="webhooks-manager">
      <div className="min-w-0 space-y-4">
        <WebhookFilters q={state.q} category={state.category} status={state.status} categories={categories} onChange={update} />
        {data?.degraded && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            The database cannot be read right now: showing the catalog without your endpoints, counts or history.
          </p>
        )}
        {error && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error.message}
          </p>
        )}
        <DataTable
          label="Integration webhooks"
          data={rows}
          columns={columns}
          getRowId={(row) => row.provider_id}
          loading={isLoading && !data}
          sorting={state.sorting}
          onSortingChange={(sorting) => update({ sort: sorting[0] ? `${sorting[0].id}.${sorting[0].desc ? "desc" : "asc"}` : null })}
          pagination={state.pagination}
          onPaginationChange={(p) => update({ page: p.pageIndex > 0 ? String(p.pageIndex + 1) : null })}
          onRowClick={(row) => openDetails(row.original.provider_id)}
          empty={filtered ? "No integration matches these filters." : "No integrations in the catalog."}
        />
      </div>
      <aside className="min-w-0">
        <LiveFeed feed={feed} connected={connected} />
      </aside>
      {open && openIntegration && <WebhookDialog key={open.provider_id} webhook={open} integration={openIntegration} onClose={() => update({ webhook: null })} />}
    </div>
  );
}
