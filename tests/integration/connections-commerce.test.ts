// OAuth connect + provider-side webhook registration for Stripe, Airtable, Box, Shopify and Trello over real
// HTTP against the fake provider (tests/support/fake-provider-*.ts): connect → the provider
// holds a webhook pointing at the user's Hookyard URL → a delivery signed with the secret the
// provider signs with is processed while a forged one gets 401 → disconnect removes the
// provider-side webhook. Airtable's 7-day webhooks are refreshed by the scheduled job; Box's
// console-only signature keys must be pasted before Hookyard registers anything; Shopify is
// connected per store (the shop domain saved in the integration's settings) and signs with the
// app's client secret; Trello, which has no OAuth 2.0, is connected with the token its
// authorize page shows the user.
import { CLIENT, type Hook } from "../support/fake-provider-state";
import { beforeAll, describe, expect, inject, it } from "vitest";
import paymentSucceeded from "@/lib/integrations/presets/stripe/fixtures/payment-intent-succeeded.json";
import fileUploaded from "@/lib/integrations/presets/box/fixtures/file-uploaded.json";
import orderCreated from "@/lib/integrations/presets/shopify/fixtures/orders-create.json";
import cardCreated from "@/lib/integrations/presets/trello/fixtures/card-created.json";
import { airtableDelivery, boxDelivery, shopifyDelivery, stripeDelivery, trelloDelivery, type Delivery } from "../support/commerce-deliveries";
import { connect, fakeControl, fakeState, waitUntil, connectionOf as connectionFor, requireConnection, signedInUser } from "../support/connect";
import type { ApiErrorBody, ConnectionDto, ConnectionResource, EventDetail, IntegrationWebhookDto, RegisterWebhooksResult, RemoteWebhooksView } from "../support/connection-api";
import { AIRTABLE_BASE } from "../support/fake-provider-airtable";
import { BOX_PRIMARY_KEY } from "../support/fake-provider-box";
import { SHOPIFY_SHOP } from "../support/fake-provider-shopify";
import { STRIPE_ACCOUNT } from "../support/fake-provider-stripe";
import { TRELLO_BOARDS } from "../support/fake-provider-trello";
import { api, type Auth } from "../support/http";

const baseUrl = inject("baseUrl");
const fakeUrl = inject("fakeProviderUrl");

const user = (name: string) => signedInUser(baseUrl, `${name}@connections-commerce.test`);

const connectionOf = (auth: Auth, provider: string) => requireConnection(baseUrl, auth, provider);

/** The fake's hooks of one family that the connection says it registered. */
async function hooksOf<F extends Hook["family"]>(family: F, connection: { remote_webhooks: { remoteId: string }[] }) {
  const ids = connection.remote_webhooks.map((w) => w.remoteId);
  return (await fakeState(fakeUrl)).hooks.filter((h): h is Extract<Hook, { family: F }> => h.family === family && ids.includes(String(h.id)));
}

/** Posts a delivery and waits until Hookyard has processed it; returns the stored event. */
async function deliverAndProcess(auth: Auth, url: string, delivery: Delivery) {
  const response = await fetch(url, { method: "POST", body: delivery.body, headers: delivery.headers });
  expect(response.status, await response.clone().text()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  const endpointId = url.split("/").pop() ?? "";
  return waitUntil("the event to be processed", async () => {
    const got = await api<EventDetail | undefined>(baseUrl, "GET", `/api/integration-webhooks/${endpointId}/events/${id}`, { auth });
    return got.body?.status === "processed" ? got.body : null;
  });
}

async function post(url: string, delivery: Delivery) {
  return (await fetch(url, { method: "POST", body: delivery.body, headers: delivery.headers })).status;
}

describe("Stripe", () => {
  it("creates a webhook endpoint whose returned whsec_ secret verifies Stripe-Signature, and deletes it on disconnect", async () => {
    const auth = await user("stripe");
    const flow = await connect(baseUrl, auth, "stripe");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("read_write");
    const connection = await connectionOf(auth, "stripe");
    expect(connection).toMatchObject({ account_id: STRIPE_ACCOUNT, status: "active", remote_errors: [] });
    const [hook] = await hooksOf("stripe", connection);
    expect(hook.url).toMatch(new RegExp(`^${baseUrl}/api/webhooks/stripe/[^/]+$`));
    // The endpoint takes every event by default ("*"), and "*" is Stripe's own wildcard.
    expect(hook.enabled_events).toEqual(["*"]);
    expect(JSON.stringify(connection)).not.toContain(hook.secret);

    const event = await deliverAndProcess(auth, hook.url, stripeDelivery(hook.secret, paymentSucceeded));
    expect(event.activities[0].text).toContain("succeeded");
    expect(await post(hook.url, stripeDelivery("whsec_forged", paymentSucceeded))).toBe(401);

    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(["registered"]);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await hooksOf("stripe", connection)).toEqual([]);
  });
});

