// The in-process live bus: code that commits a change the dashboard shows calls
// publishLive() after the commit, and every open /api/stream in this process hears it
// at once. Changes committed by other processes (a separate worker, another web
// process) reach the streams through the poller (poll.ts) a second later.
// On globalThis, like lib/queue/wake.ts: Next's bundled route handlers and the custom
// server's modules are separate copies of this file in one process.
import "server-only";
import { messageKey, type Addressed } from "./types";

type Listener = (item: Addressed) => void;
type Shared = { listeners: Set<Listener>; recent: Map<string, number> };

const shared = globalThis as unknown as { hookyardLive?: Shared };
const state = (shared.hookyardLive ??= { listeners: new Set(), recent: new Map() });

// Keys of changes already sent, so that the poller does not repeat what the bus said.
const REMEMBER_MS = 120_000;
const MAX_REMEMBERED = 20_000;

/** Sends each change once per process; never throws into the code that committed it. */
export function publishLive(item: Addressed): void {
  if (state.listeners.size === 0) return; // nobody listening: nothing to send or to remember
  const key = `${item.userId}|${messageKey(item.message)}`;
  const now = Date.now();
  if (state.recent.has(key)) return;
  state.recent.set(key, now);
  if (state.recent.size > MAX_REMEMBERED) forgetOld(now);
  for (const listener of state.listeners) {
    try {
      listener(item);
    } catch (error) {
      console.error("[hookyard] live listener failed:", (error as Error).message);
    }
  }
}

function forgetOld(now: number): void {
  for (const [key, at] of state.recent) {
    if (now - at < REMEMBER_MS && state.recent.size <= MAX_REMEMBERED / 2) break;
    state.recent.delete(key);
  }
}

export function subscribeLive(listener: Listener): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

export function liveListenerCount(): number {
  return state.listeners.size;
}
