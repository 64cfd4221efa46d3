// Which start-up step `npm start` (scripts/start.ts) is on, shared with /api/health so
// that "ok" means every step is done: env and secrets written, migrations applied, the
// build ready, the first admin created, the worker started (issue 13: a sign-in right
// after the first "ok" was once refused, because the admin did not exist yet).
// On globalThis: the start script and Next's bundled route handler share it. A process
// that never declared a start-up (`next dev`, tests calling the route) counts as ready.
import "server-only";

export const STARTUP_STEPS = ["environment", "migrations", "build", "next", "admin", "worker"] as const;
export type StartupStep = (typeof STARTUP_STEPS)[number];

type Readiness = { ready: boolean; step?: StartupStep };
const shared = globalThis as unknown as { hookyardReadiness?: Readiness };

/** Marks the process as starting, at the given step. */
export function startupStep(step: StartupStep): void {
  shared.hookyardReadiness = { ready: false, step };
}

export function startupDone(): void {
  shared.hookyardReadiness = { ready: true };
}

/** The step still running, or undefined once every step is done. */
export function pendingStartupStep(): StartupStep | undefined {
  const state = shared.hookyardReadiness;
  return state && !state.ready ? state.step : undefined;
}
