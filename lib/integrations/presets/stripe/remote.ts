// One webhook endpoint on the connected Stripe account, for the events of the selected triggers.
// Stripe chooses the signing secret: the create answer carries it (whsec_…, only then), and it
// becomes the Hookyard endpoint's signing secret for Stripe-Signature checks.
// https://docs.stripe.com/api/webhook_endpoints/create — form-encoded url + enabled_events[]
// https://docs.stripe.com/api/webhook_endpoints/list, https://docs.stripe.com/api/webhook_endpoints/delete
import "server-only";
import type { RemoteSpec } from "../../connect-types";
import { STRIPE_EVENT_TRIGGERS } from "./inbound";

type Endpoint = { id: string; url: string; status: string; secret?: string };

/** Stripe event names for Hookyard trigger values (payment_intent.succeeded for stripe_trigger_payment_succeeded…). */
export function stripeEvents(triggerTypes: string[]): string[] {
  // "*" is Stripe's own wildcard for every event type: https://docs.stripe.com/api/webhook_endpoints/create#create_webhook_endpoint-enabled_events
  if (triggerTypes.includes("*")) return ["*"];
  return Object.entries(STRIPE_EVENT_TRIGGERS)
    .filter(([, trigger]) => triggerTypes.includes(trigger))
    .map(([event]) => event);
}

export const stripeRemote: RemoteSpec = {
  signingSecret: "provider",
  // The connected account is the one thing an endpoint belongs to.
  listResources: async (api) => [{ id: api.accountId, name: String(api.settings.name ?? api.settings.username ?? api.accountId), kind: "account" }],
  create: async (api, { url, triggerTypes }) => {
    const form: Record<string, string> = { url, description: "Hookyard" };
    stripeEvents(triggerTypes).forEach((event, i) => (form[`enabled_events[${i}]`] = event));
    const endpoint = await api.request<Endpoint>("POST", "/v1/webhook_endpoints", { form });
    if (!endpoint.secret) throw new Error("Stripe created the endpoint without returning its signing secret");
    return { remoteId: endpoint.id, secret: endpoint.secret };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `/v1/webhook_endpoints/${encodeURIComponent(webhook.remoteId)}`);
  },
  list: async (api) => {
    const page = await api.request<{ data: Endpoint[] }>("GET", "/v1/webhook_endpoints", { query: { limit: 100 } });
    return page.data.map((e) => ({ remoteId: e.id, url: e.url, active: e.status === "enabled" }));
  },
};
