// The receiver's two statements on PostgreSQL, on the raw pg pool (lib/pg-direct.ts):
// the endpoint lookup as a named prepared statement, and the event + job inserts,
// group-committed: the requests of one event-loop turn are written by ONE statement (a
// multi-row INSERT … ON CONFLICT DO NOTHING over unnest() arrays, the jobs in a
// data-modifying CTE of the same statement), so one round trip and one commit serve
// them all, and each request is answered only after that commit. Rows are written as
// Prisma writes them (text ids, jsonb, bytea, timestamp(3) in UTC), so every other part
// of the app reads them through Prisma unchanged. The SQLite twin is sqlite-store.ts.
import "server-only";
import type pg from "pg";
import { ApiError } from "../../api/errors";
import { directPool, pgTimestamp } from "../../pg-direct";
import { timeOrderedId } from "../../time-ordered-id";
import { publishLive } from "../../live/bus";
import { inboundMessage } from "../../live/messages";
import { jobsAdded } from "../../queue/wake";
import type { InboundEndpoint } from "../endpoint-context";
import { isStoreBusy, overloadedError } from "../overload";
import { groupCommit } from "./group-commit";
import type { IncomingEvent, StoreResult } from "./types";

type StoreRequest = { endpoint: InboundEndpoint; headers: string; events: IncomingEvent[] };
type Row = { id: string; jobId: string; request: StoreRequest; event: IncomingEvent };

const ENDPOINT = {
  name: "hookyard_inbound_endpoint",
  text: `SELECT "id", "userId", "providerId", "status", "triggerTypes", "integrationConfig" FROM "IntegrationWebhook" WHERE "id" = $1`,
};

// $1…$9 are parallel arrays, one element per event; $10 the batch's timestamp.
const INSERT_NAME = "hookyard_inbound_insert";
const INSERT = `WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::bytea[], $8::jsonb[], $9::text[])
      AS t("id", "endpointId", "providerId", "eventType", "deliveryId", "headers", "body", "payload", "jobId")
  ), events AS (
    INSERT INTO "InboundEvent" ("id", "endpointId", "providerId", "eventType", "deliveryId", "headers", "body", "payload", "receivedAt", "status")
    SELECT "id", "endpointId", "providerId", "eventType", "deliveryId", "headers", "body", "payload", $10::timestamp(3), 'accepted' FROM input
    ON CONFLICT ("endpointId", "deliveryId") DO NOTHING
    RETURNING "id"
  ), jobs AS (
    INSERT INTO "Job" ("id", "kind", "payload", "runAt", "attempts", "createdAt")
    SELECT input."jobId", 'process-inbound', jsonb_build_object('eventId', events."id"), $10::timestamp(3), 0, $10::timestamp(3)
    FROM events JOIN input USING ("id")
  )
  SELECT "id" FROM events`;

// The rows that already held a (endpoint, delivery id) the batch did not insert. A separate
// statement: the insert's own snapshot sees neither its own rows nor the one that won a race.
const EXISTING = {
  name: "hookyard_inbound_existing",
  text: `SELECT e."id", e."endpointId", e."deliveryId" FROM "InboundEvent" e
    JOIN unnest($1::text[], $2::text[]) AS k("endpointId", "deliveryId") USING ("endpointId", "deliveryId")`,
};

// Lookups of one endpoint that overlap share one query: under load every request of a
// burst asks for the same row. A joining request may get an answer that is up to one
// round trip older than its own query would give (as if it had arrived a moment earlier);
// nothing is kept once the query returns, so no change is missed for longer than that.
const lookups = new Map<string, Promise<InboundEndpoint | null>>();

export function loadEndpointPg(endpointId: string): Promise<InboundEndpoint | null> {
  let lookup = lookups.get(endpointId);
  if (!lookup) {
    lookup = queryEndpoint(endpointId).finally(() => lookups.delete(endpointId));
    lookups.set(endpointId, lookup);
  }
  return lookup;
}

async function queryEndpoint(endpointId: string): Promise<InboundEndpoint | null> {
  try {
    const { rows } = await directPool().query<InboundEndpoint>({ ...ENDPOINT, values: [endpointId] });
    return rows[0] ?? null;
  } catch (error) {
    throw asUnavailable(error);
  }
}

/** Stores one request's events; resolves once the statement holding them has committed. */
export function storeEventsPg(endpoint: InboundEndpoint, headers: Record<string, string>, events: IncomingEvent[]): Promise<StoreResult> {
  return enqueue({ endpoint, headers: JSON.stringify(headers), events });
}

