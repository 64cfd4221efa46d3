// Provider-side registration for Gmail (users.watch), Google Sheets and Docs (Drive files.watch),
// YouTube (WebSub at the hub) and GitLab (project hooks), end to end against the fake provider
// (tests/support/fake-provider*.ts): connect over OAuth → the fake holds the watch / channel /
// subscription / hook with the secret Hookyard stored → an event built from the preset's own
// fixture and signed (or tokened) with it is processed while a wrong secret gets 401 → an
// expiring watch is renewed by the scheduled job → disconnecting removes it on the provider.
import { createHmac, randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import gmailSample from "@/lib/integrations/presets/gmail/fixtures/new-email.json";
import docUpdated from "@/lib/integrations/presets/google-docs/fixtures/document-updated.json";
import sheetUpdated from "@/lib/integrations/presets/google-sheets/fixtures/spreadsheet-updated.json";
import gitlabPush from "@/lib/integrations/presets/gitlab/fixtures/push.json";
import newVideo from "@/lib/integrations/presets/youtube/fixtures/new-video.json";
import { hashPassword } from "@/lib/auth/passwords";
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { startAppServer, type AppServer } from "../support/app-server";
import { connect, fakeControl, fakeState, waitUntil, connectionOf as connectionFor, requireConnection, signedInUser } from "../support/connect";
import type { ConnectionResource, CreatedIntegrationWebhook, EventDetail, RegisterWebhooksResult, RemoteWebhooksView } from "../support/connection-api";
import { CLIENT, type Channel, type GitlabHook, type GmailWatch, type WebSubSubscription } from "../support/fake-provider-state";
import { DOC_IDS, GMAIL_ADDRESS, SHEET_ID } from "../support/fake-provider-google-workspace";
import { YOUTUBE_CHANNEL } from "../support/fake-provider-youtube";
import { api, signIn, type Auth } from "../support/http";
import { createTestDatabase, TEST_SECRETS, type TestDatabase } from "../support/test-db";

const baseUrl = inject("baseUrl");
const fakeUrl = inject("fakeProviderUrl");

const user = (name: string) => signedInUser(baseUrl, `${name}@google-social.test`);

const connectionOf = (auth: Auth, provider: string, base = baseUrl) => requireConnection(base, auth, provider);

/** The caller's endpoint, created before connecting so that the test holds its secret (shown once). */
async function endpoint(auth: Auth, provider: string, config?: Record<string, unknown>, base = baseUrl) {
  const created = await api<CreatedIntegrationWebhook>(base, "POST", "/api/integration-webhooks", { auth, json: { provider_id: provider } });
  expect(created.status, created.text).toBe(201);
  if (config) {
    const patched = await api(base, "PATCH", `/api/integration-webhooks/${created.body.id}`, { auth, json: { integration_config: config } });
    expect(patched.status, patched.text).toBe(200);
  }
  return { id: created.body.id, url: created.body.webhook_url, secret: created.body.signing_secret ?? "" };
}

/** POSTs to the receiver; on 202 waits until the worker processed the event and returns it. */
async function deliver(auth: Auth, endpointId: string, url: string, init: { headers: Record<string, string>; body: string }, base = baseUrl) {
  const response = await fetch(url, { method: "POST", ...init });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  return waitUntil("the event to be processed", async () => {
    const got = await api<EventDetail | undefined>(base, "GET", `/api/integration-webhooks/${endpointId}/events/${id}`, { auth });
    return got.body?.status === "processed" ? got.body : null;
  });
}

async function expectStoredExpiryBeyond(auth: Auth, provider: string, ms: number) {
  return waitUntil(`${provider}'s renewed expiry to be stored`, async () => {
    const c = await connectionOf(auth, provider);
    return c.remote_webhooks.length > 0 && c.remote_webhooks.every((w) => Date.parse(w.expiresAt ?? "") > Date.now() + ms) ? c : null;
  });
}

const HOUR = 3600_000;

describe("Gmail", () => {
  let auth: Auth;
  let target: Awaited<ReturnType<typeof endpoint>>;

  beforeAll(async () => {
    auth = await user("gmail");
    target = await endpoint(auth, "gmail");
  });

  it("connects as the mailbox and reports, without failing, that no Pub/Sub topic is set", async () => {
    const flow = await connect(baseUrl, auth, "gmail");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("scope")).toContain("https://www.googleapis.com/auth/gmail.readonly");
    const connection = await connectionOf(auth, "gmail");
    expect(connection).toMatchObject({ account_id: GMAIL_ADDRESS, status: "active", remote_webhooks: [] });
    expect(connection.remote_errors).toMatchObject([{ resource: "me" }]);
    expect(connection.remote_errors[0].message).toContain("topicName");
    expect(typeof connection.remote_errors[0].at).toBe("string");
  });

  it("watches the mailbox with the configured topic and labels once they are set", async () => {
    const topicName = "projects/hookyard-test/topics/gmail";
    await api(baseUrl, "PATCH", `/api/integration-webhooks/${target.id}`, { auth, json: { integration_config: { topicName, labelIds: ["INBOX"] } } });
    const connection = await connectionOf(auth, "gmail");
    await fakeControl(fakeUrl, "settings", { googleWatchSeconds: 3 });
    const registered = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: {} });
    await fakeControl(fakeUrl, "settings", { googleWatchSeconds: 0 });
    expect(registered.body).toEqual({ created: [{ resource: "me", remoteId: topicName }], errors: [] });
    const watch = (await fakeState(fakeUrl)).subscriptions.find((s): s is GmailWatch => s.family === "gmail" && !s.stopped);
    expect(watch).toMatchObject({ topicName, labelIds: ["INBOX"], labelFilterBehavior: "include" });
    expect((await connectionOf(auth, "gmail")).remote_errors).toEqual([]);
  });

  it("processes a Pub/Sub push carrying the endpoint's token, and refuses another token", async () => {
    const push = (messageId: string) => JSON.stringify({ ...gmailSample, message: { ...gmailSample.message, messageId, message_id: messageId } });
    const event = await deliver(auth, target.id, `${target.url}?token=${encodeURIComponent(target.secret)}`, { headers: { "content-type": "application/json" }, body: push(String(randomInt(1e9))) });
    expect(event.activities[0].text).toContain("jane.doe@example.com");
    const forged = await fetch(`${target.url}?token=not-the-token`, { method: "POST", headers: { "content-type": "application/json" }, body: push(String(randomInt(1e9))) });
    expect(forged.status).toBe(401);
  });

  it("renews the watch with the scheduled job before it lapses", async () => {
    const renewed = await waitUntil("watch renewal", async () => {
      const watch = (await fakeState(fakeUrl)).subscriptions.find((s): s is GmailWatch => s.family === "gmail" && !s.stopped);
      return watch && watch.watchCalls >= 2 ? watch : null;
    });
    expect(Number(renewed.expiration)).toBeGreaterThan(Date.now() + 24 * HOUR);
    await expectStoredExpiryBeyond(auth, "gmail", 24 * HOUR);
  });

  it("stops the watch on disconnect", async () => {
    const connection = await connectionOf(auth, "gmail");
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    const watches = (await fakeState(fakeUrl)).subscriptions.filter((s) => s.family === "gmail");
    expect(watches.length).toBeGreaterThan(0);
    expect(watches.every((s) => s.stopped)).toBe(true);
  });
});

