// The receiver's storage, through its dispatcher (store-events.ts): on SQLite the raw,
// group-committed prepared statements (sqlite-store.ts), on PostgreSQL the raw,
// group-committed statement on a pg pool (pg-store.ts). Either way the rows must read back through Prisma exactly as
// Prisma would have written them, each with its process-inbound job.
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../../db";
import { claimJobs } from "../../queue/claim";
import { loadEndpoint, storeEvents, type IncomingEvent } from "../store-events";
import { PAYLOAD_IS_BODY } from "../payload-storage";

const database = useTestDatabase();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let userCount = 0;
async function makeEndpoint(providerId = "github") {
  userCount += 1;
  const user = await db().user.create({ data: { email: `store-${userCount}@hookyard.test` } });
  const row = await db().integrationWebhook.create({
    data: { userId: user.id, providerId, triggerTypes: ["github_trigger_push", "github_trigger_issues"], integrationConfig: { signing_secret: "enc:xyz", repo: "acme/web" }, status: "active" },
  });
  const endpoint = await loadEndpoint(row.id);
  if (!endpoint) throw new Error("loadEndpoint did not find the endpoint just created");
  return { user, endpoint };
}

function event(deliveryId: string, overrides: Partial<IncomingEvent> = {}): IncomingEvent {
  const payload = { action: "opened", delivery: deliveryId, nested: { n: [1, 2, 3], s: "é ✓" } };
  return { eventType: "issues", deliveryId, payload, body: Buffer.from(JSON.stringify(payload)), storedPayload: payload, ...overrides };
}

