import Link from "next/link";
import { redirect } from "next/navigation";
import { EventsChart } from "@/components/overview/events-chart";
import { RecentFailuresList } from "@/components/overview/recent-failures-list";
import { StatCard } from "@/components/overview/stat-card";
import { currentUser } from "@/lib/auth/current-user";
import { getOverview } from "@/lib/dashboard/overview";
import { OverviewLive } from "./overview-live";

// Everything here is computed on the server with indexed queries; the live part
// only asks for a fresh render when the stream reports a change.
export default async function OverviewPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const overview = await getOverview(user.id);
  const rate = overview.successRate === null ? "–" : `${(overview.successRate * 100).toFixed(1)}%`;
  const statusLine = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`)
      .join(" · ") || "none";
  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading" className="text-2xl font-semibold">
        Overview
      </h1>
      <dl className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label="Inbound endpoints" value={overview.endpoints} detail={statusLine(overview.endpointsByStatus)} testId="stat-endpoints" />
        <StatCard label="Events in the last 24 h" value={overview.eventsLast24h.toLocaleString("en")} detail={statusLine(overview.eventsByStatus)} testId="stat-events" />
        <StatCard label="Success rate (24 h)" value={rate} detail="processed ÷ (processed + failed + rejected)" testId="stat-success" />
        <StatCard label="Outbound subscriptions" value={overview.outboundWebhooks} />
      </dl>
      <div className="mt-6 grid grid-cols-1 gap-6 2xl:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="chart-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="chart-heading" className="mb-2 text-sm font-semibold">
              Events per hour, last 24 hours
            </h2>
            <EventsChart hours={overview.hours} />
          </section>
          <section aria-labelledby="failures-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
            <div className="mb-1 flex items-center justify-between">
              <h2 id="failures-heading" className="text-sm font-semibold">
                Recent failures
              </h2>
              <Link href="/webhooks?status=error" className="text-xs font-medium text-brand-700 hover:underline dark:text-brand-100">
                Endpoints in error →
              </Link>
            </div>
            <RecentFailuresList failures={overview.recentFailures} />
          </section>
        </div>
        <OverviewLive />
      </div>
    </section>
  );
}