/** A Drive push notification for a channel, with the fixture's resource URI, state and changes. */
function driveHeaders(channel: Channel, fixture: typeof sheetUpdated, token: string) {
  return {
    "content-type": "application/json; utf-8",
    "x-goog-channel-id": channel.id ?? "",
    "x-goog-channel-token": token,
    "x-goog-resource-id": channel.resourceId,
    "x-goog-resource-uri": fixture.resourceUri,
    "x-goog-resource-state": fixture.resourceState,
    "x-goog-changed": fixture.changed.join(","),
    "x-goog-message-number": String(randomInt(2, 1e9)),
  };
}

describe.each([
  { provider: "google-sheets", files: [SHEET_ID], config: { spreadsheetId: SHEET_ID }, fixture: sheetUpdated, text: `Spreadsheet ${SHEET_ID} was edited` },
  { provider: "google-docs", files: DOC_IDS, config: undefined, fixture: docUpdated, text: `Google Doc ${DOC_IDS[0]} was edited` },
])("$provider", ({ provider, files, config, fixture, text }) => {
  let auth: Auth;
  let target: Awaited<ReturnType<typeof endpoint>>;
  const channels = async () => (await fakeState(fakeUrl)).channels.filter((c) => c.address === target.url);

  beforeAll(async () => {
    auth = await user(provider);
    target = await endpoint(auth, provider, config);
    await fakeControl(fakeUrl, "settings", { googleWatchSeconds: 3 });
    const flow = await connect(baseUrl, auth, provider);
    await fakeControl(fakeUrl, "settings", { googleWatchSeconds: 0 });
    expect(flow.callback.status, flow.callback.text).toBe(302);
  });

  it("opens a files.watch channel on each chosen file with the endpoint's token", async () => {
    const connection = await connectionOf(auth, provider);
    expect(connection.remote_errors).toEqual([]);
    expect(connection.remote_webhooks.map((w) => w.resource).sort()).toEqual([...files].sort());
    const open = (await channels()).filter((c) => connection.remote_webhooks.some((w) => w.remoteId === c.id));
    expect(open.map((c) => c.fileId).sort()).toEqual([...files].sort());
    for (const channel of open) expect(channel).toMatchObject({ type: "web_hook", token: target.secret, stopped: false });
    const resources = await api<ConnectionResource[]>(baseUrl, "GET", `/api/connections/${connection.id}/resources`, { auth });
    expect(resources.body.map((r) => r.id).sort()).toEqual([...files].sort());
  });

  it("processes a notification carrying the channel token, and refuses another token", async () => {
    const channel = (await channels()).find((c) => c.fileId === files[0] && !c.stopped);
    if (!channel?.address || !channel.token) throw new Error("no open channel on the first file");
    const event = await deliver(auth, target.id, channel.address, { headers: driveHeaders(channel, fixture, channel.token), body: "" });
    expect(event.activities[0].text).toBe(text);
    const forged = await fetch(channel.address, { method: "POST", headers: driveHeaders(channel, fixture, "wrong-token"), body: "" });
    expect(forged.status).toBe(401);
  });

  it("replaces each expiring channel with a new one and stops the old", async () => {
    const first = await connectionOf(auth, provider);
    const renewed = await expectStoredExpiryBeyond(auth, provider, HOUR);
    const oldIds = first.remote_webhooks.map((w) => w.remoteId);
    const newIds = renewed.remote_webhooks.map((w) => w.remoteId);
    expect(newIds.some((id) => oldIds.includes(id))).toBe(false);
    const all = await channels();
    expect(all.filter((c) => oldIds.includes(c.id ?? "")).every((c) => c.stopped)).toBe(true);
    expect(
      all
        .filter((c) => newIds.includes(c.id ?? ""))
        .map((c) => c.fileId)
        .sort(),
    ).toEqual([...files].sort());
  });

  it("stops every channel on disconnect", async () => {
    const connection = await connectionOf(auth, provider);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect((await channels()).every((c) => c.stopped)).toBe(true);
  });
});

