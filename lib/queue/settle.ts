// What happens to a claimed job afterwards: done jobs are deleted; failed ones go
// back on the queue with exponential backoff until MAX_JOB_ATTEMPTS, then are kept
// with failedAt set. Both check lockedBy, so a worker whose lease expired (and whose
// job another worker took over) cannot settle it.
import "server-only";
import { db } from "../db";
import type { ClaimedJob } from "./claim";

export const MAX_JOB_ATTEMPTS = 10;

export async function completeJob(job: ClaimedJob, workerId: string): Promise<void> {
  await completeJobs([job], workerId);
}

export async function completeJobs(jobs: ClaimedJob[], workerId: string): Promise<void> {
  if (jobs.length === 0) return;
  await db().job.deleteMany({ where: { id: { in: jobs.map((j) => j.id) }, lockedBy: workerId } });
}

export async function failJob(job: ClaimedJob, workerId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const exhausted = job.attempts >= MAX_JOB_ATTEMPTS;
  await db().job.updateMany({
    where: { id: job.id, lockedBy: workerId },
    data: {
      lockedBy: null,
      lockedUntil: null,
      lastError: message.slice(0, 2000),
      ...(exhausted ? { failedAt: new Date() } : { runAt: new Date(Date.now() + backoffMs(job.attempts)) }),
    },
  });
}

/** 1 s, 2 s, 4 s … capped at 10 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 10 * 60 * 1000);
}
