"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { SelectField } from "@/components/ui/select-field";
import { EventInspector } from "@/components/webhooks/event-inspector";
import { LiveFeed } from "@/components/webhooks/live-feed";
import { EVENT_STATUSES } from "@/lib/inbound/events/schemas";
import { useIntegrationWebhook, type IntegrationWebhook } from "@/lib/swr/use-integration-webhooks";
import { useEndpointEvents, type EventPage } from "@/lib/swr/use-endpoint-events";
import { useLiveStream } from "@/lib/swr/use-live-stream";
import { useHydrated } from "@/lib/use-hydrated";

export function HistoryClient(props: { endpoint: IntegrationWebhook; driftCount: number; pageSize: number; firstPage?: EventPage }) {
  return <History {...props} />;
}

// The status filter and the inspected event are URL parameters (?status=failed&event=<id>).
// driftCount comes with the page (the endpoint's API shape is fixed by DESIGN.md; the events carry their own schema_drift).
function History({ endpoint: initialEndpoint, driftCount, pageSize, firstPage }: { endpoint: IntegrationWebhook; driftCount: number; pageSize: number; firstPage?: EventPage }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const status = params.get("status") ?? "";
  const eventId = params.get("event");
  // The server's first page belongs to the status filter the page was loaded with.
  const [initialStatus] = useState(status);
  const { data: endpoint = initialEndpoint } = useIntegrationWebhook(initialEndpoint.id);
  const { data, error, isLoading, isValidating, size, setSize, mutate } = useEndpointEvents(endpoint.id, {
    status: status || undefined,
    limit: pageSize,
    firstPage: status === initialStatus ? firstPage : undefined,
  });
  const { feed, connected } = useLiveStream();
  const hydrated = useHydrated();
  const events = data?.flatMap((page) => page.items) ?? [];
  const hasMore = Boolean(data?.at(-1)?.next_cursor);

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(name, value);
    else next.delete(name);
    router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  };

  return (
    <div className="mt-4 grid grid-cols-1 gap-6 2xl:grid-cols-[1fr_18rem]" data-hydrated={hydrated || undefined}>
      <div className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-end gap-4">
          <SelectField
            id="history-status"
            label="Status"
            value={status}
            onChange={(e) => setParam("status", e.target.value || null)}
            options={[{ value: "", label: "All statuses" }, ...EVENT_STATUSES.map((s) => ({ value: s, label: s }))]}
          />
          <p className="pb-2 text-sm text-slate-600 dark:text-slate-400">
            <StatusBadge status={endpoint.status} /> · {endpoint.trigger_count} triggered · {endpoint.error_count} errors ·{" "}
            <span data-testid="drift-count" title="Processed events whose payload did not match their trigger's schema">
              {driftCount} with schema drift
            </span>
          </p>
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error.message}
          </p>
        )}
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full text-left text-sm" aria-label="Execution history" aria-busy={isValidating || undefined}>
            <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Received
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Event
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Duration
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Error
                </th>
              </tr>
            </thead>
            <tbody>
              {isLoading && events.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-3 py-6 text-slate-500">
                    Loading…
                  </td>
                </tr>
              )}
              {!isLoading && events.length === 0 && (
                <tr>
                  <td colSpan={5} className="px-3 py-10 text-center text-slate-500 dark:text-slate-400">
                    {status ? `No ${status} events.` : "No events yet. Send a test event from the webhook's details, or trigger one at the provider."}
                  </td>
                </tr>
              )}
              {events.map((event) => (
                <tr key={event.id} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="px-3 py-2">
                    <RelativeTime iso={event.received_at} />
                  </td>
                  <td className="px-3 py-2">
                    <button
                      type="button"
                      onClick={() => setParam("event", event.id)}
                      className="font-medium text-brand-700 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 dark:text-brand-100"
                    >
                      {event.event_type ?? "(unnamed)"}
                      <span className="sr-only"> received {event.received_at}: inspect</span>
                    </button>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={event.status} />
                    {event.schema_drift && (
                      <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100" title={event.schema_drift.join("\n")}>
                        drift
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{event.duration_ms === null ? "–" : `${event.duration_ms} ms`}</td>
                  <td className="max-w-80 truncate px-3 py-2 text-slate-600 dark:text-slate-400" title={event.error ?? undefined}>
                    {event.error ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hasMore && (
          <Button type="button" variant="secondary" disabled={isValidating} onClick={() => void setSize(size + 1)}>
            Load older events
          </Button>
        )}
      </div>
      <aside className="min-w-0">
        <LiveFeed feed={feed.filter((m) => m.type !== "inbound" || m.endpointId === endpoint.id)} connected={connected} />
      </aside>
      {eventId && <EventInspector endpointId={endpoint.id} eventId={eventId} onClose={() => setParam("event", null)} onReplayed={() => void mutate()} />}
    </div>
  );
}
