// The fake's X: GET /2/users/me, the v2 Webhooks API and Account Activity subscriptions, with
// X's split of credentials: webhooks and unsubscribing take only the app's bearer token,
// subscribing only a user's token. Like X, POST /2/webhooks first sends a CRC GET to the URL and
// refuses the webhook unless the answer's response_token is the HMAC of the crc_token with the
// app's consumer secret. (X also requires https and no port, which a local test cannot give.)
// https://docs.x.com/x-api/webhooks/introduction, https://docs.x.com/x-api/webhooks/quickstart,
// https://docs.x.com/x-api/account-activity/introduction
import { createHmac, randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { send, type FakeState, type Handler, type TwitterHook } from "./fake-provider-state";
import type { Delivery } from "./commerce-deliveries";

export const TWITTER_APP_BEARER = "fake-twitter-app-bearer-token";
export const TWITTER_CONSUMER_SECRET = "fake-twitter-consumer-secret";
export const TWITTER_USER = { id: "1500000000000000001", username: "ada_on_x", name: "Ada" };

/** The X app settings Hookyard reads besides the OAuth client pair. */
export const twitterEnv = () => ({ TWITTER_BEARER_TOKEN: TWITTER_APP_BEARER, TWITTER_CONSUMER_SECRET });

/** Makes the app bearer token a valid credential of the fake's X (it is issued by X's console, not by OAuth). */
export function holdTwitterAppToken(state: FakeState) {
  state.tokens.set(TWITTER_APP_BEARER, { family: "twitter", expiresAt: Number.POSITIVE_INFINITY, revoked: false });
}

/** A delivery signed as X signs: x-twitter-webhooks-signature = "sha256=" + base64 HMAC-SHA256(consumer secret, body). */
export function twitterDelivery(consumerSecret: string, sample: object): Delivery {
  const body = JSON.stringify(sample);
  return { body, headers: { "content-type": "application/json", "x-twitter-webhooks-signature": "sha256=" + createHmac("sha256", consumerSecret).update(body).digest("base64") } };
}

const problem = (res: ServerResponse, status: number, title: string, detail: string) => (send(res, status, { title, detail, type: "about:blank", status }), true);
const notForApp = (res: ServerResponse) => problem(res, 403, "Unsupported Authentication", "this endpoint needs a user's token (OAuth 2.0 user context or OAuth 1.0a), not the app's bearer token");
const appOnly = (res: ServerResponse) => problem(res, 403, "Unsupported Authentication", "this endpoint needs the app's bearer token (OAuth 2.0 App Only), not a user's token");
const view = (h: TwitterHook) => ({ id: h.id, url: h.url, valid: h.valid, created_at: h.created_at });

async function crcPasses(state: FakeState, url: string): Promise<boolean> {
  const token = randomBytes(16).toString("base64url");
  const expected =
    "sha256=" +
    createHmac("sha256", state.settings.twitterCrcSecret ?? TWITTER_CONSUMER_SECRET)
      .update(token)
      .digest("base64");
  const answer = await fetch(`${url}?crc_token=${encodeURIComponent(token)}`).catch(() => null);
  if (!answer || answer.status !== 200) return false;
  const body = (await answer.json().catch(() => ({}))) as { response_token?: string };
  return body.response_token === expected;
}

export const twitter: Handler = async (state, { method, path, headers }, body, res) => {
  const json = body as { url?: unknown };
  const app = headers.authorization === `Bearer ${TWITTER_APP_BEARER}`;
  const hooks = () => state.hooks.filter((h): h is TwitterHook => h.family === "twitter");
  if (method === "GET" && path === "/2/users/me") return app ? notForApp(res) : (send(res, 200, { data: TWITTER_USER }), true);

  if (path === "/2/webhooks") {
    if (!app) return appOnly(res);
    if (method === "GET") return (send(res, 200, hooks().length ? { data: hooks().map(view), meta: { result_count: hooks().length } } : { meta: { result_count: 0 } }), true);
    if (method !== "POST") return false;
    const { url } = json;
    if (typeof url !== "string") return problem(res, 400, "Invalid Request", "url is required");
    if (hooks().some((h) => h.url === url)) return problem(res, 400, "Invalid Request", "DuplicateUrlFailed: a webhook with this URL exists");
    if (!(await crcPasses(state, url))) return problem(res, 400, "Invalid Request", "CrcValidationFailed: the webhook did not answer the CRC check with the right response_token");
    const hook: TwitterHook = { id: String(state.nextId++), family: "twitter", url, valid: true, created_at: new Date().toISOString(), subscriptions: [] };
    state.hooks.push(hook);
    return (send(res, 200, { data: view(hook) }), true);
  }

  const one = /^\/2\/webhooks\/(\d+)$/.exec(path);
  if (one && method === "DELETE") {
    if (!app) return appOnly(res);
    const found = hooks().find((h) => h.id === one[1]);
    if (!found) return problem(res, 404, "Not Found Error", "webhook not found");
    state.hooks = state.hooks.filter((h) => h !== found);
    return (send(res, 200, { data: { deleted: true } }), true);
  }

  const sub = /^\/2\/account_activity\/webhooks\/(\d+)\/subscriptions\/(?:(\d+)\/all|all(\/list)?)$/.exec(path);
  if (!sub) return false;
  const [, webhookId, userId, list] = sub;
  const hook = hooks().find((h) => h.id === webhookId);
  if (!hook) return problem(res, 404, "Not Found Error", "webhook not found");
  if (method === "POST" && !userId && !list) {
    if (app) return notForApp(res);
    if (!hook.subscriptions.includes(TWITTER_USER.id)) hook.subscriptions.push(TWITTER_USER.id); // every user token of the fake is this user's
    return (send(res, 200, { data: { subscribed: true } }), true);
  }
  if (!app) return appOnly(res);
  if (method === "GET" && list) return (send(res, 200, { data: { webhook_id: hook.id, webhook_url: hook.url, subscriptions: hook.subscriptions.map((user_id) => ({ user_id })) } }), true);
  if (method === "DELETE" && userId) {
    if (!hook.subscriptions.includes(userId)) return problem(res, 404, "Not Found Error", "subscription not found");
    hook.subscriptions = hook.subscriptions.filter((u) => u !== userId);
    return (send(res, 200, { data: { subscribed: false } }), true);
  }
  return false;
};
