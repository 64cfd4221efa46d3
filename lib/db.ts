// The Prisma client, with its driver adapter chosen by DATABASE_URL: better-sqlite3
// for `file:` URLs (the embedded default), pg for `postgresql://`. Prisma needs a
// client generated per provider (see prisma/schema.prisma); the models are the
// same, so the PostgreSQL client is typed as the SQLite one.
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma as SqlitePrisma, PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client";
import { sqliteFileUrl } from "./db-url";
import { env } from "./env";
import { closeDirectPool } from "./pg-direct";
import { closeDirectConnection } from "./sqlite-direct";

export type Db = PrismaClient;
export type { Prisma } from "./generated/sqlite/client";
/** Writes SQL NULL into a nullable Json column (both clients share Prisma's runtime, so one value serves both). */
export const DbNull = SqlitePrisma.DbNull;

// Reused across Next's dev reloads and shared by the custom server and the worker
// in one process: read and write the same global (the Next.js example forgets the read).
const globalForDb = globalThis as unknown as { hookyardDb?: { url: string; client: Db } };

export function db(): Db {
  const url = env().DATABASE_URL;
  if (globalForDb.hookyardDb?.url === url) return globalForDb.hookyardDb.client;
  const client = createClient(url);
  globalForDb.hookyardDb = { url, client };
  return client;
}

// Prisma's defaults (wait 2 s for a connection, 5 s for the whole transaction) turn a
// busy moment into a failed job; a delivery whose outcome could not be recorded is
// sent again. Waiting longer is the better trade: a job's lease is a minute.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 };

function createClient(url: string): Db {
  if (env().databaseKind === "postgresql") {
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_OPTIONS }) as unknown as Db;
  }
  // timeout = SQLite busy timeout: wait for a writer instead of failing with SQLITE_BUSY.
  const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFileUrl(url), timeout: 5000 }), transactionOptions: TRANSACTION_OPTIONS });
  // One connection per client, so these per-connection settings hold for every query.
  // WAL lets readers run beside the writer; NORMAL is durable across app crashes in WAL mode.
  void client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  void client.$queryRawUnsafe("PRAGMA synchronous = NORMAL").catch(() => undefined);
  void client.$queryRawUnsafe("PRAGMA foreign_keys = ON").catch(() => undefined);
  return client;
}

/** Closes the shared client (tests switching databases, graceful shutdown). */
export async function closeDb(): Promise<void> {
  const current = globalForDb.hookyardDb;
  globalForDb.hookyardDb = undefined;
  closeDirectConnection();
  await closeDirectPool();
  await current?.client.$disconnect();
}
