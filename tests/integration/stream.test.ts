// GET /api/stream (DESIGN.md §3): the signed-in user's live changes as server-sent
// events, from this process (the bus) and from rows another process wrote (the poller),
// and nothing of another user's.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { countIn } from "../support/emit-burst";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { openSse } from "../support/sse";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const SECRET = "stream-secret";
let owner: Auth;
let other: Auth;
let endpoint: { id: string; webhook_url: string };
const streams: ReturnType<typeof openSse>[] = [];

function stream(auth: Auth) {
  const opened = openSse(`${baseUrl}/api/stream`, { cookie: auth.cookie! });
  streams.push(opened);
  return opened;
}

beforeAll(async () => {
  const user = await createUser("stream@hookyard.test", "stream-password-1");
  const stranger = await createUser("stream-other@hookyard.test", "stream-password-2");
  owner = { cookie: await signIn(baseUrl, user.email, user.password) };
  other = { cookie: await signIn(baseUrl, stranger.email, stranger.password) };
  endpoint = (await api(baseUrl, "POST", "/api/integration-webhooks", { auth: owner, json: { provider_id: "github" } })).body;
  await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { signing_secret: SECRET } });
});

afterAll(() => streams.forEach((s) => s.close()));

describe("GET /api/stream", () => {
  it("answers 401 in the JSON error shape without a session", async () => {
    const response = await api(baseUrl, "GET", "/api/stream");
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthorized");
  });

  it("pushes a received event, its processing and the endpoint's new counters to the owner only", async () => {
    const mine = stream(owner);
    const theirs = stream(other);
    const response = await mine.ready;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    await theirs.ready;

    const delivery = githubDelivery(SECRET, "push", pushSample);
    const posted = await fetch(endpoint.webhook_url, { method: "POST", body: delivery.body, headers: delivery.headers });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };

    const received = await mine.waitFor((m) => m.event === "inbound" && m.data.eventId === id && m.data.status === "accepted");
    expect(received.data).toMatchObject({ type: "inbound", endpointId: endpoint.id, providerId: "github", eventType: "push" });
    await mine.waitFor((m) => m.event === "inbound" && m.data.eventId === id && m.data.status === "processed");
    const counters = await mine.waitFor((m) => m.event === "endpoint" && m.data.endpointId === endpoint.id && m.data.triggerCount >= 1);
    expect(counters.data.lastTriggered).not.toBeNull();
    expect(theirs.messages.filter((m) => m.data.endpointId === endpoint.id)).toEqual([]);
  });

  it("pushes rows written by another process (a separate worker) through the poller", async () => {
    const mine = stream(owner);
    await mine.ready;
    const id = randomUUID();
    // Written with this test's own database connection: the app's bus never hears of it.
    await countIn(databaseUrl, (client) =>
      client.inboundEvent.create({
        data: { id, endpointId: endpoint.id, providerId: "github", deliveryId: `poll-${id}`, headers: {}, status: "failed", error: "written elsewhere", processedAt: new Date() },
      }),
    );
    const message = await mine.waitFor((m) => m.event === "inbound" && m.data.eventId === id, 10_000);
    expect(message.data).toMatchObject({ status: "failed", error: "written elsewhere" });
  });
});
