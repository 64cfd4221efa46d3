// Numbers for the overview page, scoped to one user: endpoints by status, the last
// 24 hours of events (by status, per hour, success rate), the newest failures.
import "server-only";
import { db } from "../db";
import { eventsPerHour, FAILURE_STATUSES, type HourBucket } from "./events-per-hour";
import { recentFailures, type RecentFailure } from "./recent-failures";
import { listUserEndpoints } from "./user-endpoints";

export type Overview = {
  endpoints: number;
  activeEndpoints: number;
  endpointsByStatus: Record<string, number>;
  eventsLast24h: number;
  eventsByStatus: Record<string, number>;
  /** processed ÷ (processed + failed + rejected) over 24 h; null when there were none. */
  successRate: number | null;
  hours: HourBucket[];
  recentFailures: RecentFailure[];
  outboundWebhooks: number;
};

export async function getOverview(userId: string, now = new Date()): Promise<Overview> {
  const endpoints = await listUserEndpoints(userId);
  const ids = endpoints.map((e) => e.id);
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const [byStatus, hours, failures, outboundWebhooks] = await Promise.all([
    ids.length ? db().inboundEvent.groupBy({ by: ["status"], where: { endpointId: { in: ids }, receivedAt: { gte: since } }, _count: { _all: true } }) : Promise.resolve([]),
    eventsPerHour(ids, now),
    recentFailures(endpoints),
    db().outboundWebhook.count({ where: { userId } }),
  ]);
  const eventsByStatus = Object.fromEntries((byStatus as { status: string; _count: { _all: number } }[]).map((r) => [r.status, r._count._all]));
  const endpointsByStatus: Record<string, number> = { active: 0, inactive: 0, error: 0 };
  for (const endpoint of endpoints) endpointsByStatus[endpoint.status] = (endpointsByStatus[endpoint.status] ?? 0) + 1;
  const failed = FAILURE_STATUSES.reduce((sum, s) => sum + (eventsByStatus[s] ?? 0), 0);
  const judged = (eventsByStatus.processed ?? 0) + failed;
  return {
    endpoints: endpoints.length,
    activeEndpoints: endpointsByStatus.active,
    endpointsByStatus,
    eventsLast24h: Object.values(eventsByStatus).reduce((a, b) => a + b, 0),
    eventsByStatus,
    successRate: judged === 0 ? null : (eventsByStatus.processed ?? 0) / judged,
    hours,
    recentFailures: failures,
    outboundWebhooks,
  };
}
