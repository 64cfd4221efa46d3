// Group commit: the writes of requests that arrive together share one transaction
// (SQLite: one synchronous BEGIN IMMEDIATE; PostgreSQL: one asynchronous statement). Each caller gets its own result and is answered only after the
// transaction that holds its write has committed, so "acknowledged means stored" holds.
// One transaction per batch instead of one per request is what lets a single SQLite
// writer keep up with many connections (bench/README.md, "ingest").
// A busy database (another process writing, or Prisma's connection in this process
// holding a transaction across an await) is retried after a short pause, asynchronously;
// a busy spell longer than GIVE_UP_AFTER_MS answers every waiting request 503
// `overloaded` with Retry-After (../overload.ts), which a provider retries.
import "server-only";
import { overloadedError } from "../overload";

type Pending<T, R> = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };

/**
 * Writes a batch in one transaction; one result (or Error) per item. Synchronous
 * (better-sqlite3) or asynchronous (pg): an async writer's promise settles after COMMIT.
 */
export type BatchWriter<T, R> = (items: T[]) => Array<R | Error> | Promise<Array<R | Error>>;

export type GroupCommitOptions = {
  /**
   * Batches an async writer may have in flight at once (default 1). Items that arrive
   * meanwhile wait and form the next batch, so a slow commit makes batches larger.
   */
  maxInFlight?: number;
};

const MAX_BATCH = 200;
const FIRST_RETRY_MS = 1;
const LONGEST_RETRY_MS = 50;
const GIVE_UP_AFTER_MS = 10_000;

export function groupCommit<T, R>(write: BatchWriter<T, R>, options: GroupCommitOptions = {}): (item: T) => Promise<R> {
  const maxInFlight = options.maxInFlight ?? 1;
  let queue: Pending<T, R>[] = [];
  let scheduled = false;
  let inFlight = 0;
  let busySince: number | null = null;
  let retryMs = FIRST_RETRY_MS;

  function schedule(delayMs: number) {
    if (scheduled || inFlight >= maxInFlight) return; // a finishing batch schedules the next
    scheduled = true;
    // setImmediate runs after the poll phase, so every request read in this turn of
    // the event loop joins the batch.
    if (delayMs === 0) setImmediate(flush);
    else setTimeout(flush, delayMs);
  }

  function flush() {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(batch.length);
    let outcome: ReturnType<BatchWriter<T, R>>;
    try {
      outcome = write(batch.map((p) => p.item));
    } catch (error) {
      return failed(batch, error);
    }
    if (!(outcome instanceof Promise)) return written(batch, outcome);
    inFlight += 1;
    if (queue.length > 0) schedule(0); // more than one batch's worth waits: start the next too
    outcome.then(
      (results) => {
        inFlight -= 1;
        written(batch, results);
      },
      (error: unknown) => {
        inFlight -= 1;
        failed(batch, error);
      },
    );
  }

  function written(batch: Pending<T, R>[], results: Array<R | Error>) {
    busySince = null;
    retryMs = FIRST_RETRY_MS;
    batch.forEach((pending, index) => {
      const result = results[index];
      if (result instanceof Error) pending.reject(result);
      else pending.resolve(result);
    });
    if (queue.length > 0) schedule(0);
  }

  function failed(batch: Pending<T, R>[], error: unknown) {
    if (isBusy(error)) {
      queue = [...batch, ...queue]; // retried first, with whatever arrived meanwhile
      return retryLater();
    }
    busySince = null; // the busy spell, if any, ended with this answer
    retryMs = FIRST_RETRY_MS;
    for (const pending of batch) pending.reject(error);
    if (queue.length > 0) schedule(0);
  }

  function retryLater() {
    busySince ??= Date.now();
    if (Date.now() - busySince > GIVE_UP_AFTER_MS) {
      const failed = queue;
      queue = [];
      busySince = null;
      const error = overloadedError("The database stayed busy; the webhook was not stored. Retry later.");
      for (const pending of failed) pending.reject(error);
      return;
    }
    schedule(retryMs);
    retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
  }

  return (item: T) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule(0);
    });
}

/** SQLite's "another connection holds the write lock": worth retrying, not a fault of the request. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_LOCKED";
}
