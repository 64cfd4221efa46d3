// Steps 1 and 6 of the flow (DESIGN.md §1): find the endpoint, and store every new
// event with its process-inbound job in one transaction, deduped on (endpoint,
// delivery id). Only after the commit is the provider told 202, so an acknowledged
// event cannot be lost. SQLite takes a raw, group-committed path (store/sqlite-store.ts,
// the reason is in bench/README.md); PostgreSQL its twin on a raw pg pool (store/pg-store.ts).
import "server-only";
import { env } from "../env";
import type { InboundEndpoint } from "./endpoint-context";
import { loadEndpointPg, storeEventsPg } from "./store/pg-store";
import { loadEndpointSqlite, storeEventsSqlite } from "./store/sqlite-store";
import type { IncomingEvent, StoreResult } from "./store/types";

export type { IncomingEvent, StoreResult } from "./store/types";

export function loadEndpoint(endpointId: string): Promise<InboundEndpoint | null> {
  return env().databaseKind === "sqlite" ? loadEndpointSqlite(endpointId) : loadEndpointPg(endpointId);
}

export function storeEvents(endpoint: InboundEndpoint, headers: Record<string, string>, events: IncomingEvent[]): Promise<StoreResult> {
  return env().databaseKind === "sqlite" ? storeEventsSqlite(endpoint, headers, events) : storeEventsPg(endpoint, headers, events);
}
