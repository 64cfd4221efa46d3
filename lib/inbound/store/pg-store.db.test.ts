// pg-store on a real PostgreSQL (skipped on SQLite, where sqlite-store.ts serves): the
// requests of one turn are one statement, deduped within it and against earlier ones; a
// request for a deleted endpoint fails alone; PostgreSQL out of reach answers 503
// overloaded. What every store must do is in sqlite-store.db.test.ts, which runs here too.
import { describe, expect, it } from "vitest";
import { testDbKind } from "@/tests/support/test-db";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../../db";
import { resetEnvCache } from "../../env";
import type { InboundEndpoint } from "../endpoint-context";
import { loadEndpointPg, storeEventsPg } from "./pg-store";
import type { IncomingEvent } from "./types";

let userCount = 0;
async function makeEndpoint(): Promise<InboundEndpoint> {
  userCount += 1;
  const user = await db().user.create({ data: { email: `pg-store-${userCount}@hookyard.test` } });
  const row = await db().integrationWebhook.create({ data: { userId: user.id, providerId: "github", triggerTypes: [], integrationConfig: {}, status: "active" } });
  return (await loadEndpointPg(row.id))!;
}

function event(deliveryId: string): IncomingEvent {
  const payload = { delivery: deliveryId };
  return { eventType: "push", deliveryId, payload, body: Buffer.from(JSON.stringify(payload)), storedPayload: payload };
}

async function jobsFor(ids: string[]) {
  const jobs = await db().job.findMany({ where: { kind: "process-inbound" } });
  return jobs.filter((j) => ids.includes((j.payload as { eventId: string }).eventId));
}

describe.skipIf(testDbKind() !== "postgresql")("pg-store", () => {
  const database = useTestDatabase();

  it("writes the requests of one turn in one statement: one receivedAt for all, one row and one job each", async () => {
    const endpoint = await makeEndpoint();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => storeEventsPg(endpoint, { "x-n": String(i) }, [event(`turn-${i}`)])));
    const ids = results.map((r) => r.ids[0]);
    expect(results.every((r) => !r.duplicate && r.ids.length === 1)).toBe(true);
    const rows = await db().inboundEvent.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(50);
    // Up to 4 statements may be in flight, but 50 requests of one turn form a single batch.
    expect(new Set(rows.map((r) => r.receivedAt.getTime())).size).toBe(1);
    expect(Math.abs(rows[0].receivedAt.getTime() - Date.now())).toBeLessThan(10_000); // UTC, not shifted by a time zone
    const jobs = await jobsFor(ids);
    expect(jobs).toHaveLength(50);
    expect(jobs.every((j) => j.runAt.getTime() === rows[0].receivedAt.getTime() && j.attempts === 0)).toBe(true);
  });

  it("dedupes within one batch (a request repeating a delivery, two requests sharing one) and across batches", async () => {
    const endpoint = await makeEndpoint();
    const [repeated, a, b] = await Promise.all([
      storeEventsPg(endpoint, {}, [event("in-1"), event("in-1")]),
      storeEventsPg(endpoint, {}, [event("in-2")]),
      storeEventsPg(endpoint, {}, [event("in-2")]),
    ]);
    expect(repeated).toEqual({ ids: [repeated.ids[0]], duplicate: false });
    expect(b.ids).toEqual(a.ids);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await db().inboundEvent.count({ where: { endpointId: endpoint.id } })).toBe(2);
    expect(await jobsFor([repeated.ids[0], a.ids[0]])).toHaveLength(2);

    // A later batch: the same deliveries are duplicates with the first ids; a new one beside them is stored.
    const again = await storeEventsPg(endpoint, {}, [event("in-2"), event("in-1")]);
    expect(again).toEqual({ ids: [a.ids[0], repeated.ids[0]], duplicate: true });
    const mixed = await storeEventsPg(endpoint, {}, [event("in-1"), event("in-3")]);
    expect(mixed.duplicate).toBe(false);
    expect(mixed.ids).toHaveLength(1);
    expect(await db().inboundEvent.count({ where: { endpointId: endpoint.id } })).toBe(3);
  });

  it("fails only the request whose endpoint was deleted; its neighbours in the batch are stored", async () => {
    const gone = await makeEndpoint();
    const kept = await makeEndpoint();
    await db().integrationWebhook.delete({ where: { id: gone.id } });
    const settled = await Promise.allSettled([storeEventsPg(kept, {}, [event("k-1")]), storeEventsPg(gone, {}, [event("g-1")]), storeEventsPg(kept, {}, [event("k-2")])]);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ code: "not_found", status: 404 });
    expect(await db().inboundEvent.count({ where: { endpointId: kept.id } })).toBe(2);
    expect(await db().inboundEvent.count({ where: { endpointId: gone.id } })).toBe(0);
  });

  it("answers 503 overloaded with Retry-After, not a 500, when PostgreSQL cannot be reached", async () => {
    const endpoint = await makeEndpoint();
    const url = new URL(database.current().url);
    url.port = "1"; // nothing listens there
    process.env.DATABASE_URL = url.toString();
    resetEnvCache();
    try {
      for (const attempt of [loadEndpointPg(endpoint.id), storeEventsPg(endpoint, {}, [event("down-1")])]) {
        const error = await attempt.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toMatchObject({ code: "overloaded", status: 503 });
        expect(Number((error as { headers: Record<string, string> }).headers["Retry-After"])).toBeGreaterThanOrEqual(1);
      }
    } finally {
      process.env.DATABASE_URL = database.current().url;
      resetEnvCache();
    }
    expect((await storeEventsPg(endpoint, {}, [event("up-1")])).duplicate).toBe(false);
  });
});
