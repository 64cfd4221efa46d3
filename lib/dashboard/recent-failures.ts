// The newest failed or rejected events across the user's endpoints. One small query
// per (endpoint, status) reads the (endpointId, status, receivedAt) index from its
// newest end, then the lists are merged: a single OR/IN query would make the
// database sort every failure the user ever had.
import "server-only";
import { db } from "../db";
import { FAILURE_STATUSES } from "./events-per-hour";
import type { UserEndpoint } from "./user-endpoints";

export type RecentFailure = { id: string; endpointId: string; providerId: string; eventType: string | null; status: string; error: string | null; receivedAt: string };

export async function recentFailures(endpoints: UserEndpoint[], limit = 8): Promise<RecentFailure[]> {
  const queries = endpoints.flatMap((endpoint) =>
    FAILURE_STATUSES.map((status) =>
      db().inboundEvent.findMany({
        where: { endpointId: endpoint.id, status },
        orderBy: { receivedAt: "desc" },
        take: limit,
        select: { id: true, endpointId: true, providerId: true, eventType: true, status: true, error: true, receivedAt: true },
      }),
    ),
  );
  const lists = queries.length ? await db().$transaction(queries) : [];
  return lists
    .flat()
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
    .slice(0, limit)
    .map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() }));
}
