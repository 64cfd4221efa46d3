// The durable queue under outbound load, with real worker processes:
// - a worker killed with SIGKILL in the middle of 1,000 deliveries loses none: another
//   worker takes over its leased jobs; repeats (at-least-once) carry the same webhook-id;
// - three workers drain a burst together, each delivery claimed by exactly one worker
//   (5,000 on PostgreSQL; 1,500 on SQLite, which has one writer at a time).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboundWebhook } from "@/lib/outbound/webhooks/create-outbound-webhook";
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { countIn, emitBurst } from "../support/emit-burst";
import { startReceiver, type Receiver } from "../support/receiver";
import { createTestDatabase, TEST_SECRETS, testDbKind, type TestDatabase } from "../support/test-db";
import { startWorkerProcess, type WorkerProcess } from "../support/worker-process";

let receiver: Receiver;
const databases: TestDatabase[] = [];
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
});

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill("SIGKILL");
  await receiver?.close();
  for (const d of databases) await d.drop();
});

async function freshSubscriber(): Promise<{ url: string; userId: string }> {
  const database = await createTestDatabase();
  databases.push(database);
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: database.url, HOOKYARD_ALLOW_HTTP_TARGETS: "true", HOOKYARD_ALLOW_PRIVATE_TARGETS: "true" });
  resetEnvCache();
  const user = await db().user.create({ data: { email: `queue-${databases.length}@hookyard.test` } });
  await createOutboundWebhook(user.id, { name: "sink", url: receiver.url, eventTypes: ["message:received"] });
  await closeDb();
  return { url: database.url, userId: user.id };
}

function receivedIds(): Map<string, string[]> {
  const byId = new Map<string, string[]>();
  for (const r of receiver.received) {
    const id = String(r.headers["webhook-id"]);
    byId.set(id, [...(byId.get(id) ?? []), r.body]);
  }
  return byId;
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`outbound queue on ${testDbKind()}`, () => {
  it("loses no delivery when a worker is killed with SIGKILL mid-burst", async () => {
    receiver.received.length = 0;
    const { url, userId } = await freshSubscriber();
    const eventIds = await emitBurst(url, userId, 1000);
    const lease = { HOOKYARD_JOB_LEASE_MS: "1500" };

    const first = startWorkerProcess(url, lease);
    workers.push(first);
    await waitUntil(() => receiver.received.length >= 150, 60_000, "the first worker to deliver 150");
    first.child.kill("SIGKILL");
    await first.exited;
    const deliveredBeforeKill = receiver.received.length;
    expect(deliveredBeforeKill).toBeLessThan(1000);

    const second = startWorkerProcess(url, lease);
    workers.push(second);
    await waitUntil(() => receivedIds().size >= 1000, 120_000, "all 1,000 deliveries");
    const byId = receivedIds();
    for (const id of eventIds) expect(byId.has(id), `event ${id} never arrived`).toBe(true);
    for (const [, bodies] of byId) expect(new Set(bodies).size).toBe(1); // a repeat is the same message, same webhook-id
    await waitUntil(async () => (await countIn(url, (c) => c.delivery.count({ where: { status: "succeeded" } }))) === 1000, 30_000, "every delivery recorded as succeeded");

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 240_000);

  it("lets three workers drain a burst with every delivery claimed by exactly one of them", async () => {
    receiver.received.length = 0;
    const count = testDbKind() === "postgresql" ? 5000 : 1500;
    const { url, userId } = await freshSubscriber();
    await emitBurst(url, userId, count);
    const three = [0, 1, 2].map(() => startWorkerProcess(url));
    workers.push(...three);
    await waitUntil(() => receiver.received.length >= count, 240_000, `${count} deliveries`);
    await waitUntil(async () => (await countIn(url, (c) => c.delivery.count({ where: { status: "succeeded" } }))) === count, 60_000, "every delivery recorded");
    for (const w of three) w.child.kill("SIGTERM");
    expect(await Promise.all(three.map((w) => w.exited))).toEqual([0, 0, 0]);

    const byId = receivedIds();
    expect(byId.size).toBe(count);
    const repeated = [...byId].filter(([, bodies]) => bodies.length > 1).map(([id]) => id);
    expect(repeated, `sent more than once; the workers said:\n${three.map((w) => w.output()).join("\n")}`).toEqual([]);
    const attempts = await countIn(url, (c) => c.deliveryAttempt.count());
    expect(attempts).toBe(count);
  }, 360_000);
});
