// X (Twitter) over real HTTP against the fake provider (tests/support/fake-provider-twitter.ts):
// OAuth 2.0 with PKCE and HTTP Basic client auth → Hookyard creates a v2 webhook with the app's
// bearer token (the fake sends the CRC first and refuses a wrong response_token) and subscribes
// the account with the user's token → a delivery signed with the app's consumer secret is
// processed while a forged one gets 401 → disconnect unsubscribes and deletes the webhook.
import { describe, expect, inject, it } from "vitest";
import tweetCreated from "@/lib/integrations/presets/twitter/fixtures/tweet-created.json";
import newFollower from "@/lib/integrations/presets/twitter/fixtures/new-follower.json";
import { connect, fakeControl, fakeState, waitUntil, connectionOf as connectionFor, requireConnection, signedInUser } from "../support/connect";
import type { ApiErrorBody, EventDetail, RegisterWebhooksResult, RemoteWebhooksView } from "../support/connection-api";
import { TWITTER_CONSUMER_SECRET, TWITTER_USER, twitterDelivery } from "../support/fake-provider-twitter";
import type { Delivery } from "../support/commerce-deliveries";
import { api, type Auth } from "../support/http";

const baseUrl = inject("baseUrl");
const fakeUrl = inject("fakeProviderUrl");

const user = (name: string) => signedInUser(baseUrl, `${name}@connections-twitter.test`);

const connectionOf = (auth: Auth) => connectionFor(baseUrl, auth, "twitter");
const connectedOf = (auth: Auth) => requireConnection(baseUrl, auth, "twitter");

async function twitterHooks() {
  return (await fakeState(fakeUrl)).hooks.filter((h) => h.family === "twitter");
}

/** The fixture as X would deliver it for the connected account. */
const forAccount = (sample: object) => ({ ...sample, for_user_id: TWITTER_USER.id });

async function post(url: string, delivery: Delivery) {
  return fetch(url, { method: "POST", body: delivery.body, headers: delivery.headers });
}

describe("X (Twitter)", () => {
  it("connects, creates a webhook that passed X's CRC, subscribes the account, processes signed deliveries and cleans up on disconnect", async () => {
    const auth = await user("x-connect");
    const flow = await connect(baseUrl, auth, "twitter");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("tweet.read users.read dm.read dm.write offline.access");
    expect(flow.authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");

    const connection = await connectedOf(auth);
    expect(connection).toMatchObject({ account_id: TWITTER_USER.id, status: "active", settings: { username: TWITTER_USER.username }, remote_errors: [] });
    expect(connection.remote_webhooks).toEqual([expect.objectContaining({ resource: TWITTER_USER.id })]);
    const [hook] = await twitterHooks();
    expect(hook).toMatchObject({ id: connection.remote_webhooks[0].remoteId, valid: true, subscriptions: [TWITTER_USER.id] });
    expect(hook.url).toMatch(new RegExp(`^${baseUrl}/api/webhooks/twitter/[^/]+$`));
    expect(JSON.stringify(connection)).not.toContain(TWITTER_CONSUMER_SECRET);

    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(["registered"]);

    const accepted = await post(hook.url, twitterDelivery(TWITTER_CONSUMER_SECRET, forAccount(tweetCreated)));
    expect(accepted.status, await accepted.clone().text()).toBe(202);
    const { id } = (await accepted.json()) as { id: string };
    const endpointId = hook.url.split("/").pop() ?? "";
    const event = await waitUntil("the event to be processed", async () => {
      const got = await api<EventDetail | undefined>(baseUrl, "GET", `/api/integration-webhooks/${endpointId}/events/${id}`, { auth });
      return got.body?.status === "processed" ? got.body : null;
    });
    expect(event.activities[0].text).toContain("@maraokafor_dev posted");
    const forged = await post(hook.url, twitterDelivery("not-the-consumer-secret", forAccount(newFollower)));
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as ApiErrorBody).error.code).toBe("invalid_signature");

    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await twitterHooks()).toEqual([]);
    expect(await connectionOf(auth)).toBeUndefined();
  });

  it("records X's refusal when the CRC answer is wrong, holds nothing on X, and registers once the secrets match", async () => {
    const auth = await user("x-crc");
    await fakeControl(fakeUrl, "settings", { twitterCrcSecret: "a-consumer-secret-hookyard-does-not-have" });
    try {
      const flow = await connect(baseUrl, auth, "twitter");
      expect(flow.callback.status, flow.callback.text).toBe(302);
    } finally {
      await fakeControl(fakeUrl, "settings", { twitterCrcSecret: null });
    }
    const connection = await connectedOf(auth);
    expect(connection.status).toBe("active");
    expect(connection.remote_webhooks).toEqual([]);
    expect(connection.remote_errors).toMatchObject([{ resource: TWITTER_USER.id }]);
    expect(connection.remote_errors[0].message).toContain("CrcValidationFailed");
    expect(await twitterHooks()).toEqual([]);

    const retried = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: {} });
    expect(retried.status, retried.text).toBe(200);
    expect(retried.body).toMatchObject({ created: [{ resource: TWITTER_USER.id }], errors: [] });
    expect((await connectedOf(auth)).remote_errors).toEqual([]);
    expect((await twitterHooks()).map((h) => h.subscriptions)).toEqual([[TWITTER_USER.id]]);

    const bad = await api<ApiErrorBody>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: { resources: TWITTER_USER.id } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_error");

    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await twitterHooks()).toEqual([]);
  });
});
