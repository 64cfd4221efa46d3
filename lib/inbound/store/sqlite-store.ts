// The receiver's two statements on SQLite, as prepared statements on the raw
// connection (lib/sqlite-direct.ts): the endpoint lookup, and the event + job
// inserts, group-committed. Rows are written exactly as Prisma writes them (ids,
// JSON as text, DateTime as "…+00:00" text, Bytes as a blob), so every other part of
// the app reads them through Prisma unchanged. PostgreSQL uses pg-store.ts.
import "server-only";
import type Database from "better-sqlite3";
import { ApiError } from "../../api/errors";
import { directConnection, sqliteTimestamp } from "../../sqlite-direct";
import { timeOrderedId } from "../../time-ordered-id";
import { publishLive } from "../../live/bus";
import { inboundMessage } from "../../live/messages";
import { jobsAdded } from "../../queue/wake";
import type { InboundEndpoint } from "../endpoint-context";
import { overloadedError } from "../overload";
import { groupCommit, isBusy } from "./group-commit";
import type { IncomingEvent, StoreResult } from "./types";

type EndpointRow = { id: string; userId: string; providerId: string; status: string; triggerTypes: string; integrationConfig: string };
type StoreRequest = { endpoint: InboundEndpoint; headers: string; events: IncomingEvent[] };

function statements(connection: Database.Database) {
  return {
    endpoint: connection.prepare<[string], EndpointRow>(`SELECT "id", "userId", "providerId", "status", "triggerTypes", "integrationConfig" FROM "IntegrationWebhook" WHERE "id" = ?`),
    insertEvent: connection.prepare(
      `INSERT INTO "InboundEvent" ("id", "endpointId", "providerId", "eventType", "deliveryId", "headers", "body", "payload", "receivedAt", "status")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'accepted')
       ON CONFLICT ("endpointId", "deliveryId") DO NOTHING`,
    ),
    existingEvent: connection.prepare<[string, string], { id: string }>(`SELECT "id" FROM "InboundEvent" WHERE "endpointId" = ? AND "deliveryId" = ?`),
    insertJob: connection.prepare(`INSERT INTO "Job" ("id", "kind", "payload", "runAt", "attempts", "createdAt") VALUES (?, 'process-inbound', ?, ?, 0, ?)`),
  };
}

// Prepared once per connection (a new DATABASE_URL in tests opens a new one).
const prepared = new WeakMap<Database.Database, ReturnType<typeof statements>>();
function sql() {
  const connection = directConnection();
  let s = prepared.get(connection);
  if (!s) prepared.set(connection, (s = statements(connection)));
  return { connection, s };
}

export async function loadEndpointSqlite(endpointId: string): Promise<InboundEndpoint | null> {
  const row = sql().s.endpoint.get(endpointId);
  if (!row) return null;
  return { ...row, triggerTypes: JSON.parse(row.triggerTypes), integrationConfig: JSON.parse(row.integrationConfig) };
}

/** Stores one request's events; resolves once the batch holding them has committed. */
export function storeEventsSqlite(endpoint: InboundEndpoint, headers: Record<string, string>, events: IncomingEvent[]): Promise<StoreResult> {
  return enqueue({ endpoint, headers: JSON.stringify(headers), events });
}

const enqueue = groupCommit<StoreRequest, StoreResult>((requests) => {
  const { connection, s } = sql();
  const receivedAt = new Date();
  const now = sqliteTimestamp(receivedAt);
  let created: Array<{ userId: string; row: Parameters<typeof inboundMessage>[1] }> = [];

  const storeOne = (request: StoreRequest): StoreResult => {
    const fresh: string[] = [];
    const existing: string[] = [];
    for (const event of request.events) {
      const id = timeOrderedId();
      const payload = event.storedPayload === undefined ? null : JSON.stringify(event.storedPayload);
      const { changes } = s.insertEvent.run(id, request.endpoint.id, request.endpoint.providerId, event.eventType, event.deliveryId, request.headers, event.body, payload, now);
      if (changes === 1) {
        s.insertJob.run(timeOrderedId(), JSON.stringify({ eventId: id }), now, now);
        fresh.push(id);
        const { endpoint } = request;
        created.push({ userId: endpoint.userId, row: { id, endpointId: endpoint.id, providerId: endpoint.providerId, eventType: event.eventType, status: "accepted", error: null, receivedAt } });
      } else {
        existing.push(s.existingEvent.get(request.endpoint.id, event.deliveryId)!.id);
      }
    }
    // In the request's order, so a repeated batch answers with the same first id.
    return fresh.length > 0 ? { ids: fresh, duplicate: false } : { ids: [...new Set(existing)], duplicate: true };
  };

  let results: Array<StoreResult | Error>;
  try {
    // The whole batch in one transaction, without a savepoint per request (they cost as
    // much as the inserts).
    results = connection.transaction((batch: StoreRequest[]) => batch.map(storeOne)).immediate(requests);
  } catch (error) {
    if (isBusy(error)) throw error; // group-commit retries the batch
    // Rare: one request failed (say its endpoint was deleted meanwhile) and rolled the
    // batch back. Store each request on its own, so only that one fails.
    created = [];
    results = requests.map((request) => {
      try {
        return connection.transaction(storeOne).immediate(request);
      } catch (single) {
        // Others are committed already, so the batch cannot be retried as a whole.
        if (isBusy(single)) return overloadedError("The database is busy; the webhook was not stored. Retry later.");
        return asRequestError(single);
      }
    });
  }
  if (created.length > 0) jobsAdded();
  for (const { userId, row } of created) publishLive(inboundMessage(userId, row));
  return results;
});

function asRequestError(error: unknown): Error {
  if ((error as { code?: string }).code === "SQLITE_CONSTRAINT_FOREIGNKEY") return new ApiError("not_found", "No webhook endpoint at this URL.");
  return error instanceof Error ? error : new Error(String(error));
}