describe("Airtable", () => {
  let auth: Auth;

  beforeAll(async () => {
    auth = await user("airtable");
    await fakeControl(fakeUrl, "settings", { airtableLifetimeSeconds: 4 });
    const flow = await connect(baseUrl, auth, "airtable");
    await fakeControl(fakeUrl, "settings", { airtableLifetimeSeconds: 0 });
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("code_challenge_method")).toBe("S256");
  });

  it("creates a base webhook whose macSecretBase64 verifies X-Airtable-Content-MAC", async () => {
    const connection = await connectionOf(auth, "airtable");
    expect(connection.remote_errors).toEqual([]);
    const [hook] = await hooksOf("airtable", connection);
    expect(hook).toMatchObject({ base: AIRTABLE_BASE, specification: { options: { filters: { dataTypes: ["tableData"] } } } });
    expect(hook.notificationUrl).toMatch(new RegExp(`^${baseUrl}/api/webhooks/airtable/[^/]+$`));
    const event = await deliverAndProcess(auth, hook.notificationUrl, airtableDelivery(hook.macSecretBase64, AIRTABLE_BASE, hook.id));
    expect(event.activities[0].text).toContain(AIRTABLE_BASE);
    expect(await post(hook.notificationUrl, airtableDelivery(Buffer.from("forged").toString("base64"), AIRTABLE_BASE, hook.id))).toBe(401);
  });

  it("refreshes an expiring webhook with the scheduled job", async () => {
    const connection = await connectionOf(auth, "airtable");
    expect(Date.parse(connection.remote_webhooks[0].expiresAt ?? "")).toBeLessThan(Date.now() + 60_000);
    const [refreshed] = await waitUntil("the refresh", async () => {
      const hooks = await hooksOf("airtable", connection);
      return hooks.length === 1 && hooks[0].refreshes >= 1 ? hooks : null;
    });
    expect(Date.parse(refreshed.expirationTime)).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);
    const after = await waitUntil("the new expiry to be stored", async () => {
      const c = await connectionOf(auth, "airtable");
      return Date.parse(c.remote_webhooks[0].expiresAt ?? "") > Date.now() + 6 * 24 * 3600_000 ? c : null;
    });
    expect(after.remote_webhooks[0].remoteId).toBe(refreshed.id);
  });

  it("deletes the webhook on disconnect", async () => {
    const connection = await connectionOf(auth, "airtable");
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await hooksOf("airtable", connection)).toEqual([]);
  });
});

describe("Box", () => {
  let auth: Auth;

  beforeAll(async () => {
    auth = await user("box");
  });

  it("registers nothing until the app's primary signature key is pasted, and says so", async () => {
    const flow = await connect(baseUrl, auth, "box");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    const connection = await connectionOf(auth, "box");
    expect(connection.remote_webhooks).toEqual([]);
    expect(connection.remote_errors).toMatchObject([{ resource: "1001" }]);
    expect(connection.remote_errors[0].message).toContain("primary signature key");
    expect((await fakeState(fakeUrl)).hooks.filter((h) => h.family === "box")).toEqual([]);
  });

  it("then creates a folder webhook that Box's signature verifies, and deletes it on disconnect", async () => {
    const endpoints = await api<IntegrationWebhookDto[]>(baseUrl, "GET", "/api/integration-webhooks", { auth });
    const endpoint = endpoints.body.find((e) => e.provider_id === "box")!;
    const patched = await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth, json: { signing_secret: BOX_PRIMARY_KEY } });
    expect(patched.status, patched.text).toBe(200);
    const connection = await connectionOf(auth, "box");
    const resources = await api<ConnectionResource[]>(baseUrl, "GET", `/api/connections/${connection.id}/resources`, { auth });
    expect(resources.body).toEqual([{ id: "1001", name: "Contracts", kind: "folder" }]);
    const registered = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: {} });
    expect(registered.status, registered.text).toBe(200);
    expect(registered.body).toMatchObject({ created: [{ resource: "1001" }], errors: [] });
    expect((await connectionOf(auth, "box")).remote_errors).toEqual([]);

    const [hook] = await hooksOf("box", await connectionOf(auth, "box"));
    expect(hook).toMatchObject({ target: { id: "1001", type: "folder" }, address: `${baseUrl}/api/webhooks/box/${endpoint.id}` });
    expect(hook.triggers).toEqual(expect.arrayContaining(["FILE.UPLOADED", "COMMENT.CREATED"]));
    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(["registered"]);

    const event = await deliverAndProcess(auth, hook.address, boxDelivery(BOX_PRIMARY_KEY, fileUploaded, hook.id));
    expect(event.activities[0].text).toContain("uploaded");
    expect(await post(hook.address, boxDelivery("not-the-key", fileUploaded, hook.id))).toBe(401);

    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect((await fakeState(fakeUrl)).hooks.filter((h) => h.family === "box")).toEqual([]);
  });

  it("answers a malformed registration request with the JSON error shape", async () => {
    const flow = await connect(baseUrl, auth, "box");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    const connection = await connectionOf(auth, "box");
    const bad = await api<ApiErrorBody>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: { resources: "1001" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_error");
    const unknown = await api<RegisterWebhooksResult>(baseUrl, "POST", `/api/connections/${connection.id}/webhooks`, { auth, json: { resources: ["9999"] } });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ resource: "9999" })]);
    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
  });
});

