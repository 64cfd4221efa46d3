// The receiver's overload guard, for any store: when the database cannot take a write
// now (a SQLite writer holds the lock, the PostgreSQL pool is exhausted, a statement or
// lock timed out, too many requests wait for a commit), the answer is 503 `overloaded`
// with Retry-After, never a 500 and never a 429. A 429 says "you sent too much"; this
// says "we could not store it, send it again", which every retrying provider honours.
import "server-only";
import { ApiError } from "../api/errors";

/** Seconds a provider is asked to wait; short, because the cause (a lock, a burst) usually is. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 5;

export function overloadedError(message: string): ApiError {
  return new ApiError("overloaded", message, undefined, { "Retry-After": String(OVERLOAD_RETRY_AFTER_SECONDS) });
}

// Busy, not broken: the same write succeeds a moment later.
// SQLite: https://www.sqlite.org/rescode.html#busy · Prisma P2024 (pool timeout), P2028
// (transaction could not start in time): https://www.prisma.io/docs/orm/reference/error-reference
// PostgreSQL SQLSTATE 53300 too_many_connections, 57014 query_canceled (statement_timeout),
// 55P03 lock_not_available, 40001 serialization_failure, 40P01 deadlock_detected:
// https://www.postgresql.org/docs/15/errcodes-appendix.html · node-postgres' pool wait:
// "timeout exceeded when trying to connect".
const BUSY_CODES = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED", "P2024", "P2028", "53300", "57014", "55P03", "40001", "40P01"]);
const BUSY_KINDS = new Set(["TooManyConnections", "SocketTimeout", "TransactionWriteConflict"]);
const BUSY_MESSAGE = /SQLITE_BUSY|database is locked|timeout exceeded when trying to connect|Timed out fetching a new connection|too many clients|canceling statement due to (statement|lock) timeout/i;

/** Whether a store error means "busy, try again" (walks `cause`, as driver adapters wrap errors). */
export function isStoreBusy(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, kind, message, originalCode } = e as Record<string, unknown>;
    if (e instanceof ApiError) return e.code === "overloaded";
    if (typeof code === "string" && BUSY_CODES.has(code)) return true;
    if (typeof originalCode === "string" && BUSY_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && BUSY_KINDS.has(kind)) return true;
    if (typeof message === "string" && BUSY_MESSAGE.test(message)) return true;
  }
  return false;
}

/** A store failure as the provider should see it: busy → 503 overloaded; anything else unchanged. */
export function asIntakeError(error: unknown): unknown {
  if (error instanceof ApiError) {
    // A 503 without Retry-After gives a provider nothing to go by.
    if (error.status === 503 && !error.headers?.["Retry-After"])
      return new ApiError(error.code, error.message, error.details, { ...error.headers, "Retry-After": String(OVERLOAD_RETRY_AFTER_SECONDS) });
    return error;
  }
  if (isStoreBusy(error)) {
    console.error("[hookyard] inbound store busy:", (error as Error).message?.split("\n")[0]);
    return overloadedError("The database is busy; the webhook was not stored. Retry later.");
  }
  return error;
}
