// HubSpot inbound: v3 request signature (method + decoded URI + raw body + ms timestamp), and
// batched bodies: one JSON array of up to 100 events, split into one stored event each.
import "server-only";
import { createHash, randomInt } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { digestMatches, hmac, header, OK, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const id = (value: unknown): string | null => (typeof value === "number" || typeof value === "string" ? String(value) : null);

const TRIGGERS: Record<string, string> = {
  "contact.creation": "hubspot_trigger_contact_created",
  "contact.propertyChange": "hubspot_trigger_contact_property_changed",
  "contact.deletion": "hubspot_trigger_contact_deleted",
  "company.creation": "hubspot_trigger_company_created",
  "deal.creation": "hubspot_trigger_deal_created",
  "deal.propertyChange": "hubspot_trigger_deal_property_changed",
};

/** HubSpot's CRM object type ids, used in record URLs. */
const OBJECT_TYPE_IDS: Record<string, string> = { contact: "0-1", company: "0-2", deal: "0-3", ticket: "0-5" };

/**
 * The URI as HubSpot signs it: only these percent-escapes are decoded before hashing
 * (per the v3 validation guide); every other escape stays as sent.
 */
const DECODED_ESCAPES: Record<string, string> = {
  "3A": ":",
  "2F": "/",
  "3F": "?",
  "40": "@",
  "21": "!",
  "24": "$",
  "27": "'",
  "28": "(",
  "29": ")",
  "2A": "*",
  "2C": ",",
  "3B": ";",
};
export function hubspotSignedUri(url: URL): string {
  return url.href.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => DECODED_ESCAPES[hex.toUpperCase()] ?? escape);
}

/** split() yields single events; the other hooks also accept a one-event batch. */
const single = (event: unknown): Rec => rec(Array.isArray(event) && event.length === 1 ? event[0] : event);

function describe(event: Rec): Activity[] {
  const type = str(event.subscriptionType);
  if (!type) return [];
  const [object, change] = type.split(".");
  const portal = id(event.portalId);
  const typeId = OBJECT_TYPE_IDS[object];
  const label = object.charAt(0).toUpperCase() + object.slice(1);
  const record = portal && typeId ? `https://app.hubspot.com/contacts/${portal}/record/${typeId}/${event.objectId}` : null;
  const list = portal && typeId ? `https://app.hubspot.com/contacts/${portal}/objects/${typeId}/views/all/list` : null;
  const where = portal ? ` in HubSpot portal ${portal}` : "";
  switch (change) {
    case "creation":
      return [{ text: `${label} ${event.objectId} was created${where}`, sourceUrl: record }];
    case "deletion":
      return [{ text: `${label} ${event.objectId} was deleted${where}`, sourceUrl: list }];
    case "propertyChange":
      return [{ text: `${label} ${event.objectId}: ${event.propertyName} changed to "${event.propertyValue ?? ""}"${where}`, sourceUrl: record }];
    default:
      return [{ text: `${label} ${event.objectId}: ${type}${where}`, sourceUrl: record }];
  }
}

/**
 * What HubSpot would POST for a sample: the batch as one compact JSON array (a lone event is
 * wrapped in one), with the v3 signature over POST + URL + body + timestamp and, as HubSpot
 * still sends it for webhooks, the v1 hash. HubSpot sends no delivery-id header: each event's
 * eventId is its dedupe id, so every event gets a fresh one (repeated tests are not duplicates).
 */
function testRequest({ sample, secret, webhookUrl, now }: TestRequestArgs): TestRequest {
  const batch = (Array.isArray(sample) ? sample : [sample]).map((event) => ({ ...rec(event), eventId: randomInt(1, 2 ** 47) }));
  const body = JSON.stringify(batch);
  const timestamp = String(now);
  const v3 = hmac("sha256", secret, `POST${hubspotSignedUri(new URL(webhookUrl))}${body}${timestamp}`).toString("base64");
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hubspot-signature-v3": v3,
      "x-hubspot-request-timestamp": timestamp,
      "x-hubspot-signature": createHash("sha256")
        .update(secret + body)
        .digest("hex"),
      "x-hubspot-signature-version": "v1",
    },
    body,
  };
}

export const hubspotInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
  // (v3): base64 HMAC-SHA256, keyed with the app's client secret, of
  // method + decoded request URI + raw body + X-HubSpot-Request-Timestamp; requests whose
  // timestamp is more than 5 minutes old are rejected.
  verify(ctx) {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const given = header(ctx, "x-hubspot-signature-v3");
    if (!given) return reject("missing X-HubSpot-Signature-v3 header");
    const timestamp = header(ctx, "x-hubspot-request-timestamp");
    const fresh = timestampWithin(ctx, timestamp, "ms");
    if (!fresh.ok) return fresh;
    const source = Buffer.concat([Buffer.from(ctx.request.method.toUpperCase() + hubspotSignedUri(ctx.request.url), "utf8"), ctx.request.rawBody, Buffer.from(String(timestamp), "utf8")]);
    return digestMatches(hmac("sha256", secret, source), given, "base64") ? OK : reject("X-HubSpot-Signature-v3 does not match the request");
  },

  parse: (request) => parseJson(request.rawBody),
  // Each stored event is a one-event batch, the shape the trigger schemas validate.
  split: (payload) => (Array.isArray(payload) ? payload.map((event) => [event]) : [[payload]]),
  eventType: (event) => str(single(event).subscriptionType),
  deliveryId: (event) => id(single(event).eventId),
  trigger: (_event, eventType) => (eventType ? TRIGGERS[eventType] : undefined),
  /** The HubSpot account (portal) the event happened in. */
  identify: (event) => id(single(event).portalId),
  process: (event) => (Array.isArray(event) ? event.flatMap((one) => describe(rec(one))) : describe(rec(event))),
  testRequest,
};
