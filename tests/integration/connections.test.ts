// OAuth connections over real HTTP (DESIGN.md §3) against a fake provider on 127.0.0.1
// (tests/support/fake-provider.ts) that plays GitHub, Slack, Linear, Microsoft Graph, Google
// and Discord: connect → provider-side webhooks with Hookyard's secret → a signed event is
// processed; state replay and foreign state; partial failure; refresh on expiry and on
// failure; Graph renewal by the scheduled job; disconnect removes the provider's webhooks.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import newEmailSample from "@/lib/integrations/presets/outlook/fixtures/new-email.json";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { githubDelivery } from "../support/github-request";
import { api, type Auth } from "../support/http";
import { connect, fakeControl, fakeState, waitUntil, connectionOf as connectionFor, requireConnection, signedInUser } from "../support/connect";
import type { ApiErrorBody, ConnectionDto, ConnectionResource, EventDetail, RegisterWebhooksResult, RemoteWebhooksView, SendMessageResult, UnregisterResult } from "../support/connection-api";
import type { GithubHook, GraphSubscription, LinearHook } from "../support/fake-provider-state";
import { startReceiver, type Receiver } from "../support/receiver";

const baseUrl = inject("baseUrl");
const fakeUrl = inject("fakeProviderUrl");
let receiver: Receiver;

const user = (name: string) => signedInUser(baseUrl, `${name}@connections.test`);

const connectionOf = (auth: Auth, provider: string) => requireConnection(baseUrl, auth, provider);

function eventTypes() {
  return receiver.received.map((r) => (JSON.parse(r.body) as { event: { type: string } }).event.type);
}

beforeAll(async () => {
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.close();
});

describe("configuration", () => {
  it("answers 409 naming the env vars for a provider without an OAuth app, 422 for one without OAuth", async () => {
    const auth = await user("config");
    const gitlab = await api<ApiErrorBody>(baseUrl, "GET", "/api/connections/gitlab/authorize", { auth });
    expect(gitlab.status).toBe(409);
    expect(gitlab.body.error.message).toContain("GITLAB_CLIENT_ID");
    expect(gitlab.body.error.message).toContain("GITLAB_CLIENT_SECRET");
    expect((await api(baseUrl, "GET", "/api/connections/notion/authorize", { auth })).status).toBe(422);
    expect((await api(baseUrl, "GET", "/api/connections/nope/authorize", { auth })).status).toBe(404);
    expect((await api(baseUrl, "GET", "/api/connections/github/authorize")).status).toBe(401);
  });
});

