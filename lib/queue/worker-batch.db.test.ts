// The worker's batch kinds: a claim's jobs of such a kind go to one batch-handler call
// and are deleted together; when that call fails, each job runs alone through its
// single handler, so only the job that fails stays queued.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../db";
import { enqueueJob } from "./enqueue";
import { startWorker, type WorkerOptions } from "./worker";

useTestDatabase();

async function waitFor(condition: () => boolean | Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function runWorker(options: WorkerOptions, until: () => boolean | Promise<boolean>) {
  const errors: unknown[] = [];
  const worker = startWorker({ idleMs: 10, onError: (e) => errors.push(e), ...options });
  try {
    await waitFor(until);
  } finally {
    await worker.stop();
  }
  return errors;
}

const nOf = (payload: unknown) => (payload as { n: number }).n;

describe("worker batch handlers", () => {
  it("hands a claim's jobs of a batch kind to one batch call and deletes them all", async () => {
    await db().job.deleteMany();
    for (let n = 0; n < 6; n++) await enqueueJob("k", { n });
    await enqueueJob("other", { n: 100 });
    const batchCalls: number[][] = [];
    const singles: number[] = [];
    const others: number[] = [];
    const errors = await runWorker(
      {
        handlers: { k: async (p) => void singles.push(nOf(p)), other: async (p) => void others.push(nOf(p)) },
        batchHandlers: { k: async (payloads) => void batchCalls.push(payloads.map(nOf)) },
      },
      async () => (await db().job.count()) === 0,
    );
    expect(errors).toEqual([]);
    expect(batchCalls).toHaveLength(1);
    expect([...batchCalls[0]].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(singles).toEqual([]); // never run one by one
    expect(others).toEqual([100]); // a kind without a batch handler runs alone
    expect(await db().job.count()).toBe(0);
  });

  it("runs a lone job of a batch kind through its single handler", async () => {
    await db().job.deleteMany();
    await enqueueJob("k", { n: 7 });
    const batchCalls: unknown[][] = [];
    const singles: number[] = [];
    await runWorker({ handlers: { k: async (p) => void singles.push(nOf(p)) }, batchHandlers: { k: async (payloads) => void batchCalls.push(payloads) } }, async () => (await db().job.count()) === 0);
    expect(singles).toEqual([7]);
    expect(batchCalls).toEqual([]);
  });

  it("when the batch call throws, runs each job alone: the failing one is kept with lastError, the rest are deleted", async () => {
    await db().job.deleteMany();
    const ids: string[] = [];
    for (let n = 0; n < 5; n++) ids.push((await enqueueJob("k", { n })).id);
    const batchCalls: number[][] = [];
    const singles: number[] = [];
    const errors = await runWorker(
      {
        handlers: {
          k: async (p) => {
            singles.push(nOf(p));
            if (nOf(p) === 3) throw new Error("job 3 is broken");
          },
        },
        batchHandlers: {
          k: async (payloads) => {
            batchCalls.push(payloads.map(nOf));
            throw new Error("batch failed");
          },
        },
      },
      async () => (await db().job.count()) === 1 && singles.length === 5,
    );
    expect(errors).toEqual([]);
    expect(batchCalls).toHaveLength(1);
    expect([...batchCalls[0]].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    expect([...singles].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);

    const left = await db().job.findMany();
    expect(left).toHaveLength(1);
    expect(left[0].id).toBe(ids[3]);
    expect(left[0].payload).toEqual({ n: 3 });
    expect(left[0].lastError).toBe("job 3 is broken");
    expect(left[0].lockedBy).toBeNull();
    expect(left[0].attempts).toBe(1);
    expect(left[0].failedAt).toBeNull();
    expect(left[0].runAt.getTime()).toBeGreaterThan(Date.now()); // backed off, not run again at once
  });
});