describe("YouTube", () => {
  let auth: Auth;
  let target: Awaited<ReturnType<typeof endpoint>>;
  const topic = `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${YOUTUBE_CHANNEL.id}`;
  const subscription = async () => {
    const found = (await fakeState(fakeUrl)).subscriptions.find((s): s is WebSubSubscription => s.family === "websub" && s.callback === target.url);
    if (!found) throw new Error("the hub holds no subscription for the endpoint");
    return found;
  };

  beforeAll(async () => {
    auth = await user("youtube");
    target = await endpoint(auth, "youtube", { leaseSeconds: 3 });
    const flow = await connect(baseUrl, auth, "youtube");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    // Later leases are the default again: the renewal job reads the settings when it runs.
    await api(baseUrl, "PATCH", `/api/integration-webhooks/${target.id}`, { auth, json: { integration_config: { leaseSeconds: 432000 } } });
  });

  it("subscribes the endpoint to the account's channel feed with hub.secret, verified through the callback", async () => {
    const connection = await connectionOf(auth, "youtube");
    expect(connection.settings.channels).toEqual([YOUTUBE_CHANNEL]);
    expect(connection.remote_errors).toEqual([]);
    expect(connection.remote_webhooks).toMatchObject([{ resource: YOUTUBE_CHANNEL.id, remoteId: topic, url: target.url }]);
    expect(await subscription()).toMatchObject({ topic, secret: target.secret, active: true });
  });

  it("processes a feed signed with hub.secret, and refuses another signature", async () => {
    const e = newVideo;
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom">
  <link rel="hub" href="https://pubsubhubbub.appspot.com"/>
  <link rel="self" href="${topic}"/>
  <title>YouTube video feed</title>
  <updated>${e.updated}</updated>
  <entry>
    <id>yt:video:${e.videoId}</id>
    <yt:videoId>${e.videoId}</yt:videoId>
    <yt:channelId>${e.channelId}</yt:channelId>
    <title>${e.title.replace(/'/g, "&#39;")}</title>
    <link rel="alternate" href="${e.link}"/>
    <author><name>${e.author.name}</name><uri>${e.author.uri}</uri></author>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
  </entry>
</feed>
`;
    const sign = (secret: string) => ({ "content-type": "application/atom+xml", "x-hub-signature": `sha1=${createHmac("sha1", secret).update(body).digest("hex")}` });
    const forged = await fetch(target.url, { method: "POST", headers: sign("not-the-secret"), body });
    expect(forged.status).toBe(401);
    const event = await deliver(auth, target.id, target.url, { headers: sign((await subscription()).secret ?? ""), body });
    expect(event.activities[0].text).toBe(`Google for Developers uploaded "${e.title}"`);
  });

  it("subscribes again before the lease ends", async () => {
    await waitUntil("re-subscription", async () => ((await subscription()).subscribes >= 2 ? true : null));
    await expectStoredExpiryBeyond(auth, "youtube", 24 * HOUR);
    expect((await subscription()).leaseSeconds).toBe(432000);
  });

  it("unsubscribes at the hub on disconnect", async () => {
    const connection = await connectionOf(auth, "youtube");
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect((await subscription()).active).toBe(false);
  });
});

describe("GitLab", () => {
  // The shared app runs without a GitLab OAuth app (the configuration tests need one provider so);
  // this one has it, on the same fake provider and a database of its own (two apps migrating and
  // working one SQLite file would only test lock contention).
  let database: TestDatabase;
  let app: AppServer;
  let auth: Auth;
  let target: Awaited<ReturnType<typeof endpoint>>;
  const hooks = async () => (await fakeState(fakeUrl)).hooks.filter((h): h is GitlabHook => h.family === "gitlab" && h.url === target.url);

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startAppServer(database.url, {
      GITLAB_CLIENT_ID: CLIENT.id,
      GITLAB_CLIENT_SECRET: CLIENT.secret,
      HOOKYARD_PROVIDER_GITLAB_AUTHORIZE_URL: `${fakeUrl}/gitlab/authorize`,
      HOOKYARD_PROVIDER_GITLAB_TOKEN_URL: `${fakeUrl}/gitlab/token`,
      HOOKYARD_PROVIDER_GITLAB_API_BASE: `${fakeUrl}/gitlab/api`,
    });
    Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: database.url });
    resetEnvCache();
    await db().user.create({ data: { email: "gitlab@google-social.test", passwordHash: await hashPassword("gitlab-password-1") } });
    await closeDb();
    auth = { cookie: await signIn(app.baseUrl, "gitlab@google-social.test", "gitlab-password-1") };
    target = await endpoint(auth, "gitlab", undefined, app.baseUrl);
    const flow = await connect(app.baseUrl, auth, "gitlab");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
  }, 150_000);

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it("creates a hook on each maintained project with the endpoint's token", async () => {
    const connection = await connectionOf(auth, "gitlab", app.baseUrl);
    expect(connection).toMatchObject({ account_id: "2001", settings: { username: "ada" }, remote_errors: [] });
    const created = await hooks();
    expect(created.map((h) => h.project_id).sort()).toEqual([11, 12]);
    for (const hook of created) expect(hook).toMatchObject({ token: target.secret, push_events: true, enable_ssl_verification: true });
    const view = await api<RemoteWebhooksView>(app.baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(["registered", "registered"]);
  });

  it("processes a push carrying the hook's token, and refuses another token", async () => {
    const [hook] = await hooks();
    const headers = (token: string) => ({ "content-type": "application/json", "x-gitlab-event": "Push Hook", "x-gitlab-token": token, "idempotency-key": randomUUID() });
    const event = await deliver(auth, target.id, hook.url, { headers: headers(hook.token ?? ""), body: JSON.stringify(gitlabPush) }, app.baseUrl);
    expect(event.activities[0].text).toContain("pushed");
    expect((await fetch(hook.url, { method: "POST", headers: headers("not-the-token"), body: JSON.stringify(gitlabPush) })).status).toBe(401);
  });

  it("deletes the hooks on disconnect", async () => {
    const connection = await connectionOf(auth, "gitlab", app.baseUrl);
    expect((await api(app.baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await hooks()).toEqual([]);
    expect(await connectionFor(app.baseUrl, auth, "gitlab")).toBeUndefined();
  });
});
