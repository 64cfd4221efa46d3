// Which request headers are kept with an event: what helps a person see what the
// provider sent (event names, delivery ids, timestamps, signatures), never a header
// that carries a secret (Authorization, cookies, X-Gitlab-Token, X-Goog-Channel-Token…).
import "server-only";

const ALLOWED = new RegExp(
  "^(" +
    [
      "content-type",
      "content-length",
      "user-agent",
      "x-request-id",
      "x-github-[a-z-]+",
      "x-hub-signature(-256)?",
      "x-gitlab-(event|event-uuid|instance|webhook-uuid)",
      "x-slack-[a-z-]+",
      "x-signature-(ed25519|timestamp)",
      "linear-[a-z-]+",
      "x-trello-webhook",
      "x-notion-signature",
      "x-airtable-content-mac",
      "x-goog-(channel-id|message-number|resource-id|resource-state|resource-uri|changed|channel-expiration)",
      "x-twitter-webhooks-signature",
      "tiktok-signature",
      "x-li-signature",
      "stripe-signature",
      "x-shopify-[a-z0-9-]+",
      "x-hubspot-[a-z0-9-]+",
      "paypal-[a-z-]+",
      "box-[a-z-]+",
      "x-dropbox-signature",
      "webhook-(id|timestamp|signature)",
    ].join("|") +
    ")$",
);

export function storedHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (ALLOWED.test(name.toLowerCase())) kept[name.toLowerCase()] = value.slice(0, 1000);
  });
  return kept;
}
