// Whether the webhook receiver in this process is busy: requests in flight (read,
// verified, or waiting for their commit), or one arrived a moment ago. The inline
// worker (scripts/start.ts) waits while it is, so that a burst of webhooks is
// acknowledged first and processed right after (DESIGN.md §1: the acknowledgement does
// no processing; providers time out within seconds).
// On globalThis: Next's bundled route and the custom server's modules share it.
import "server-only";

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