describe("GitHub", () => {
  let auth: Auth;
  let flow: Awaited<ReturnType<typeof connect>>;

  beforeAll(async () => {
    auth = await user("github");
    await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "events", url: receiver.url, eventTypes: ["app:connecting", "app:connected", "app:disconnected"] } });
    await fakeControl(fakeUrl, "settings", { failCreateFor: ["octo/locked"] });
    flow = await connect(baseUrl, auth, "github");
  });

  it("sends a random state and a PKCE S256 challenge, and lands on the dashboard", () => {
    expect(flow.authorizeUrl.searchParams.get("state")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(flow.authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("repo admin:repo_hook read:user");
    expect(flow.authorizeUrl.searchParams.get("redirect_uri")).toBe(`${baseUrl}/api/connections/github/callback`);
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.callback.headers.get("location")).toBe(`${baseUrl}/connections?connected=github`);
  });

  it("stores the account from SETUP, never shows a token, and emits app:connecting then app:connected", async () => {
    const connection = await connectionOf(auth, "github");
    expect(connection).toMatchObject({ account_id: "1001", status: "active", settings: { username: "octocat" } });
    const listed = await api(baseUrl, "GET", "/api/connections", { auth });
    expect(listed.text).not.toMatch(/github-(at|rt)-/);
    // The dashboard page lists connections in the browser (tests/e2e/connections.test.ts).
    const page = await fetch(`${baseUrl}/connections`, { headers: { cookie: auth.cookie! } });
    expect(page.status).toBe(200);
    await waitUntil("connection events", () => eventTypes().includes("app:connected"));
    expect(eventTypes().indexOf("app:connecting")).toBeLessThan(eventTypes().indexOf("app:connected"));
  });

  it("registers a repo hook per repository with the secret Hookyard stored, and records the one that failed", async () => {
    const connection = await connectionOf(auth, "github");
    const hooks = (await fakeState(fakeUrl)).hooks.filter((h): h is GithubHook => h.family === "github" && connection.remote_webhooks.some((w) => w.remoteId === String(h.id)));
    expect(hooks.map((h) => h.repo).sort()).toEqual(["octo/one", "octo/two"]);
    expect(hooks[0].config).toMatchObject({ content_type: "json" });
    expect(hooks[0].config?.url).toMatch(new RegExp(`^${baseUrl}/api/webhooks/github/`));
    expect(hooks[0].events).toEqual(["*"]); // the endpoint's default trigger types: every event, GitHub's "*" wildcard
    expect(connection.remote_errors).toMatchObject([{ resource: "octo/locked" }]);
    expect(connection.remote_errors[0].message).toContain("403");
    expect(typeof connection.remote_errors[0].at).toBe("string");

    const again = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: {} });
    expect(again.status).toBe(200);
    expect(again.body.created).toHaveLength(2);
    expect(again.body.errors).toMatchObject([{ resource: "octo/locked" }]);
    expect(again.body.errors[0].message).toContain("Resource not accessible");
    const unknown = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: { resources: ["someone/else"] } });
    expect(unknown.body).toMatchObject({ created: [], errors: [{ resource: "someone/else" }] });
    expect(unknown.body.errors).toHaveLength(1);
    expect(unknown.body.errors[0].message).toContain("not among");
    const bad = await api(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: { resources: "octo/one" } });
    expect(bad.status).toBe(400);
  });

  it("processes an event the provider signs with the registered secret", async () => {
    const hook = (await fakeState(fakeUrl)).hooks.find((h): h is GithubHook => h.family === "github" && h.repo === "octo/one");
    const { url = "", secret = "" } = hook?.config ?? {};
    const delivery = githubDelivery(secret, "push", pushSample);
    const response = await fetch(url, { method: "POST", body: delivery.body, headers: delivery.headers });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const endpointId = url.split("/").pop() ?? "";
    const event = await waitUntil("the event to be processed", async () => {
      const got = await api<EventDetail | undefined>(baseUrl, "GET", `/api/integration-webhooks/${endpointId}/events/${id}`, { auth });
      return got.body?.status === "processed" ? got.body : null;
    });
    expect(event.activities.length).toBeGreaterThan(0);
    const forged = githubDelivery("not-the-secret", "push", pushSample);
    expect((await fetch(url, { method: "POST", body: forged.body, headers: forged.headers })).status).toBe(401);
  });

  it("shows drift from the provider's own list", async () => {
    const connection = await connectionOf(auth, "github");
    const two = connection.remote_webhooks.find((w) => w.resource === "octo/two");
    await fakeControl(fakeUrl, "remove-hook", { id: two?.remoteId });
    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.status).toBe(200);
    const status = Object.fromEntries(view.body.webhooks.map((w) => [w.resource, w.status]));
    expect(status).toEqual({ "octo/one": "registered", "octo/two": "missing" });
    const resources = await api<ConnectionResource[]>(baseUrl, "GET", `/api/connections/${connection.id}/resources`, { auth });
    expect(resources.body).toContainEqual({ id: "octo/one", name: "octo/one", kind: "repository" });
  });

  it("refuses a replayed state and a state issued to someone else, storing nothing", async () => {
    const before = (await api<ConnectionDto[]>(baseUrl, "GET", "/api/connections", { auth })).body.length;
    const replay = await api<ApiErrorBody>(baseUrl, "GET", flow.callbackUrl.pathname + flow.callbackUrl.search, { auth });
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe("bad_request");

    const other = await user("github-foreign");
    const start = await api(baseUrl, "GET", "/api/connections/github/authorize", { auth });
    const consent = await fetch(start.headers.get("location")!, { redirect: "manual" });
    const callback = new URL(consent.headers.get("location")!);
    const foreign = await api(baseUrl, "GET", callback.pathname + callback.search, { auth: other });
    expect(foreign.status).toBe(400);
    expect((await api(baseUrl, "GET", "/api/connections", { auth: other })).body).toEqual([]);
    const unknown = await api(baseUrl, "GET", "/api/connections/github/callback?code=x&state=made-up", { auth });
    expect(unknown.status).toBe(400);
    const noState = await api(baseUrl, "GET", "/api/connections/github/callback?code=x", { auth });
    expect(noState.status).toBe(400);
    expect((await api<ConnectionDto[]>(baseUrl, "GET", "/api/connections", { auth })).body.length).toBe(before);
  });

  it("is another user's 404, and disconnecting deletes the provider's hooks", async () => {
    const connection = await connectionOf(auth, "github");
    const other = await user("github-other");
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth: other })).status).toBe(404);
    expect((await api(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth: other })).status).toBe(404);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    const left = (await fakeState(fakeUrl)).hooks.filter((h) => connection.remote_webhooks.some((w) => w.remoteId === String(h.id)));
    expect(left).toEqual([]);
    expect(await connectionFor(baseUrl, auth, "github")).toBeUndefined();
    await waitUntil("app:disconnected", () => eventTypes().includes("app:disconnected"));
    await fakeControl(fakeUrl, "settings", { failCreateFor: [] });
  });
});

