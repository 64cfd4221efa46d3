// A raw node-postgres pool to the PostgreSQL database, next to Prisma's, for the hot paths.
// Why: the acknowledgement path makes two statements per request (look up the endpoint,
// insert the event and its job), and Prisma's per-query cost (its query compiler and
// client runtime; bench/README.md, "ingest") was the whole budget. Named prepared
// statements on a plain pg pool cost a round trip and little else. The PostgreSQL
// counterpart of sqlite-direct.ts; closed by closeDb().
import "server-only";
import pg from "pg";
import { env } from "./env";

// Enough connections for a few group-commit batches and endpoint lookups at once; the
// batches, not the connections, carry the load.
const POOL_SIZE = 8;
// A connection that cannot be had in this time is "busy" (lib/inbound/overload.ts).
const CONNECT_TIMEOUT_MS = 5_000;

// On globalThis: Next's bundled route and the custom server's modules share one pool.
const shared = globalThis as unknown as { hookyardPgPool?: { url: string; pool: pg.Pool } };

export function directPool(): pg.Pool {
  const url = env().DATABASE_URL;
  if (shared.hookyardPgPool?.url === url) return shared.hookyardPgPool.pool;
  void closeDirectPool();
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection that dies (the server restarted) must not crash the process;
  // the next query gets a fresh one.
  pool.on("error", (error) => console.error("[hookyard] idle PostgreSQL connection lost:", error.message));
  shared.hookyardPgPool = { url, pool };
  return pool;
}

export async function closeDirectPool(): Promise<void> {
  const current = shared.hookyardPgPool;
  shared.hookyardPgPool = undefined;
  await current?.pool.end().catch(() => undefined);
}

/** Prisma's value for a DateTime in a PostgreSQL `timestamp(3)` column: UTC, without a zone ("2026-12-05 07:14:27.123"). */
export function pgTimestamp(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}
