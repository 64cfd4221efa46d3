// Whether the webhook receiver in this process is busy: requests in flight (read,
// verified, or waiting for their commit), or one arrived a moment ago. The inline
// worker (scripts/start.ts) waits while it is, so that a burst of webhooks is
// acknowledged first and processed right after (DESIGN.md §1: the acknowledgement does
// no processing; providers time out within seconds). And the overload guard's bound on
// requests waiting for the database (withinIntakeBounds, below).
import "server-only";
import { asIntakeError, overloadedError } from "./overload";

// On globalThis: Next's bundled route and the custom server's modules share it.

const shared = globalThis as unknown as { hookyardReceiverLoad?: { inFlight: number; lastAt: number } };
const load = (shared.hookyardReceiverLoad ??= { inFlight: 0, lastAt: 0 });

/** A request that arrives within this long of the previous one still counts as "busy". */
const BUSY_WINDOW_MS = 50;

/** Runs one request, counted as in flight until it is answered. */
export async function asReceiverRequest<T>(handle: () => Promise<T>): Promise<T> {
  load.inFlight += 1;
  load.lastAt = Date.now();
  try {
    return await handle();
  } finally {
    load.inFlight -= 1;
    load.lastAt = Date.now();
  }
}

export function receiverBusy(): boolean {
  return load.inFlight > 0 || Date.now() - load.lastAt < BUSY_WINDOW_MS;
}

// The bound on requests waiting for the database (stored, not yet committed). Past it a
// request is answered 503 at once instead of joining a queue that could only grow:
// memory stays bounded and the provider hears "retry" while it is still listening.
const waiting = ((shared as unknown as { hookyardIntakeWaiting?: { count: number; bytes: number } }).hookyardIntakeWaiting ??= { count: 0, bytes: 0 });
export const MAX_WAITING_REQUESTS = 2_000;
export const MAX_WAITING_BYTES = 256 * 1024 * 1024;

/**
 * Runs one store call under the overload guard: refused at once when too much is waiting
 * already, and answered `overloaded` when it has not committed within `maxWaitMs`.
 * After such a timeout the write may still commit later; a 503 promises nothing either
 * way, and the provider's retry of the same delivery is answered as a duplicate.
 */
export async function withinIntakeBounds<T>(bytes: number, maxWaitMs: number, store: () => Promise<T>): Promise<T> {
  if (waiting.count >= MAX_WAITING_REQUESTS || waiting.bytes + bytes > MAX_WAITING_BYTES) {
    throw overloadedError("Too many webhooks are waiting for the database; the webhook was not stored. Retry later.");
  }
  waiting.count += 1;
  waiting.bytes += bytes;
  let timer: NodeJS.Timeout | undefined;
  const pending = store();
  try {
    return await Promise.race([
      pending,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(overloadedError(`The database did not commit within ${maxWaitMs} ms; the webhook may not be stored. Retry later.`)), maxWaitMs);
      }),
    ]);
  } catch (error) {
    throw asIntakeError(error);
  } finally {
    clearTimeout(timer);
    // Counted until the store call itself settles, not just until the answer: a timed-out
    // write still holds its place in the database's queue.
    pending.then(release, release);
  }

  function release() {
    waiting.count -= 1;
    waiting.bytes -= bytes;
  }
}