describe("Slack", () => {
  let auth: Auth;
  let connectionId: string;

  beforeAll(async () => {
    auth = await user("slack");
    await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "messages", url: receiver.url, eventTypes: ["message:sending", "message:sent", "app:health_warning"] } });
    const flow = await connect(baseUrl, auth, "slack");
    expect(flow.authorizeUrl.searchParams.get("user_scope")).toBe("channels:history,channels:read,groups:history,reactions:read,users:read,chat:write");
    expect(flow.authorizeUrl.searchParams.has("scope")).toBe(false);
    expect(flow.callback.status, flow.callback.text).toBe(302);
    connectionId = (await connectionOf(auth, "slack")).id;
  });

  it("stores the user token's account and workspace", async () => {
    expect(await connectionOf(auth, "slack")).toMatchObject({ account_id: "T0001:U0001", settings: { username: "ada", team: "Fake Workspace" }, remote_webhooks: [] });
  });

  it("sends a message with message:sending and message:sent", async () => {
    const sent = await api<SendMessageResult>(baseUrl, "POST", `/api/connections/${connectionId}/actions/send-message`, { auth, json: { channel: "C123", text: "hello from Hookyard" } });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body).toMatchObject({ sent: true, provider: "slack", channel: "C123" });
    expect((await fakeState(fakeUrl)).messages).toContainEqual(expect.objectContaining({ family: "slack", channel: "C123", text: "hello from Hookyard" }));
    await waitUntil("message:sent", () => eventTypes().includes("message:sent"));
    expect(eventTypes().indexOf("message:sending")).toBeLessThan(eventTypes().indexOf("message:sent"));
    expect((await api(baseUrl, "POST", `/api/connections/${connectionId}/actions/send-message`, { auth, json: { channel: "C1" } })).status).toBe(400);
    expect((await api(baseUrl, "POST", `/api/connections/${connectionId}/actions/send-message`, { auth, body: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
  });

  it("refreshes an expired token and retries", async () => {
    const before = (await fakeState(fakeUrl)).refreshes.slack ?? 0;
    await fakeControl(fakeUrl, "expire-tokens", { family: "slack" });
    const sent = await api<SendMessageResult>(baseUrl, "POST", `/api/connections/${connectionId}/actions/send-message`, { auth, json: { channel: "C123", text: "after refresh" } });
    expect(sent.status, sent.text).toBe(200);
    expect((await fakeState(fakeUrl)).refreshes.slack).toBe(before + 1);
    expect((await connectionOf(auth, "slack")).status).toBe("active");
  });

  it("marks the connection error and warns when the refresh fails", async () => {
    await fakeControl(fakeUrl, "settings", { failRefresh: { slack: true } });
    await fakeControl(fakeUrl, "expire-tokens", { family: "slack" });
    const failed = await api<ApiErrorBody>(baseUrl, "POST", `/api/connections/${connectionId}/actions/send-message`, { auth, json: { channel: "C123", text: "lost" } });
    expect(failed.status).toBe(422);
    expect(failed.body.error.message).toContain("reconnect");
    expect(failed.text).not.toMatch(/slack-(at|rt)-/);
    expect((await connectionOf(auth, "slack")).status).toBe("error");
    await waitUntil("app:health_warning", () => eventTypes().includes("app:health_warning"));
    await fakeControl(fakeUrl, "settings", { failRefresh: {} });
  });
});

describe("Linear", () => {
  it("creates one webhook per team with Hookyard's secret and removes them on disconnect", async () => {
    const auth = await user("linear");
    const flow = await connect(baseUrl, auth, "linear");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("read,admin");
    const connection = await connectionOf(auth, "linear");
    expect(connection.settings).toMatchObject({ workspace: "Fake Org" });
    const ids = connection.remote_webhooks.map((w) => w.remoteId);
    const hooks = (await fakeState(fakeUrl)).hooks.filter((h): h is LinearHook => h.family === "linear" && ids.includes(h.id));
    expect(hooks.map((h) => h.teamId).sort()).toEqual(["team-eng", "team-ops"]);
    expect(hooks[0].secret).toMatch(/.{20,}/);
    expect(hooks[0].resourceTypes).toEqual(expect.arrayContaining(["Issue", "Comment"]));
    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(["registered", "registered"]);

    const removed = await api<UnregisterResult>(baseUrl, "DELETE", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(removed.body.deleted).toHaveLength(2);
    expect((await fakeState(fakeUrl)).hooks.filter((h) => ids.includes(String(h.id)))).toEqual([]);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
  });
});

describe("Microsoft Graph (Outlook, Teams)", () => {
  let auth: Auth;

  beforeAll(async () => {
    auth = await user("graph");
    await fakeControl(fakeUrl, "settings", { graphLifetimeSeconds: 4 });
    const flow = await connect(baseUrl, auth, "outlook");
    await fakeControl(fakeUrl, "settings", { graphLifetimeSeconds: 0 });
    expect(flow.callback.status, flow.callback.text).toBe(302);
  });

  it("subscribes with the endpoint's clientState after Graph validated the URL, and processes a notification", async () => {
    const connection = await connectionOf(auth, "outlook");
    expect(connection.remote_errors).toEqual([]);
    const subs = (await fakeState(fakeUrl)).subscriptions.filter((s): s is GraphSubscription => s.family === undefined && connection.remote_webhooks.some((w) => w.remoteId === s.id));
    expect(subs.map((s) => s.resource).sort()).toEqual(["me/events", "me/mailFolders('Inbox')/messages"]);
    const sub = subs[0];
    expect(sub.clientState).toMatch(/.{20,}/);
    const item = { ...newEmailSample.value[0], clientState: sub.clientState, subscriptionId: sub.id };
    const notificationUrl = sub.notificationUrl ?? "";
    const response = await fetch(notificationUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ value: [item] }) });
    expect(response.status).toBe(202);
    const forged = await fetch(notificationUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ value: [{ ...item, clientState: "guess" }] }) });
    expect(forged.status).toBe(401);
  });

  it("renews an expiring subscription with the scheduled job", async () => {
    const connection = await connectionOf(auth, "outlook");
    const ids = connection.remote_webhooks.map((w) => w.remoteId);
    const renewed = await waitUntil("renewal", async () => {
      const subs = (await fakeState(fakeUrl)).subscriptions.filter((s): s is GraphSubscription => s.family === undefined && ids.includes(s.id));
      return subs.length === 2 && subs.every((s) => s.renewals >= 1) ? subs : null;
    });
    expect(Date.parse(renewed[0].expirationDateTime)).toBeGreaterThan(Date.now() + 24 * 3600_000);
    const after = await waitUntil("the new expiry to be stored", async () => {
      const c = await connectionOf(auth, "outlook");
      return c.remote_webhooks.every((w) => Date.parse(w.expiresAt ?? "") > Date.now() + 24 * 3600_000) ? c : null;
    });
    expect(after.status).toBe("active");
  });

  it("posts to a Teams channel", async () => {
    const flow = await connect(baseUrl, auth, "microsoft-teams");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    const teams = await connectionOf(auth, "microsoft-teams");
    expect(teams.remote_webhooks.map((w) => w.resource)).toEqual(["teams/team-1/channels/getAllMessages"]);
    const sent = await api<SendMessageResult>(baseUrl, "POST", `/api/connections/${teams.id}/actions/send-message`, { auth, json: { channel: "team-1/19:general", text: "hi Teams" } });
    expect(sent.status, sent.text).toBe(200);
    expect((await fakeState(fakeUrl)).messages).toContainEqual(expect.objectContaining({ family: "microsoft", channel: "team-1/19:general", text: "hi Teams" }));
  });

  it("deletes the subscriptions on disconnect", async () => {
    const connection = await connectionOf(auth, "outlook");
    const ids = connection.remote_webhooks.map((w) => w.remoteId);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect((await fakeState(fakeUrl)).subscriptions.filter((s) => s.family === undefined && ids.includes(s.id))).toEqual([]);
  });
});

