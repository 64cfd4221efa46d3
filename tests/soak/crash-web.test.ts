// Issue 13: kill -9 of the web process at random moments under ingest load, five rounds,
// on the same database. The inline worker runs in that process, so each kill also lands
// in the middle of processing and relaying. After a last restart:
// - every delivery id that was answered 2xx is stored (acknowledged means stored);
// - every stored event is processed exactly once: one message:received per event at the
//   local receiver (repeats of a delivery carry the same webhook-id), and the endpoint's
//   trigger count equals the number of events (a second processing would count twice).
// A soak test (`npm run test:soak`): about a minute per database on 2 cores.
import { execFileSync } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { startAppServer, TEST_ADMIN, type AppServer } from "../support/app-server";
import { countIn } from "../support/emit-burst";
import { api, signIn, type Auth } from "../support/http";
import { recordFigures } from "../support/figures";
import { startReceiver, type Receiver } from "../support/receiver";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const ROUNDS = 5;
const SENDERS = 20;
const SECRET = "crash-secret";
const body = JSON.stringify(pushSample);
const t0 = Date.now();
const progress = (what: string) => console.log(`[crash-web ${process.env.TEST_DB}] +${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
const signature = "sha256=" + createHmac("sha256", SECRET).update(body).digest("hex");

let database: TestDatabase;
let receiver: Receiver;
let endpointId: string;

async function started(): Promise<{ server: AppServer; auth: Auth }> {
  const server = await startAppServer(database.url);
  return { server, auth: { cookie: await signIn(server.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password) } };
}

/** Sends signed pushes from SENDERS loops until the server stops answering; returns the delivery ids answered 2xx. */
async function loadUntilDead(baseUrl: string, acknowledged: Set<string>): Promise<number> {
  let sent = 0;
  const url = `${baseUrl}/api/webhooks/github/${endpointId}`;
  const sender = async () => {
    for (;;) {
      const deliveryId = randomUUID();
      sent += 1;
      try {
        const response = await fetch(url, {
          method: "POST",
          body,
          headers: { "content-type": "application/json", "x-github-event": "push", "x-github-delivery": deliveryId, "x-hub-signature-256": signature },
        });
        if (response.status >= 200 && response.status < 300) acknowledged.add(deliveryId);
        await response.arrayBuffer();
      } catch {
        return; // the process is gone: this sender's request was never answered
      }
    }
  };
  await Promise.all(Array.from({ length: SENDERS }, sender));
  return sent;
}

type Envelope = { event: { type: string; payload: { inboundEventId: string } } };

beforeAll(async () => {
  database = await createTestDatabase();
  receiver = await startReceiver();
  const { server, auth } = await started();
  const endpoint = (await api<{ id: string }>(server.baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github", trigger_types: ["github_trigger_push"] } })).body;
  endpointId = endpoint.id;
  await api(server.baseUrl, "PATCH", `/api/integration-webhooks/${endpointId}`, { auth, json: { signing_secret: SECRET } });
  await api(server.baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "relay", url: receiver.url, eventTypes: ["message:received"] } });
  await server.stop();
}, 180_000);

afterAll(async () => {
  await receiver?.close();
  await database?.drop();
});

describe(`kill -9 of the web process under ingest load, ${ROUNDS} rounds (${process.env.TEST_DB})`, () => {
  it("keeps every acknowledged event and processes each exactly once", async () => {
    const acknowledged = new Set<string>();
    let sent = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const { server } = await started();
      const load = loadUntilDead(server.baseUrl, acknowledged);
      // A random moment: early (mid-start of the load) to late (processing and relaying behind it).
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 1700));
      // The app runs under tsx's CLI, which forwards signals to its child: SIGKILL cannot be
      // forwarded, so the child (the server itself) is killed first, then the CLI.
      execFileSync("pkill", ["-KILL", "-P", String(server.process.pid)]);
      server.process.kill("SIGKILL");
      sent += await load;
      await server.stop(); // waits for the exit
      progress(`round ${round + 1}: ${acknowledged.size} acknowledged so far`);
    }
    expect(acknowledged.size).toBeGreaterThan(ROUNDS * 10); // the load really ran before each kill

    const { server, auth } = await started();
    try {
      const stored = await countIn(database.url, (c) => c.inboundEvent.findMany({ where: { endpointId }, select: { id: true, deliveryId: true } }));
      const storedIds = new Set(stored.map((row) => row.deliveryId));
      const lost = [...acknowledged].filter((id) => !storedIds.has(id));
      progress(`restarted: ${stored.length} stored, ${lost.length} lost`);
      expect(lost).toEqual([]);

      await expect
        .poll(async () => (await api<{ items: unknown[] }>(server.baseUrl, "GET", `/api/integration-webhooks/${endpointId}/events?status=accepted&limit=1`, { auth })).body.items.length, {
          timeout: 120_000,
          interval: 500,
        })
        .toBe(0);
      progress("backlog processed");
      const processed = await countIn(database.url, (c) => c.inboundEvent.count({ where: { endpointId, status: "processed" } }));
      expect(processed).toBe(stored.length);
      await receiver.waitFor(stored.length, 120_000);
      progress(`${receiver.received.length} relays received`);
      await expect.poll(async () => countIn(database.url, (c) => c.delivery.count({ where: { status: { not: "succeeded" } } })), { timeout: 60_000, interval: 500 }).toBe(0);

      // Every relay of one inbound event carries one webhook-id: a repeat is the same delivery, never a second processing.
      const webhookIdsByEvent = new Map<string, Set<string>>();
      for (const request of receiver.received) {
        const envelope = JSON.parse(request.body) as Envelope;
        const ids = webhookIdsByEvent.get(envelope.event.payload.inboundEventId) ?? new Set<string>();
        ids.add(String(request.headers["webhook-id"]));
        webhookIdsByEvent.set(envelope.event.payload.inboundEventId, ids);
      }
      const processedTwice = [...webhookIdsByEvent.values()].filter((ids) => ids.size > 1).length;
      expect(processedTwice).toBe(0);
      expect(webhookIdsByEvent.size).toBe(stored.length);
      const endpoint = (await api<{ trigger_count: number }>(server.baseUrl, "GET", `/api/integration-webhooks/${endpointId}`, { auth })).body;
      expect(endpoint.trigger_count).toBe(stored.length);

      recordFigures({
        scenario: `kill -9 of the web process under ingest load, ${ROUNDS} rounds`,
        part: "crash safety",
        database: String(process.env.TEST_DB),
        figures: { "requests sent": sent, "2xx answered": acknowledged.size, "rows found": stored.length, duplicates: processedTwice, lost: lost.length },
        notes: [`${receiver.received.length} relays of message:received received for ${stored.length} events (repeats carry their delivery's webhook-id)`],
      });
    } finally {
      await server.stop();
    }
  }, 600_000);
});
