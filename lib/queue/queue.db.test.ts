import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../db";
import { claimJobs } from "./claim";
import { enqueueJob } from "./enqueue";
import { completeJob, failJob, MAX_JOB_ATTEMPTS } from "./settle";
import { startWorker } from "./worker";

useTestDatabase();

async function clearJobs() {
  await db().job.deleteMany();
}

describe("job queue", () => {
  it("inserts a job in the caller's transaction: a rolled-back transaction leaves no job", async () => {
    await clearJobs();
    await expect(
      db().$transaction(async (tx) => {
        await enqueueJob("test", { n: 1 }, { tx });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db().job.count()).toBe(0);
    await db().$transaction(async (tx) => void (await enqueueJob("test", { n: 2 }, { tx })));
    expect(await db().job.count()).toBe(1);
  });

  it("claims due jobs once: concurrent claimers never get the same job", async () => {
    await clearJobs();
    for (let i = 0; i < 40; i++) await enqueueJob("test", { i });
    await enqueueJob("test", { later: true }, { runAt: new Date(Date.now() + 60_000) });
    const batches = await Promise.all(["w1", "w2", "w3", "w4"].map((w) => claimJobs(w, 15, 60_000)));
    const ids = batches.flat().map((j) => j.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(batches.flat().every((j) => j.attempts === 1)).toBe(true);
    expect(batches.flat().some((j) => (j.payload as { later?: boolean }).later)).toBe(false);
    expect(await claimJobs("w5", 10, 60_000)).toEqual([]);
  });

  it("returns a job to the queue when its lease expires, and only the new holder can settle it", async () => {
    await clearJobs();
    await enqueueJob("test", { crash: true });
    const [first] = await claimJobs("crashed-worker", 1, 1);
    await new Promise((r) => setTimeout(r, 20));
    const [again] = await claimJobs("second-worker", 1, 60_000);
    expect(again.id).toBe(first.id);
    expect(again.attempts).toBe(2);
    await completeJob(first, "crashed-worker"); // a stale holder: no effect
    expect(await db().job.count()).toBe(1);
    await completeJob(again, "second-worker");
    expect(await db().job.count()).toBe(0);
  });

  it("backs off after a failure and keeps the job with failedAt after the last attempt", async () => {
    await clearJobs();
    await enqueueJob("test", {});
    const [job] = await claimJobs("w", 1, 60_000);
    await failJob(job, "w", new Error("provider down"));
    const row = await db().job.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.lastError).toBe("provider down");
    expect(row.lockedBy).toBeNull();
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(await claimJobs("w", 1, 60_000)).toEqual([]);

    await db().job.update({ where: { id: job.id }, data: { lockedBy: "w" } });
    await failJob({ ...job, attempts: MAX_JOB_ATTEMPTS }, "w", new Error("gave up"));
    const dead = await db().job.findUniqueOrThrow({ where: { id: job.id } });
    expect(dead.failedAt).not.toBeNull();
    expect(dead.lastError).toBe("gave up");
  });

  it("runs every job through its handler; stop() waits for the jobs in flight", async () => {
    await clearJobs();
    const seen: number[] = [];
    for (let i = 0; i < 25; i++) await enqueueJob("count", { i });
    const worker = startWorker({
      idleMs: 10,
      handlers: { count: async (payload) => void seen.push((payload as { i: number }).i) },
    });
    for (let waited = 0; seen.length < 25 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    await worker.stop();
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    expect(await db().job.count()).toBe(0);
  });
});