// Up to 4 statements in flight: PostgreSQL commits them concurrently (its own group
// commit of the WAL flush), while new requests gather into the next batch.
const enqueue = groupCommit<StoreRequest, StoreResult>(
  async (requests) => {
    const pool = directPool();
    const receivedAt = new Date();
    try {
      return await writeBatch(pool, requests, receivedAt);
    } catch (error) {
      if (!isRequestFailure(error)) throw asUnavailable(error); // the database, not a request
      // Rare: one request failed (say its endpoint was deleted meanwhile) and the statement
      // rolled back. Store each request on its own, so only that one fails.
      return Promise.all(
        requests.map((request) =>
          writeBatch(pool, [request], receivedAt).then(
            ([result]) => result,
            (single: unknown) => (isRequestFailure(single) ? new ApiError("not_found", "No webhook endpoint at this URL.") : asUnavailable(single)),
          ),
        ),
      );
    }
  },
  { maxInFlight: 4 },
);

async function writeBatch(pool: pg.Pool, requests: StoreRequest[], receivedAt: Date): Promise<Array<StoreResult | Error>> {
  const rows: Row[] = requests.flatMap((request) => request.events.map((event) => ({ id: timeOrderedId(), jobId: timeOrderedId(), request, event })));
  const now = pgTimestamp(receivedAt);
  const { rows: inserted } = await pool.query<{ id: string }>({
    name: INSERT_NAME,
    text: INSERT,
    values: [
      rows.map((r) => r.id),
      rows.map((r) => r.request.endpoint.id),
      rows.map((r) => r.request.endpoint.providerId),
      rows.map((r) => r.event.eventType),
      rows.map((r) => r.event.deliveryId),
      rows.map((r) => r.request.headers),
      rows.map((r) => r.event.body),
      rows.map((r) => (r.event.storedPayload === undefined ? null : JSON.stringify(r.event.storedPayload))),
      rows.map((r) => r.jobId),
      now,
    ],
  });
  const fresh = new Set(inserted.map((r) => r.id));
  const existing = new Map<string, string>();
  const missing = rows.filter((r) => !fresh.has(r.id));
  if (missing.length > 0) {
    const found = await pool.query<{ id: string; endpointId: string; deliveryId: string }>({
      ...EXISTING,
      values: [missing.map((r) => r.request.endpoint.id), missing.map((r) => r.event.deliveryId)],
    });
    for (const row of found.rows) existing.set(`${row.endpointId}\n${row.deliveryId}`, row.id);
  }

  if (fresh.size > 0) jobsAdded();
  for (const { id, request, event } of rows) {
    if (!fresh.has(id)) continue;
    const { endpoint } = request;
    publishLive(inboundMessage(endpoint.userId, { id, endpointId: endpoint.id, providerId: endpoint.providerId, eventType: event.eventType, status: "accepted", error: null, receivedAt }));
  }
  const byRequest = new Map<StoreRequest, Row[]>(requests.map((request) => [request, []]));
  for (const row of rows) byRequest.get(row.request)!.push(row);
  return requests.map((request) => {
    const own = byRequest.get(request)!;
    const ids = own.filter((r) => fresh.has(r.id)).map((r) => r.id);
    if (ids.length > 0) return { ids, duplicate: false };
    // In the request's order, so a repeated batch answers with the same first id.
    const earlier = own.map((r) => existing.get(`${request.endpoint.id}\n${r.event.deliveryId}`)).filter((id): id is string => id !== undefined);
    return { ids: [...new Set(earlier)], duplicate: true };
  });
}

/** A failure that belongs to one request: its endpoint is gone (23503 foreign_key_violation, https://www.postgresql.org/docs/15/errcodes-appendix.html). */
function isRequestFailure(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "23503";
}

// PostgreSQL cannot be reached or is shutting down: the provider should retry later (503
// overloaded), not be told the request was bad (500). SQLSTATE classes 08 (connection
// exception), 57P01–57P03 (shutdown, cannot connect now), 3D000 (the database is gone).
const UNAVAILABLE_CODES = /^(08...|57P0[1-3]|3D000|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/;
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect/i;

function asUnavailable(error: unknown): Error {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const unavailable = (typeof code === "string" && UNAVAILABLE_CODES.test(code)) || (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message));
  if (!unavailable && !isStoreBusy(error)) return error instanceof Error ? error : new Error(String(error));
  console.error("[hookyard] inbound store unavailable:", typeof message === "string" ? message.split("\n")[0] : String(error));
  return overloadedError("The database cannot take the webhook now; it was not stored. Retry later.");
}
