// Pure helpers of the Stripe, Shopify and Trello connection specs: which events and topics a
// selection of triggers maps to, and how their answers and headers are read and written.
import { describe, expect, it } from "vitest";
import { shopifyResponseError, throwUserErrors } from "./shopify/graphql";
import { topicEnum } from "./shopify/remote";
import { stripeOAuth } from "./stripe/oauth";
import { stripeEvents } from "./stripe/remote";
import { trelloOAuth } from "./trello/oauth";

describe("Stripe", () => {
  it("subscribes to the events of the selected triggers only", () => {
    expect(stripeEvents(["stripe_trigger_payment_succeeded", "stripe_trigger_invoice_paid"])).toEqual(["payment_intent.succeeded", "invoice.paid"]);
    expect(stripeEvents([])).toEqual([]);
  });

  it("reads Stripe Connect's token answer, which has no expiry", () => {
    const tokens = stripeOAuth.parseToken!({ access_token: "sk_test_x", refresh_token: "rt_x", scope: "read_write", livemode: false, stripe_user_id: "acct_1" });
    expect(tokens).toEqual({ accessToken: "sk_test_x", refreshToken: "rt_x", scopes: ["read_write"], extra: { livemode: false } });
  });
});

describe("Shopify", () => {
  it("spells topics as the WebhookSubscriptionTopic enum", () => {
    expect(topicEnum("orders/create")).toBe("ORDERS_CREATE");
    expect(topicEnum("app/uninstalled")).toBe("APP_UNINSTALLED");
  });

  it("turns GraphQL errors into failures, throttling into 429, and userErrors into an error", () => {
    expect(shopifyResponseError(200, { errors: [{ message: "Throttled", extensions: { code: "THROTTLED" } }] })).toEqual({ status: 429, message: "Throttled" });
    expect(shopifyResponseError(200, { errors: [{ message: "Field 'x' doesn't exist" }] })).toMatchObject({ status: 422 });
    expect(shopifyResponseError(200, { data: { shop: {} } })).toBeUndefined();
    expect(shopifyResponseError(401, { errors: "Invalid API key" })).toBeUndefined();
    expect(() => throwUserErrors("the subscription", [{ message: "Address is invalid" }])).toThrow("Address is invalid");
    expect(() => throwUserErrors("the subscription", [])).not.toThrow();
  });
});

describe("Trello", () => {
  it("sends key and token in the Authorization header, not in the query", () => {
    expect(trelloOAuth.authHeader!("tok", "key")).toEqual({ authorization: 'OAuth oauth_consumer_key="key", oauth_token="tok"' });
  });
});
