// A GitHub delivery signed as GitHub signs it (X-Hub-Signature-256: sha256=<hex
// HMAC-SHA256 of the raw body>), for receiver tests that need a real provider.
// https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
import { createHmac, randomUUID } from "node:crypto";

export function githubDelivery(secret: string, event: string, payload: unknown, options: { deliveryId?: string; tamper?: boolean } = {}) {
  const body = JSON.stringify(payload);
  const signature = "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
  return {
    body: options.tamper ? body.replace("}", " }") : body,
    headers: {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/044aadd",
      "x-github-event": event,
      "x-github-delivery": options.deliveryId ?? randomUUID(),
      "x-hub-signature-256": signature,
    },
  };
}
