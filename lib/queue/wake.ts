// In-process nudge: code that commits new jobs calls jobsAdded(), and an idle worker
// in the same process starts claiming at once instead of at its next poll. Workers in
// other processes still find the jobs by polling.
// On globalThis: Next's bundled route handlers and the custom server's own modules are
// separate copies of this file in one process, and must share the same sleepers.
import "server-only";

const shared = globalThis as unknown as { hookyardSleepers?: Set<() => void> };
const sleepers = (shared.hookyardSleepers ??= new Set<() => void>());

export function jobsAdded(): void {
  for (const wake of sleepers) wake();
}

/** Waits up to `ms`, or until jobsAdded() is called. */
export function idleWait(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sleepers.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    sleepers.add(done);
  });
}
