// Airtable base webhooks: a small notification ping ({base, webhook, timestamp}); the changes
// themselves are read afterwards from the webhook's payloads endpoint.
import "server-only";
import type { InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type AirtableNotification = { base?: { id?: string }; webhook?: { id?: string }; timestamp?: string };

const PREFIX = "hmac-sha256=";

/**
 * The notification Airtable would post for a sample, stamped with now. Airtable sends no delivery
 * id, so Hookyard dedupes on the body's hash: the fresh timestamp keeps tests made at different
 * milliseconds apart. The MAC is keyed with the decoded macSecretBase64, as verify() checks it.
 */
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const body = JSON.stringify({ ...(sample as AirtableNotification), timestamp: new Date(now).toISOString() });
  const mac = hmac("sha256", Buffer.from(secret.trim(), "base64"), body).toString("hex");
  return { method: "POST", headers: { "content-type": "application/json", "x-airtable-content-mac": `${PREFIX}${mac}` }, body };
}

export const airtableInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // X-Airtable-Content-MAC = "hmac-sha256=" + hex HMAC-SHA256 of the raw body, keyed with the bytes
  // of macSecretBase64 after base64 decoding (not with the base64 text). No timestamp is signed
  // separately; Airtable documents no window for the body's timestamp.
  // https://airtable.com/developers/web/api/webhooks-overview ("Notification delivery")
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const key = Buffer.from(secret.trim(), "base64");
    if (key.length === 0) return reject("the configured macSecretBase64 is not base64");
    const mac = header(ctx, "x-airtable-content-mac");
    if (!mac?.startsWith(PREFIX)) return reject("missing or malformed X-Airtable-Content-MAC");
    return digestMatches(hmac("sha256", key, ctx.request.rawBody), mac.slice(PREFIX.length), "hex") ? OK : reject("X-Airtable-Content-MAC does not match");
  },
  parse: (request) => parseJson(request.rawBody),
  // Airtable has one kind of delivery; what changed is in the payloads list, not the ping.
  eventType: () => "notification",
  // Airtable sends no delivery id: Hookyard hashes the body (base, webhook and timestamp).
  deliveryId: () => null,
  trigger: (event) => ((event as AirtableNotification).webhook?.id ? "airtable_trigger_base_changed" : undefined),
  // The base the webhook watches.
  identify: (event) => (event as AirtableNotification).base?.id ?? null,
  process: (event) => {
    const n = event as AirtableNotification;
    if (!n.base?.id) return [];
    return [{ text: `Airtable base ${n.base.id} changed (webhook ${n.webhook?.id})`, sourceUrl: `https://airtable.com/${n.base.id}` }];
  },
  testRequest,
};
