// HOOKYARD_OUTBOUND_RATE_LIMIT: the excess of a burst waits for the next minute's
// room; it is never dropped or failed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReceiver, type Receiver } from "@/tests/support/receiver";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../db";
import { resetEnvCache } from "../env";
import { startWorker } from "../queue/worker";
import { emitOutboundEvent } from "./emit";
import { createOutboundWebhook } from "./webhooks/create-outbound-webhook";

useTestDatabase();
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  Object.assign(process.env, { HOOKYARD_OUTBOUND_RATE_LIMIT: "3", HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true" });
  resetEnvCache();
});

afterAll(async () => {
  await receiver.close();
  for (const key of ["HOOKYARD_OUTBOUND_RATE_LIMIT", "HOOKYARD_ALLOW_HTTP_TARGETS", "HOOKYARD_ALLOW_PRIVATE_TARGETS"]) delete process.env[key];
  resetEnvCache();
});

describe("outbound rate limit", () => {
  it("delivers the limit at once and holds the rest of a burst for the next window", async () => {
    const user = await db().user.create({ data: { email: "rate@hookyard.test" } });
    const hook = await createOutboundWebhook(user.id, { name: "limited", url: receiver.url, eventTypes: ["message:received"] });
    await db().$transaction(async (tx) => {
      for (let n = 0; n < 5; n++) await emitOutboundEvent(tx, { userId: user.id, type: "message:received", source: "test", payload: { n } });
    });
    const worker = startWorker({ idleMs: 10 });
    await receiver.waitFor(3, 10_000);
    await new Promise((r) => setTimeout(r, 500));
    await worker.stop();

    expect(receiver.received).toHaveLength(3);
    const held = await db().delivery.findMany({ where: { webhookId: hook.id, status: "pending" } });
    expect(held).toHaveLength(2);
    for (const delivery of held) {
      expect(delivery.attempts).toBe(0);
      expect(delivery.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 50_000);
    }
    expect(await db().job.count({ where: { kind: "deliver", runAt: { gt: new Date(Date.now() + 50_000) } } })).toBe(2);
  });

  it("holds the limit when several workers reserve one job each at the same time", async () => {
    receiver.received.length = 0;
    const user = await db().user.create({ data: { email: "rate-race@hookyard.test" } });
    const hook = await createOutboundWebhook(user.id, { name: "raced", url: receiver.url, eventTypes: ["message:received"] });
    await db().$transaction(async (tx) => {
      for (let n = 0; n < 8; n++) await emitOutboundEvent(tx, { userId: user.id, type: "message:received", source: "test", payload: { n } });
    });
    const workers = Array.from({ length: 4 }, () => startWorker({ idleMs: 10, batchSize: 1 }));
    await receiver.waitFor(3, 10_000);
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all(workers.map((w) => w.stop()));

    expect(receiver.received).toHaveLength(3);
    expect(await db().delivery.count({ where: { webhookId: hook.id, status: "pending", nextAttemptAt: { gt: new Date(Date.now() + 50_000) } } })).toBe(5);
  });
});
