// The fake's Stripe: the connected account (GET /v1/account) and webhook endpoints created
// form-encoded, each with a whsec_… secret the fake chooses and returns only on creation,
// as Stripe does. https://docs.stripe.com/api/webhook_endpoints
import { randomBytes } from "node:crypto";
import { send, type Handler, type StripeHook } from "./fake-provider-state";

export const STRIPE_ACCOUNT = "acct_1FakeAccount0001";

export const stripe: Handler = (state, { method, path, raw }, _json, res) => {
  if (method === "GET" && path === "/v1/account") {
    return (send(res, 200, { id: STRIPE_ACCOUNT, object: "account", email: "ada@example.com", settings: { dashboard: { display_name: "Fake Shop" } } }), true);
  }
  if (path === "/v1/webhook_endpoints" && method === "POST") {
    const form = new URLSearchParams(raw);
    const events = [...form.entries()].filter(([key]) => /^enabled_events\[\d+\]$/.test(key)).map(([, value]) => value);
    if (!form.get("url") || events.length === 0) return (send(res, 400, { error: { type: "invalid_request_error", message: "url and enabled_events are required" } }), true);
    const hook: StripeHook = {
      id: `we_fake${state.nextId++}`,
      family: "stripe",
      object: "webhook_endpoint",
      url: form.get("url") ?? "",
      enabled_events: events,
      status: "enabled",
      secret: `whsec_${randomBytes(24).toString("base64")}`,
    };
    state.hooks.push(hook);
    return (send(res, 200, hook), true);
  }
  if (path === "/v1/webhook_endpoints" && method === "GET") {
    // The secret is never listed, only returned at creation.
    const data = state.hooks.filter((h): h is StripeHook => h.family === "stripe").map(({ secret: _secret, ...h }) => h);
    return (send(res, 200, { object: "list", data, has_more: false }), true);
  }
  const one = /^\/v1\/webhook_endpoints\/([^/]+)$/.exec(path);
  if (one && method === "DELETE") {
    const found = state.hooks.find((h): h is StripeHook => h.family === "stripe" && h.id === one[1]);
    if (!found) return (send(res, 404, { error: { type: "invalid_request_error", message: `No such webhook endpoint: '${one[1]}'` } }), true);
    state.hooks = state.hooks.filter((h) => h !== found);
    return (send(res, 200, { id: found.id, object: "webhook_endpoint", deleted: true }), true);
  }
  return false;
};
