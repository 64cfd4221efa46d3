// Claims due jobs with a lease, atomically, so two workers never run the same job
// at the same time: PostgreSQL skips rows another worker has locked (FOR UPDATE
// SKIP LOCKED); SQLite has one writer, so a single UPDATE … RETURNING is atomic.
// A worker that dies keeps its lease until lockedUntil, then the job is due again.
import "server-only";
import { db } from "../db";
import { env } from "../env";

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number };

type Row = { id: string; kind: string; payload: unknown; attempts: number | bigint };

export async function claimJobs(workerId: string, limit: number, leaseMs: number): Promise<ClaimedJob[]> {
  const now = new Date();
  const until = new Date(now.getTime() + leaseMs);
  const rows = env().databaseKind === "postgresql" ? await claimOnPostgres(workerId, limit, now, until) : await claimOnSqlite(workerId, limit, now, until);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    payload: typeof r.payload === "string" ? JSON.parse(r.payload) : r.payload,
    attempts: Number(r.attempts),
  }));
}

function claimOnPostgres(workerId: string, limit: number, now: Date, until: Date): Promise<Row[]> {
  // Prisma keeps DateTime as UTC in `timestamp(3)`; cast ISO strings so no session time zone applies.
  return db().$queryRawUnsafe<Row[]>(
    // The picked rows are materialized once: a LIMIT subquery inside `IN (…)` may be
    // planned to run more than once, and each run would lock other rows.
    `WITH picked AS MATERIALIZED (
       SELECT "id" FROM "Job"
       WHERE "failedAt" IS NULL AND "runAt" <= $3::timestamp AND ("lockedUntil" IS NULL OR "lockedUntil" <= $3::timestamp)
       ORDER BY "runAt" LIMIT $4 FOR UPDATE SKIP LOCKED)
     UPDATE "Job" SET "lockedBy" = $1, "lockedUntil" = $2::timestamp, "attempts" = "attempts" + 1
     FROM picked WHERE "Job"."id" = picked."id"
     RETURNING "Job"."id", "Job"."kind", "Job"."payload", "Job"."attempts"`,
    workerId,
    until.toISOString(),
    now.toISOString(),
    limit,
  );
}

function claimOnSqlite(workerId: string, limit: number, now: Date, until: Date): Promise<Row[]> {
  // Dates are stored as ISO-8601 text by the adapter, so string comparison orders them.
  return db().$queryRawUnsafe<Row[]>(
    `UPDATE "Job" SET "lockedBy" = ?, "lockedUntil" = ?, "attempts" = "attempts" + 1
     WHERE "id" IN (
       SELECT "id" FROM "Job"
       WHERE "failedAt" IS NULL AND "runAt" <= ? AND ("lockedUntil" IS NULL OR "lockedUntil" <= ?)
       ORDER BY "runAt" LIMIT ?)
     RETURNING "id", "kind", "payload", "attempts"`,
    workerId,
    until.toISOString(),
    now.toISOString(),
    now.toISOString(),
    limit,
  );
}
