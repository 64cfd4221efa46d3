// Every public GitHub example payload reaches the user (issue 11). The 329 examples of
// `@octokit/webhooks-examples` 7.6.1 (api.github.com/index.json: GitHub's own example
// payloads for all 58 webhook events, collected by the Octokit project from GitHub's
// docs and OpenAPI description, https://github.com/octokit/webhooks), each signed as
// GitHub signs it and sent over real HTTP to an endpoint with the default trigger
// types: every one is accepted, processed (none ignored, none failed) and relayed to
// an outbound subscription for "*" as message:received.
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, signIn, type ApiResult, type Auth } from "../support/http";
import { githubDelivery } from "../support/github-request";
import { startReceiver, type Receiver } from "../support/receiver";
import { createUser } from "../support/users";

type ExampleGroup = { name: string; examples: unknown[] };
const examples: ExampleGroup[] = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json");
const deliveries = examples.flatMap((group) => group.examples.map((payload) => ({ event: group.name, payload })));

const baseUrl = inject("baseUrl");
let auth: Auth;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  const user = await createUser("octokit-examples@hookyard.test", "octokit-examples-1");
  auth = { cookie: await signIn(baseUrl, user.email, user.password) };
});

afterAll(async () => {
  await receiver?.close();
});

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

type EventRow = { id: string; error: string | null; event_type: string };

async function eventsWithStatus(endpointId: string, status: string): Promise<EventRow[]> {
  const items: EventRow[] = [];
  let cursor: string | null = null;
  do {
    const page: ApiResult<{ items: EventRow[]; next_cursor: string | null }> = await api(
      baseUrl,
      "GET",
      `/api/integration-webhooks/${endpointId}/events?status=${status}&limit=200${cursor ? `&cursor=${cursor}` : ""}`,
      { auth },
    );
    items.push(...page.body.items);
    cursor = page.body.next_cursor;
  } while (cursor);
  return items;
}

describe("@octokit/webhooks-examples", () => {
  it("holds the 329 examples this test was written for", () => {
    expect(deliveries).toHaveLength(329);
  });

  it("accepts, processes and relays every example as message:received", async () => {
    const subscription = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "everything", url: receiver.url, eventTypes: ["*"] } });
    expect(subscription.status).toBe(201);
    const created = await api(baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github" } });
    expect(created.status).toBe(201);
    expect(created.body.trigger_types).toEqual(["*"]);
    const secret = "octokit-examples-webhook-secret";
    expect((await api(baseUrl, "PATCH", `/api/integration-webhooks/${created.body.id}`, { auth, json: { signing_secret: secret } })).status).toBe(200);

    const answers = await inBatches(deliveries, 8, async ({ event, payload }) => {
      const { body, headers } = githubDelivery(secret, event, payload);
      const response = await fetch(created.body.webhook_url, { method: "POST", headers, body });
      return { event, status: response.status, body: (await response.json()) as { id: string } };
    });
    expect(answers.filter((a) => a.status !== 202)).toEqual([]);

    const deadline = Date.now() + 120_000;
    while ((await eventsWithStatus(created.body.id, "accepted")).length > 0) {
      if (Date.now() > deadline) throw new Error("the examples were not all processed within 2 minutes");
      await new Promise((r) => setTimeout(r, 250));
    }
    const processed = await eventsWithStatus(created.body.id, "processed");
    expect(await eventsWithStatus(created.body.id, "failed")).toEqual([]);
    expect(await eventsWithStatus(created.body.id, "ignored")).toEqual([]);
    expect(processed).toHaveLength(329);

    const relayed = () =>
      receiver.received
        .map((r) => JSON.parse(r.body) as { event: { type: string; payload: { inboundEventId: string; eventType: string; activities: unknown[] } } })
        .filter((m) => m.event.type === "message:received");
    const relayDeadline = Date.now() + 120_000;
    while (relayed().length < 329 && Date.now() < relayDeadline) await new Promise((r) => setTimeout(r, 250));
    const relayedIds = new Set(relayed().map((m) => m.event.payload.inboundEventId));
    expect([...relayedIds].sort()).toEqual(answers.map((a) => a.body.id).sort());
    // Every relayed event carries a readable activity, hand-written or generic.
    expect(relayed().filter((m) => m.event.payload.activities.length === 0)).toEqual([]);
    // The examples of all 58 events arrived under their own X-GitHub-Event.
    expect(new Set(relayed().map((m) => m.event.payload.eventType)).size).toBe(examples.length);
  });
});
