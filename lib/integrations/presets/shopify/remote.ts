// Shop-specific webhook subscriptions through the GraphQL Admin API, one per topic (the topics
// are the "resources": each succeeds, fails and drifts on its own). Shopify signs app webhooks
// with the app's client secret, so the endpoint's signing secret is Hookyard's SHOPIFY_CLIENT_SECRET
// (RemoteSpec "client-secret") and nothing secret is sent in the subscription.
// https://shopify.dev/docs/api/admin-graphql/2025-07/mutations/webhookSubscriptionCreate
// https://shopify.dev/docs/api/admin-graphql/2025-07/mutations/webhookSubscriptionDelete
// https://shopify.dev/docs/api/admin-graphql/2025-07/queries/webhookSubscriptions
// https://shopify.dev/docs/apps/build/webhooks/verify-deliveries
import "server-only";
import type { RemoteSpec } from "../../connect-types";
import { shopifyQuery, throwUserErrors } from "./graphql";
import { SHOPIFY_TOPIC_TRIGGERS } from "./inbound";

type Subscription = { id: string; topic: string; uri: string };

/** orders/create → ORDERS_CREATE, the WebhookSubscriptionTopic enum's spelling. */
export const topicEnum = (topic: string) => topic.replace(/\//g, "_").toUpperCase();

export const shopifyRemote: RemoteSpec = {
  signingSecret: "client-secret",
  listResources: async () => Object.keys(SHOPIFY_TOPIC_TRIGGERS).map((topic) => ({ id: topicEnum(topic), name: topic, kind: "topic" })),
  create: async (api, { resource, url }) => {
    const data = await shopifyQuery<{ webhookSubscriptionCreate: { webhookSubscription: { id: string } | null; userErrors: { message: string }[] } }>(
      api,
      "mutation($topic: WebhookSubscriptionTopic!, $input: WebhookSubscriptionInput!) { webhookSubscriptionCreate(topic: $topic, webhookSubscription: $input) { webhookSubscription { id } userErrors { field message } } }",
      { topic: resource.id, input: { uri: url, format: "JSON" } },
    );
    throwUserErrors(`the ${resource.name} subscription`, data.webhookSubscriptionCreate.userErrors);
    if (!data.webhookSubscriptionCreate.webhookSubscription) throw new Error("Shopify created no subscription");
    return { remoteId: data.webhookSubscriptionCreate.webhookSubscription.id };
  },
  delete: async (api, webhook) => {
    const data = await shopifyQuery<{ webhookSubscriptionDelete: { deletedWebhookSubscriptionId: string | null; userErrors: { message: string }[] } }>(
      api,
      "mutation($id: ID!) { webhookSubscriptionDelete(id: $id) { deletedWebhookSubscriptionId userErrors { field message } } }",
      { id: webhook.remoteId },
    );
    throwUserErrors(`deleting ${webhook.remoteId}`, data.webhookSubscriptionDelete.userErrors);
  },
  list: async (api, resource) => {
    const data = await shopifyQuery<{ webhookSubscriptions: { nodes: Subscription[] } }>(
      api,
      "query($topics: [WebhookSubscriptionTopic!]) { webhookSubscriptions(first: 100, topics: $topics) { nodes { id topic uri } } }",
      { topics: [resource] },
    );
    return data.webhookSubscriptions.nodes.map((s) => ({ remoteId: s.id, url: s.uri }));
  },
};