describe("storeEvents / loadEndpoint", () => {
  it("loads an endpoint with its JSON columns parsed, and null for an unknown id", async () => {
    const { user, endpoint } = await makeEndpoint();
    expect(endpoint).toEqual({
      id: endpoint.id,
      userId: user.id,
      providerId: "github",
      status: "active",
      triggerTypes: ["github_trigger_push", "github_trigger_issues"],
      integrationConfig: { signing_secret: "enc:xyz", repo: "acme/web" },
    });
    expect(await loadEndpoint("no-such-endpoint")).toBeNull();
  });

  it("stores events that Prisma reads back byte for byte, each with a claimable process-inbound job", async () => {
    const { endpoint } = await makeEndpoint();
    const headers = { "content-type": "application/json", "x-github-event": "issues", "x-github-delivery": "d-1" };
    const binary = Buffer.from([0, 1, 2, 250, 255, 0x7b]);
    const events = [
      event("d-1"),
      event("d-2", { eventType: null, body: binary, payload: { raw: true }, storedPayload: { raw: true } }),
      event("d-3", { storedPayload: PAYLOAD_IS_BODY }),
      event("d-4", { storedPayload: undefined }),
    ];
    const before = Date.now();
    const result = await storeEvents(endpoint, headers, events);
    expect(result.duplicate).toBe(false);
    expect(result.ids).toHaveLength(4);
    expect(new Set(result.ids).size).toBe(4);

    const rows = await db().inboundEvent.findMany({ where: { endpointId: endpoint.id } });
    expect(rows).toHaveLength(4);
    for (const [index, id] of result.ids.entries()) {
      const row = await db().inboundEvent.findUniqueOrThrow({ where: { id } });
      const sent = events[index];
      expect(row).toMatchObject({
        endpointId: endpoint.id,
        providerId: "github",
        deliveryId: sent.deliveryId,
        eventType: sent.eventType,
        status: "accepted",
        error: null,
        processedAt: null,
        accountId: null,
        headers,
      });
      expect(Buffer.from(row.body!).equals(sent.body)).toBe(true);
      expect(row.payload ?? undefined).toEqual(sent.storedPayload);
      expect(row.receivedAt).toBeInstanceOf(Date);
      expect(row.receivedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(row.receivedAt.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    }
    // Prisma filters and orders on the stored receivedAt like on its own rows.
    const recent = await db().inboundEvent.findMany({ where: { endpointId: endpoint.id, receivedAt: { gte: new Date(before - 1000) } }, orderBy: { receivedAt: "asc" } });
    expect(recent).toHaveLength(4);

    const jobs = await db().job.findMany({ where: { kind: "process-inbound" } });
    const mine = jobs.filter((j) => result.ids.includes((j.payload as { eventId: string }).eventId));
    expect(mine).toHaveLength(4);
    for (const job of mine) {
      expect(Object.keys(job.payload as object)).toEqual(["eventId"]);
      expect(job.attempts).toBe(0);
      expect(job.lockedBy).toBeNull();
      expect(job.runAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // The queue sees them as due at once.
    const claimed = await claimJobs("store-test", 100, 60_000);
    expect(claimed.map((j) => (j.payload as { eventId: string }).eventId).sort()).toEqual(expect.arrayContaining([...result.ids].sort()));
    await db().job.deleteMany();
  });

  it("answers a repeated delivery as a duplicate with the first id, adding no row and no job", async () => {
    const { endpoint } = await makeEndpoint();
    const first = await storeEvents(endpoint, {}, [event("dup-1")]);
    expect(first.duplicate).toBe(false);
    const events = await db().inboundEvent.count();
    const jobs = await db().job.count();

    const again = await storeEvents(endpoint, {}, [event("dup-1", { body: Buffer.from("{}"), storedPayload: {} })]);
    expect(again).toEqual({ ids: first.ids, duplicate: true });
    expect(await db().inboundEvent.count()).toBe(events);
    expect(await db().job.count()).toBe(jobs);
    // The first copy is kept as it was.
    const row = await db().inboundEvent.findUniqueOrThrow({ where: { id: first.ids[0] } });
    expect(Buffer.from(row.body!).toString()).toBe(event("dup-1").body.toString());

    // A request mixing a new and a known delivery stores only the new one.
    const mixed = await storeEvents(endpoint, {}, [event("dup-1"), event("dup-2")]);
    expect(mixed.duplicate).toBe(false);
    expect(mixed.ids).toHaveLength(1);
    expect(mixed.ids[0]).not.toBe(first.ids[0]);
    expect((await db().inboundEvent.findUniqueOrThrow({ where: { id: mixed.ids[0] } })).deliveryId).toBe("dup-2");
    expect(await db().inboundEvent.count()).toBe(events + 1);
    expect(await db().job.count()).toBe(jobs + 1);

    // The same delivery id on another endpoint is another event.
    const { endpoint: other } = await makeEndpoint("slack");
    const elsewhere = await storeEvents(other, {}, [event("dup-1")]);
    expect(elsewhere.duplicate).toBe(false);
    expect(elsewhere.ids[0]).not.toBe(first.ids[0]);
  });

  it("stores 20 concurrent requests, each with its own id, row and job", async () => {
    const { endpoint } = await makeEndpoint();
    const jobsBefore = await db().job.count({ where: { kind: "process-inbound" } });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => storeEvents(endpoint, { "x-n": String(i) }, [event(`c-${i}`)])));
    expect(results.every((r) => r.duplicate === false && r.ids.length === 1)).toBe(true);
    const ids = results.map((r) => r.ids[0]);
    expect(new Set(ids).size).toBe(20);
    const rows = await db().inboundEvent.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(20);
    for (const [i, id] of ids.entries()) {
      const row = rows.find((r) => r.id === id)!;
      expect(row.deliveryId).toBe(`c-${i}`);
      expect(row.headers).toEqual({ "x-n": String(i) });
    }
    expect(await db().job.count({ where: { kind: "process-inbound" } })).toBe(jobsBefore + 20);
  });

  it("answers two concurrent copies of one delivery with the same id and stores it once", async () => {
    const { endpoint } = await makeEndpoint();
    const [a, b] = await Promise.all([storeEvents(endpoint, {}, [event("race-1")]), storeEvents(endpoint, {}, [event("race-1")])]);
    expect(a.ids).toHaveLength(1);
    expect(b.ids).toEqual(a.ids);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await db().inboundEvent.count({ where: { endpointId: endpoint.id } })).toBe(1);
    expect(
      await db()
        .job.findMany({ where: { kind: "process-inbound" } })
        .then((jobs) => jobs.filter((j) => (j.payload as { eventId: string }).eventId === a.ids[0])),
    ).toHaveLength(1);
  });

  it("rejects a store for an endpoint deleted meanwhile, stores nothing for it, and still stores the requests beside it", async () => {
    const { endpoint: gone } = await makeEndpoint();
    const { endpoint: kept } = await makeEndpoint();
    await db().integrationWebhook.delete({ where: { id: gone.id } });
    const eventsBefore = await db().inboundEvent.count();
    const jobsBefore = await db().job.count();

    const [lost, stored] = await Promise.allSettled([storeEvents(gone, {}, [event("gone-1")]), storeEvents(kept, {}, [event("kept-1")])]);
    expect(lost.status).toBe("rejected");
    const reason = (lost as PromiseRejectedResult).reason as { code?: string; message?: string };
    expect(reason).toMatchObject({ code: "not_found", status: 404 });
    expect(stored.status).toBe("fulfilled");
    const { ids } = (stored as PromiseFulfilledResult<{ ids: string[] }>).value;
    expect(ids).toHaveLength(1);

    expect(await db().inboundEvent.count({ where: { endpointId: gone.id } })).toBe(0);
    expect(await db().inboundEvent.count()).toBe(eventsBefore + 1);
    expect(await db().job.count()).toBe(jobsBefore + 1);
    expect((await db().job.findMany()).some((j) => (j.payload as { eventId?: string }).eventId === ids[0])).toBe(true);
  });

  it("waits for an interactive Prisma transaction that holds the write lock, then stores", async () => {
    const { endpoint } = await makeEndpoint();
    const order: string[] = [];
    let written!: () => void;
    const hasWritten = new Promise<void>((resolve) => (written = resolve));
    const transaction = db().$transaction(
      async (tx) => {
        await tx.user.create({ data: { email: "holder@hookyard.test" } });
        written();
        await sleep(300);
        order.push("transaction body done");
      },
      { timeout: 10_000 },
    );
    await hasWritten;
    const started = Date.now();
    const store = storeEvents(endpoint, {}, [event("during-tx")]).then((result) => {
      order.push("stored");
      return result;
    });
    const [result] = await Promise.all([store, transaction]);
    expect(result.duplicate).toBe(false);
    expect(result.ids).toHaveLength(1);
    expect((await db().inboundEvent.findUniqueOrThrow({ where: { id: result.ids[0] } })).deliveryId).toBe("during-tx");
    expect(await db().user.count({ where: { email: "holder@hookyard.test" } })).toBe(1);
    expect(order).toHaveLength(2);
    if (database.current().kind === "sqlite") {
      // One writer: the store could only commit after the transaction did.
      expect(order).toEqual(["transaction body done", "stored"]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    }
  });
});