describe("Shopify", () => {
  let auth: Auth;
  let endpointId: string;

  beforeAll(async () => {
    auth = await user("shopify");
  });

  it("needs the store's shop domain before connecting, and accepts only a myshopify.com host", async () => {
    const start = await api<ApiErrorBody>(baseUrl, "GET", "/api/connections/shopify/authorize", { auth });
    expect(start.status).toBe(422);
    expect(start.body.error.message).toContain("shop_domain");
    const created = await api<IntegrationWebhookDto>(baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "shopify" } });
    expect(created.status, created.text).toBe(201);
    endpointId = created.body.id;
    const evil = await api<ApiErrorBody>(baseUrl, "PATCH", `/api/integration-webhooks/${endpointId}`, { auth, json: { integration_config: { shop_domain: "attacker.example.com/x?" } } });
    expect(evil.status).toBe(400);
    expect(evil.body.error.code).toBe("validation_error");
    const saved = await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpointId}`, { auth, json: { integration_config: { shop_domain: SHOPIFY_SHOP } } });
    expect(saved.status, saved.text).toBe(200);
  });

  it("connects to that store, subscribes every topic, verifies with the app's client secret and unsubscribes on disconnect", async () => {
    const flow = await connect(baseUrl, auth, "shopify");
    expect(flow.callback.status, flow.callback.text).toBe(302);
    expect(flow.authorizeUrl.searchParams.get("shop")).toBe(SHOPIFY_SHOP);
    expect(flow.authorizeUrl.searchParams.get("scope")).toBe("read_orders,read_products,read_customers");
    const connection = await connectionOf(auth, "shopify");
    expect(connection).toMatchObject({ account_id: "gid://shopify/Shop/4242", status: "active", settings: { host: SHOPIFY_SHOP, name: "Fake Store" }, remote_errors: [] });
    const hooks = await hooksOf("shopify", connection);
    expect(hooks.map((h) => h.topic).sort()).toEqual(["APP_UNINSTALLED", "CUSTOMERS_CREATE", "ORDERS_CREATE", "ORDERS_FULFILLED", "ORDERS_PAID", "PRODUCTS_CREATE"]);
    const url = `${baseUrl}/api/webhooks/shopify/${endpointId}`;
    expect(hooks.every((h) => h.uri === url && h.format === "JSON")).toBe(true);
    const view = await api<RemoteWebhooksView>(baseUrl, "GET", `/api/connections/${connection.id}/webhooks`, { auth });
    expect(view.body.webhooks.map((w) => w.status)).toEqual(Array(6).fill("registered"));

    const event = await deliverAndProcess(auth, url, shopifyDelivery(CLIENT.secret, "orders/create", orderCreated, SHOPIFY_SHOP));
    expect(event.activities[0].text).toContain("New order");
    expect(await post(url, shopifyDelivery("not-the-client-secret", "orders/create", orderCreated, SHOPIFY_SHOP))).toBe(401);

    expect((await api(baseUrl, "DELETE", `/api/connections/${connection.id}`, { auth })).status).toBe(204);
    expect(await hooksOf("shopify", connection)).toEqual([]);
  });

  it("takes the store from the Connect form's field, saving it only when it is a myshopify.com host", async () => {
    const other = await user("shopify-form");
    const bad = await api<ApiErrorBody>(baseUrl, "GET", "/api/connections/shopify/authorize?shop_domain=attacker.example.com", { auth: other });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as { path: string[] }[])[0].path).toEqual(["integration_config", "shop_domain"]);
    const nothing = await api<IntegrationWebhookDto[]>(baseUrl, "GET", "/api/integration-webhooks", { auth: other });
    expect(nothing.body.filter((e) => e.provider_id === "shopify" && e.id !== "shopify")).toEqual([]);

    const start = await api(baseUrl, "GET", `/api/connections/shopify/authorize?shop_domain=${encodeURIComponent(" Fake-Store.myshopify.com ")}`, { auth: other });
    expect(start.status, start.text).toBe(302);
    expect(new URL(start.headers.get("location")!).searchParams.get("shop")).toBe(SHOPIFY_SHOP);
    const listed = await api<IntegrationWebhookDto[]>(baseUrl, "GET", "/api/integration-webhooks", { auth: other });
    const endpoint = listed.body.find((e) => e.provider_id === "shopify" && e.id !== "shopify");
    expect(endpoint?.integration_config).toMatchObject({ shop_domain: SHOPIFY_SHOP });
  });
});

describe("Trello (API key + token: no OAuth 2.0 code flow)", () => {
  let auth: Auth;

  beforeAll(async () => {
    auth = await user("trello");
  });

  it("sends the user to Trello's token page, connects with the pasted token and watches every board", async () => {
    const start = await api(baseUrl, "GET", "/api/connections/trello/authorize", { auth });
    expect(start.status).toBe(302);
    const page = new URL(start.headers.get("location")!);
    expect(Object.fromEntries(page.searchParams)).toEqual({ key: CLIENT.id, scope: "read", response_type: "token", expiration: "never", name: "Hookyard" });
    const { token } = (await (await fetch(page)).json()) as { token: string };

    const connected = await api<ConnectionDto>(baseUrl, "POST", "/api/connections/trello/token", { auth, json: { token } });
    expect(connected.status, connected.text).toBe(201);
    expect(connected.text).not.toContain(token);
    expect(connected.body).toMatchObject({ provider_id: "trello", account_id: "5a1b2c3d4e5f607182930001", settings: { username: "ada" }, remote_errors: [] });
    expect(connected.body.remote_webhooks.map((w) => w.resource).sort()).toEqual(TRELLO_BOARDS.map((b) => b.id));
    const hooks = await hooksOf("trello", connected.body);
    expect(hooks.map((h) => h.idModel).sort()).toEqual(TRELLO_BOARDS.map((b) => b.id));
    const callbackUrl = hooks[0].callbackURL;
    expect(callbackUrl).toMatch(new RegExp(`^${baseUrl}/api/webhooks/trello/[^/]+$`));

    const event = await deliverAndProcess(auth, callbackUrl, trelloDelivery(CLIENT.secret, callbackUrl, cardCreated));
    expect(event.activities[0].text).toContain("added card");
    expect(await post(callbackUrl, trelloDelivery("not-the-app-secret", callbackUrl, cardCreated))).toBe(401);

    expect((await api(baseUrl, "DELETE", `/api/connections/${connected.body.id}`, { auth })).status).toBe(204);
    expect(await hooksOf("trello", connected.body)).toEqual([]);
  });

  it("refuses an empty or unknown token, and a pasted token for a provider with a code flow, storing nothing", async () => {
    const auth = await user("trello-refused");
    const empty = await api<ApiErrorBody>(baseUrl, "POST", "/api/connections/trello/token", { auth, json: { token: " " } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("validation_error");
    const quoted = await api(baseUrl, "POST", "/api/connections/trello/token", { auth, json: { token: 'abc", oauth_token="other' } });
    expect(quoted.status).toBe(400);
    const broken = await api(baseUrl, "POST", "/api/connections/trello/token", { auth, body: "{", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    const unknown = await api<ApiErrorBody>(baseUrl, "POST", "/api/connections/trello/token", { auth, json: { token: "trello-at-made-up" } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toContain("did not accept the token");
    const codeFlow = await api(baseUrl, "POST", "/api/connections/github/token", { auth, json: { token: "ghp_x" } });
    expect(codeFlow.status).toBe(422);
    expect((await api(baseUrl, "POST", "/api/connections/trello/token", { json: { token: "x" } })).status).toBe(401);
    expect(await connectionFor(baseUrl, auth, "trello")).toBeUndefined();
  });
});