describe("Google Calendar", () => {
  it("opens a watch channel whose token verifies the provider's messages, and stops it on disconnect", async () => {
    const auth = await user("google");
    const flow = await connect(baseUrl, auth, "google-calendar");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("access_type")).toBe("offline");
    const connection = await connectionOf(auth, "google-calendar");
    const [webhook] = connection.remote_webhooks;
    const channel = (await fakeState(fakeUrl)).channels.find((c) => c.id === webhook.remoteId);
    expect(channel).toMatchObject({ type: "web_hook", calendarId: "primary", stopped: false });
    if (!channel?.id || !channel.address || !channel.token) throw new Error("the watch channel lacks its id, address or token");
    const channelId = channel.id;
    const headers = (token: string, state: string) => ({
      "x-goog-channel-id": channelId,
      "x-goog-channel-token": token,
      "x-goog-resource-id": channel.resourceId,
      "x-goog-resource-uri": "https://www.googleapis.com/calendar/v3/calendars/primary/events",
      "x-goog-resource-state": state,
      "x-goog-message-number": String(Date.now()),
    });
    expect((await fetch(channel.address, { method: "POST", headers: headers(channel.token, "exists") })).status).toBe(202);
    expect((await fetch(channel.address, { method: "POST", headers: headers("wrong-token", "exists") })).status).toBe(401);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect((await fakeState(fakeUrl)).channels.find((c) => c.id === webhook.remoteId)?.stopped).toBe(true);
  });
});

describe("Discord", () => {
  it("posts through the incoming webhook of the connection's channel only", async () => {
    const auth = await user("discord");
    const flow = await connect(baseUrl, auth, "discord");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("identify webhook.incoming");
    const connection = await connectionOf(auth, "discord");
    expect(JSON.stringify(connection)).not.toContain("discord-webhook-token");
    const sent = await api<SendMessageResult>(baseUrl, "POST", `/api/connections/${connection.id}/actions/send-message`, { auth, json: { channel: "C-DISCORD", text: "hi Discord" } });
    expect(sent.status, sent.text).toBe(200);
    const wrong = await api<ApiErrorBody>(baseUrl, "POST", `/api/connections/${connection.id}/actions/send-message`, { auth, json: { channel: "C-OTHER", text: "no" } });
    expect(wrong.status).toBe(422);
    expect((await api(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: {} })).status).toBe(422);
  });
});
