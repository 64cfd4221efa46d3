// Events per hour over the last 24 hours, split into succeeded and not: one grouped
// count per hour, each an index range on (endpointId, status, receivedAt), so the
// cost follows the day's volume and never the table's size.
import "server-only";
import { db } from "../db";

export const HOURS = 24;
const HOUR_MS = 3_600_000;

export type HourBucket = { start: string; total: number; failed: number };

/** Statuses that count against the success rate (ignored events are neither). */
export const FAILURE_STATUSES = ["failed", "rejected"] as const;

export async function eventsPerHour(endpointIds: string[], now = new Date()): Promise<HourBucket[]> {
  // Buckets end at the next full hour so that the last bar is the current hour.
  const end = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  const starts = Array.from({ length: HOURS }, (_, i) => end - (HOURS - i) * HOUR_MS);
  if (endpointIds.length === 0) return starts.map((s) => ({ start: new Date(s).toISOString(), total: 0, failed: 0 }));
  const grouped = await Promise.all(
    starts.map((start) =>
      db().inboundEvent.groupBy({
        by: ["status"],
        where: { endpointId: { in: endpointIds }, receivedAt: { gte: new Date(start), lt: new Date(start + HOUR_MS) } },
        _count: { _all: true },
      }),
    ),
  );
  return starts.map((start, i) => {
    const rows = grouped[i] as { status: string; _count: { _all: number } }[];
    return {
      start: new Date(start).toISOString(),
      total: rows.reduce((sum, r) => sum + r._count._all, 0),
      failed: rows.filter((r) => (FAILURE_STATUSES as readonly string[]).includes(r.status)).reduce((sum, r) => sum + r._count._all, 0),
    };
  });
}
