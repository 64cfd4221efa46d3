// The worker loop: claim a batch, run each job's handler, settle it, repeat; sleep
// briefly when the queue is empty. stop() lets in-flight jobs finish (SIGTERM).
import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { env } from "../env";
import { groupBy } from "../group-by";
import { claimJobs, type ClaimedJob } from "./claim";
import { BATCH_HANDLERS, JOB_HANDLERS, type JobHandler } from "./handlers";
import { completeJob, completeJobs, failJob } from "./settle";
import { idleWait } from "./wake";

export type WorkerOptions = {
  handlers?: Record<string, JobHandler>;
  batchSize?: number;
  leaseMs?: number;
  idleMs?: number;
  onError?: (error: unknown) => void;
  /** Called about once a minute: scheduled work (the hourly app:health_check) is enqueued here. */
  onTick?: () => Promise<void>;
  /** Kinds run a claim's jobs in one call; defaults to BATCH_HANDLERS (none when `handlers` is given). */
  batchHandlers?: Partial<Record<string, (payloads: unknown[]) => Promise<void>>>;
  /**
   * While this answers true, the worker waits before claiming more, but never longer than
   * MAX_YIELD_MS between batches. The inline worker yields to the webhook receiver in its
   * own process: acknowledging a provider in time matters more than processing at once.
   */
  yieldWhile?: () => boolean;
};

const YIELD_STEP_MS = 20;
const MAX_YIELD_MS = 1000;

export type RunningWorker = { id: string; stop: () => Promise<void> };

export function startWorker(options: WorkerOptions = {}): RunningWorker {
  const { handlers = JOB_HANDLERS, batchSize = 100, leaseMs = env().HOOKYARD_JOB_LEASE_MS, idleMs = 250 } = options;
  const onError = options.onError ?? ((error) => console.error("[hookyard] worker:", error));
  const id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let wake: (() => void) | undefined;

  async function runOne(job: ClaimedJob) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(job.payload, job);
      await completeJob(job, id);
    } catch (error) {
      await failJob(job, id, error).catch(onError);
    }
  }

  const batchHandlers = options.batchHandlers ?? (options.handlers ? {} : BATCH_HANDLERS);

  async function runBatch(kind: string, jobs: ClaimedJob[]) {
    try {
      await batchHandlers[kind]!(jobs.map((job) => job.payload));
    } catch {
      await Promise.all(jobs.map(runOne)); // find the job that fails, let the rest complete
      return;
    }
    await completeJobs(jobs, id).catch(onError); // else their leases lapse and they run again (at least once)
  }

  async function runClaimed(jobs: ClaimedJob[]) {
    const together = (job: ClaimedJob) => Boolean(batchHandlers[job.kind]) && jobs.length > 1;
    const batches = groupBy(jobs.filter(together), (job) => job.kind);
    const single = jobs.filter((job) => !together(job));
    await Promise.all([...single.map(runOne), ...[...batches].map(([kind, list]) => runBatch(kind, list))]);
  }

  async function yieldToOthers(lastBatchAt: number) {
    // Let pending I/O in first: on SQLite, Prisma's queries resolve without leaving the
    // microtask queue, so without this a busy worker would never see the requests waiting.
    await new Promise((resolve) => setImmediate(resolve));
    while (!stopping && options.yieldWhile?.() && Date.now() - lastBatchAt < MAX_YIELD_MS) {
      await new Promise((resolve) => setTimeout(resolve, YIELD_STEP_MS));
    }
  }

  let lastTick = 0;
  let lastBatchAt = Date.now();
  const loop = (async () => {
    while (!stopping) {
      if (options.onTick && Date.now() - lastTick > 60_000) {
        lastTick = Date.now();
        await options.onTick().catch(onError);
      }
      let claimed = 0;
      await yieldToOthers(lastBatchAt);
      try {
        const jobs = await claimJobs(id, batchSize, leaseMs);
        claimed = jobs.length;
        lastBatchAt = Date.now();
        await runClaimed(jobs);
      } catch (error) {
        onError(error);
      }
      if (claimed === 0 && !stopping) await Promise.race([idleWait(idleMs), new Promise<void>((resolve) => (wake = resolve))]);
    }
  })();

  return {
    id,
    stop: async () => {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
