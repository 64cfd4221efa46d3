import Link from "next/link";
import { StatusBadge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import type { RecentFailure } from "@/lib/dashboard/recent-failures";

// The newest failed or rejected events, each linking to its inspector.
export function RecentFailuresList({ failures }: { failures: RecentFailure[] }) {
  if (failures.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No failures. Failed and rejected events show up here.</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="recent-failures">
      {failures.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <StatusBadge status={f.status} />
          <Link href={`/webhooks/${f.endpointId}?event=${f.id}`} className="font-medium hover:underline">
            {f.providerId} {f.eventType ?? "request"}
          </Link>
          <span className="min-w-0 flex-1 truncate text-slate-600 dark:text-slate-400" title={f.error ?? undefined}>
            {f.error}
          </span>
          <span className="text-xs text-slate-500 dark:text-slate-400">
            <RelativeTime iso={f.receivedAt} />
          </span>
        </li>
      ))}
    </ul>
  );
}
