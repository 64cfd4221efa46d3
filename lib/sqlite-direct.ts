// A second, raw better-sqlite3 connection to the SQLite file, next to Prisma's, for the hot paths.
// Why a second connection: the acknowledgement path makes two statements per request
// (look up the endpoint, insert the event and its job), and Prisma's per-query cost
// (its query compiler and client runtime, ~0.5–1 ms each; bench/README.md) was the
// whole budget. Prepared statements here cost microseconds.
// busy_timeout is 0 on purpose: better-sqlite3 waits synchronously, and the lock may be
// held by Prisma's connection in this very process (an interactive transaction that
// awaits), which could never release it while the event loop is blocked. A busy
// database is retried asynchronously by the caller instead (lib/inbound/store/group-commit.ts).
import "server-only";
import Database from "better-sqlite3";
import { sqliteFilePath } from "./db-url";
import { env } from "./env";

// On globalThis: Next's bundled route and the custom server's modules share one connection.
const shared = globalThis as unknown as { hookyardDirectDb?: { url: string; connection: Database.Database } };

export function directConnection(): Database.Database {
  const url = env().DATABASE_URL;
  if (shared.hookyardDirectDb?.url === url) return shared.hookyardDirectDb.connection;
  shared.hookyardDirectDb?.connection.close();
  const connection = new Database(sqliteFilePath(url), { timeout: 0 });
  connection.pragma("journal_mode = WAL");
  connection.pragma("synchronous = NORMAL");
  connection.pragma("foreign_keys = ON");
  shared.hookyardDirectDb = { url, connection };
  return connection;
}

export function closeDirectConnection(): void {
  shared.hookyardDirectDb?.connection.close();
  shared.hookyardDirectDb = undefined;
}

/** Prisma's text form of a DateTime on SQLite ("…T10:00:00.000+00:00"), so raw rows sort and read like Prisma's. */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
