// Deliveries signed the way Stripe, Airtable and Box sign them, written from the providers'
// docs independently of Hookyard's verifiers, so a connection test proves the secret Hookyard
// stored is the one the provider signs with.
import { createHmac, randomUUID } from "node:crypto";

export type Delivery = { body: string; headers: Record<string, string> };

/** https://docs.stripe.com/webhooks#verify-manually — v1 = hex HMAC-SHA256(whsec, "<t>.<body>"). */
export function stripeDelivery(secret: string, sample: object): Delivery {
  const body = JSON.stringify({ ...sample, id: `evt_${randomUUID().replace(/-/g, "").slice(0, 24)}` }, null, 2);
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return { body, headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": `t=${t},v1=${v1}` } };
}

/** https://airtable.com/developers/web/api/webhooks-overview — hex HMAC-SHA256 keyed with the decoded macSecretBase64. */
export function airtableDelivery(macSecretBase64: string, baseId: string, webhookId: string): Delivery {
  const body = JSON.stringify({ base: { id: baseId }, webhook: { id: webhookId }, timestamp: new Date().toISOString() });
  const mac = createHmac("sha256", Buffer.from(macSecretBase64, "base64")).update(body).digest("hex");
  return { body, headers: { "content-type": "application/json", "x-airtable-content-mac": `hmac-sha256=${mac}` } };
}

/** https://developer.box.com/guides/webhooks/v2/signatures-v2/ — base64 HMAC-SHA256(key, body + delivery timestamp). */
export function boxDelivery(primaryKey: string, sample: object, webhookId: string): Delivery {
  const body = JSON.stringify({ ...sample, id: randomUUID(), webhook: { id: webhookId, type: "webhook" } });
  const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, "+00:00");
  const signature = createHmac("sha256", primaryKey)
    .update(body + timestamp)
    .digest("base64");
  return {
    body,
    headers: {
      "content-type": "application/json; charset=UTF-8",
      "box-delivery-id": randomUUID(),
      "box-delivery-timestamp": timestamp,
      "box-signature-version": "1",
      "box-signature-algorithm": "HmacSHA256",
      "box-signature-primary": signature,
    },
  };
}

/** https://shopify.dev/docs/apps/build/webhooks/verify-deliveries — base64 HMAC-SHA256(client secret, body). */
export function shopifyDelivery(clientSecret: string, topic: string, sample: object, shop: string): Delivery {
  const body = JSON.stringify(sample);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": topic,
      "x-shopify-shop-domain": shop,
      "x-shopify-api-version": "2025-07",
      "x-shopify-webhook-id": randomUUID(),
      "x-shopify-hmac-sha256": createHmac("sha256", clientSecret).update(body).digest("base64"),
    },
  };
}

/** https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures — base64 HMAC-SHA1(app secret, body + callbackURL). */
export function trelloDelivery(appSecret: string, callbackUrl: string, sample: { action: object }): Delivery {
  const action = { ...sample.action, id: `${Math.floor(Date.now() / 1000).toString(16)}${randomUUID().replace(/-/g, "").slice(0, 16)}` };
  const body = JSON.stringify({ ...sample, action });
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-trello-webhook": createHmac("sha1", appSecret)
        .update(body + callbackUrl)
        .digest("base64"),
    },
  };
}
