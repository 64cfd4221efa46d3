// The fake's Shopify: one store per host, whose OAuth and GraphQL Admin API URLs carry the
// shop domain ({host} in Hookyard's provider URLs), webhook subscriptions per topic, and the
// token in X-Shopify-Access-Token. https://shopify.dev/docs/api/admin-graphql
import { send, type Handler, type ShopifyHook } from "./fake-provider-state";

export const SHOPIFY_SHOP = "fake-store.myshopify.com";

/** Provider URLs with Hookyard's {host} placeholder, so the fake sees which shop is called. */
export function shopifyEnv(url: string): Record<string, string> {
  return {
    HOOKYARD_PROVIDER_SHOPIFY_AUTHORIZE_URL: `${url}/shopify/authorize?shop={host}`,
    HOOKYARD_PROVIDER_SHOPIFY_TOKEN_URL: `${url}/shopify/token?shop={host}`,
    HOOKYARD_PROVIDER_SHOPIFY_API_BASE: `${url}/shopify/api/{host}/admin/api/2025-07`,
  };
}

type ShopifyRequest = { query?: string; variables?: { topic?: string; id?: string; topics?: string[]; input?: { uri?: string; format?: string } } };

export const shopify: Handler = (state, { method, path }, body, res) => {
  const json = body as ShopifyRequest;
  const m = /^\/([^/]+)\/admin\/api\/[\d-]+\/graphql\.json$/.exec(path);
  if (method !== "POST" || !m) return false;
  const shop = decodeURIComponent(m[1]);
  if (shop !== SHOPIFY_SHOP) return (send(res, 404, { errors: "Not Found" }), true);
  const q = json.query ?? "";
  const v = json.variables ?? {};
  const data = (d: unknown) => (send(res, 200, { data: d }), true);
  if (q.includes("webhookSubscriptionCreate")) {
    const uri = v.input?.uri;
    if (!uri || !v.topic || !/^[A-Z_]+$/.test(v.topic))
      return data({ webhookSubscriptionCreate: { webhookSubscription: null, userErrors: [{ field: ["webhookSubscription"], message: "Address can't be blank" }] } });
    const hook: ShopifyHook = { id: `gid://shopify/WebhookSubscription/${state.nextId++}`, family: "shopify", shop, topic: v.topic, uri, format: v.input?.format };
    state.hooks.push(hook);
    return data({ webhookSubscriptionCreate: { webhookSubscription: { id: hook.id }, userErrors: [] } });
  }
  if (q.includes("webhookSubscriptionDelete")) {
    const found = state.hooks.find((h): h is ShopifyHook => h.family === "shopify" && h.id === v.id);
    if (!found) return data({ webhookSubscriptionDelete: { deletedWebhookSubscriptionId: null, userErrors: [{ field: ["id"], message: "Webhook subscription does not exist" }] } });
    state.hooks = state.hooks.filter((h) => h !== found);
    return data({ webhookSubscriptionDelete: { deletedWebhookSubscriptionId: found.id, userErrors: [] } });
  }
  if (q.includes("webhookSubscriptions")) {
    const nodes = state.hooks.filter((h): h is ShopifyHook => h.family === "shopify" && h.shop === shop && (!v.topics || v.topics.includes(h.topic)));
    return data({ webhookSubscriptions: { nodes: nodes.map((h) => ({ id: h.id, topic: h.topic, uri: h.uri })) } });
  }
  if (q.includes("shop")) return data({ shop: { id: "gid://shopify/Shop/4242", name: "Fake Store", myshopifyDomain: shop, email: "owner@example.com" } });
  return false;
};
