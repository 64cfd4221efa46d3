// emitOutboundEvents: an event is stored only when some enabled subscription takes it
// (or storeAlways), and then with one Delivery and one "deliver" job per subscription.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { encryptSecret } from "../crypto";
import { db } from "../db";
import { claimJobs } from "../queue/claim";
import { enqueueJob } from "../queue/enqueue";
import { emitOutboundEvent, emitOutboundEvents } from "./emit";

useTestDatabase();

let count = 0;
async function makeUser() {
  count += 1;
  return db().user.create({ data: { email: `emit-${count}@hookyard.test` } });
}

function subscription(userId: string, eventTypes: string[], enabled = true) {
  return db().outboundWebhook.create({ data: { userId, name: `hook ${eventTypes.join(",")}`, url: "https://example.test/hook", eventTypes, secret: encryptSecret("s"), enabled } });
}

async function deliverJobsFor(deliveryIds: string[]) {
  const jobs = await db().job.findMany({ where: { kind: "deliver" } });
  return jobs.filter((j) => deliveryIds.includes((j.payload as { deliveryId: string }).deliveryId));
}

describe("emitOutboundEvents", () => {
  it("stores nothing for an event that no enabled subscription wants", async () => {
    const user = await makeUser();
    const other = await makeUser();
    await subscription(user.id, ["message:sent"]);
    await subscription(user.id, ["*"], false); // disabled
    await subscription(other.id, ["*"]); // someone else's
    const before = { events: await db().outboundEvent.count(), deliveries: await db().delivery.count(), jobs: await db().job.count() };

    const result = await db().$transaction((tx) => emitOutboundEvents(tx, [{ userId: user.id, type: "agent:invoked", source: "test", payload: { a: 1 } }]));
    expect(result).toEqual([{ id: null, deliveries: 0 }]);
    expect(await db().outboundEvent.count({ where: { userId: user.id } })).toBe(0);
    expect({ events: await db().outboundEvent.count(), deliveries: await db().delivery.count(), jobs: await db().job.count() }).toEqual(before);
    expect(await db().$transaction((tx) => emitOutboundEvents(tx, []))).toEqual([]);
  });

  it("stores one OutboundEvent per wanted event, with a Delivery and a deliver job per matching subscription", async () => {
    const user = await makeUser();
    const all = await subscription(user.id, ["*"]);
    const received = await subscription(user.id, ["message:received"]);
    await subscription(user.id, ["message:sent"]);
    const jobsBefore = await db().job.count({ where: { kind: "deliver" } });

    const events = [
      { userId: user.id, type: "message:received" as const, source: "github", payload: { n: 1, nested: { ok: true } } },
      { userId: user.id, type: "agent:invoked" as const, source: "agent", payload: { n: 2 } },
      { userId: user.id, type: "message:received" as const, source: "slack", payload: { n: 3 } },
    ];
    const result = await db().$transaction((tx) => emitOutboundEvents(tx, events));
    expect(result.map((r) => r.deliveries)).toEqual([2, 1, 2]);
    const ids = result.map((r) => r.id);
    expect(ids.every((id) => typeof id === "string")).toBe(true);
    expect(new Set(ids).size).toBe(3);

    for (const [index, id] of ids.entries()) {
      const row = await db().outboundEvent.findUniqueOrThrow({ where: { id: id! }, include: { deliveries: true } });
      expect(row).toMatchObject({ userId: user.id, type: events[index].type, source: events[index].source, payload: events[index].payload });
      const expectedHooks = events[index].type === "message:received" ? [all.id, received.id] : [all.id];
      expect(row.deliveries.map((d) => d.webhookId).sort()).toEqual(expectedHooks.sort());
      for (const delivery of row.deliveries) {
        expect(delivery).toMatchObject({ status: "pending", attempts: 0 });
        expect(delivery.nextAttemptAt).toBeInstanceOf(Date);
      }
      const jobs = await deliverJobsFor(row.deliveries.map((d) => d.id));
      expect(jobs).toHaveLength(row.deliveries.length);
      expect(jobs.map((j) => (j.payload as { deliveryId: string }).deliveryId).sort()).toEqual(row.deliveries.map((d) => d.id).sort());
    }
    expect(await db().outboundEvent.count({ where: { userId: user.id } })).toBe(3);
    expect(await db().job.count({ where: { kind: "deliver" } })).toBe(jobsBefore + 5);
  });

  it("stores an event no one wants when storeAlways is set, without deliveries", async () => {
    const user = await makeUser();
    await subscription(user.id, ["message:sent"]);
    const jobsBefore = await db().job.count();
    const emitted = await db().$transaction((tx) => emitOutboundEvent(tx, { userId: user.id, type: "app:health_check", source: "hookyard", payload: { x: "y" } }, { storeAlways: true }));
    expect(emitted.deliveries).toBe(0);
    expect(emitted.id).toEqual(expect.any(String));
    const row = await db().outboundEvent.findUniqueOrThrow({ where: { id: emitted.id! }, include: { deliveries: true } });
    expect(row).toMatchObject({ userId: user.id, type: "app:health_check", source: "hookyard", payload: { x: "y" } });
    expect(row.deliveries).toEqual([]);
    expect(await db().job.count()).toBe(jobsBefore);
  });

  it("sends only to onlyWebhookId (whatever its event types), or to all but exceptWebhookId", async () => {
    const user = await makeUser();
    const a = await subscription(user.id, ["message:sent"]);
    const b = await subscription(user.id, ["*"]);
    const c = await subscription(user.id, ["agent:error"]);

    const only = await db().$transaction((tx) => emitOutboundEvent(tx, { userId: user.id, type: "agent:error", source: "t", payload: {} }, { onlyWebhookId: a.id }));
    expect(only.deliveries).toBe(1);
    expect((await db().delivery.findMany({ where: { outboundEventId: only.id! } })).map((d) => d.webhookId)).toEqual([a.id]);

    const except = await db().$transaction((tx) => emitOutboundEvent(tx, { userId: user.id, type: "agent:error", source: "t", payload: {} }, { exceptWebhookId: b.id }));
    expect(except.deliveries).toBe(1);
    expect((await db().delivery.findMany({ where: { outboundEventId: except.id! } })).map((d) => d.webhookId)).toEqual([c.id]);
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const user = await makeUser();
    await subscription(user.id, ["*"]);
    const before = { events: await db().outboundEvent.count(), deliveries: await db().delivery.count(), jobs: await db().job.count() };
    await expect(
      db().$transaction(async (tx) => {
        const [emitted] = await emitOutboundEvents(tx, [{ userId: user.id, type: "message:sent", source: "t", payload: {} }]);
        expect(emitted.deliveries).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect({ events: await db().outboundEvent.count(), deliveries: await db().delivery.count(), jobs: await db().job.count() }).toEqual(before);
  });

  it("writes its rows in Prisma's own formats, and its jobs are claimable", async () => {
    const user = await makeUser();
    const hook = await subscription(user.id, ["*"]);
    const payload = { text: 'h\u00e9llo "quoted" \u2603', n: 1.5, list: [1, null, true], nested: { deep: { x: "y" } } };
    const emitted = await db().$transaction((tx) => emitOutboundEvent(tx, { userId: user.id, type: "message:sent", source: "t", payload }));
    // The same rows written by Prisma itself, to compare what the database holds.
    const viaPrisma = await db().outboundEvent.create({ data: { userId: user.id, type: "message:sent", source: "t", payload } });
    const deliveryViaPrisma = await db().delivery.create({ data: { outboundEventId: viaPrisma.id, webhookId: hook.id, nextAttemptAt: new Date() } });
    const jobViaPrisma = await enqueueJob("deliver", { deliveryId: deliveryViaPrisma.id });
    const [delivery] = await db().delivery.findMany({ where: { outboundEventId: emitted.id! } });
    const [job] = (await deliverJobsFor([delivery.id])).map((j) => j.id);

    // Raw values: on SQLite, text whose shape must match Prisma's ("…+00:00", JSON text); on PostgreSQL, typed values.
    const shape = (v: unknown) => (typeof v === "string" ? v.replace(/[0-9]/g, "0") : v instanceof Date ? "date" : typeof v);
    const eventRow = (id: string) => db().$queryRaw<Array<{ createdAt: unknown; payload: unknown }>>`SELECT "createdAt", "payload" FROM "OutboundEvent" WHERE "id" = ${id}`;
    const deliveryRow = (id: string) => db().$queryRaw<Array<Record<string, unknown>>>`SELECT "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt" FROM "Delivery" WHERE "id" = ${id}`;
    const jobRow = (id: string) => db().$queryRaw<Array<Record<string, unknown>>>`SELECT "kind", "payload", "runAt", "attempts", "createdAt", "lockedUntil", "failedAt" FROM "Job" WHERE "id" = ${id}`;
    const [ours, theirs] = [(await eventRow(emitted.id!))[0], (await eventRow(viaPrisma.id))[0]];
    expect(shape(ours.createdAt)).toEqual(shape(theirs.createdAt));
    expect(ours.payload).toEqual(theirs.payload);
    const shapes = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === "status" || k === "kind" ? v : shape(v)]));
    expect(shapes((await deliveryRow(delivery.id))[0])).toEqual(shapes((await deliveryRow(deliveryViaPrisma.id))[0]));
    const [ourJob, theirJob] = [(await jobRow(job))[0], (await jobRow(jobViaPrisma.id))[0]];
    expect({ ...shapes(ourJob), payload: undefined }).toEqual({ ...shapes(theirJob), payload: undefined });
    expect(shape(ourJob.payload)).toEqual(shape(theirJob.payload)); // {"deliveryId":"…"} alike

    const claimed = await claimJobs("emit-test", 1000, 60_000);
    expect(claimed.find((c) => c.id === job)).toMatchObject({ kind: "deliver", payload: { deliveryId: delivery.id }, attempts: 1 });
  });
});
