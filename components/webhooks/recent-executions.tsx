"use client";

import Link from "next/link";
import { StatusBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { useEndpointEvents } from "@/lib/swr/use-endpoint-events";

// The last five events of an endpoint, each linking to the inspector.
export function RecentExecutions({ endpointId }: { endpointId: string }) {
  const { data, isLoading, error } = useEndpointEvents(endpointId, { limit: 5 });
  const items = data?.[0]?.items ?? [];
  if (isLoading) return <p className="text-sm text-slate-500">Loading…</p>;
  if (error) return <p className="text-sm text-red-600 dark:text-red-400">{error.message}</p>;
  if (items.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No events yet. Send a test event or trigger one at the provider.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="recent-executions">
      {items.map((event) => (
        <li key={event.id} className="flex flex-wrap items-center gap-2 py-1.5">
          <StatusBadge status={event.status} />
          <Link href={`/webhooks/${endpointId}?event=${event.id}`} className="font-medium hover:underline">
            {event.event_type ?? "event"}
          </Link>
          <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
            <RelativeTime iso={event.received_at} />
          </span>
        </li>
      ))}
    </ul>
  );
}
