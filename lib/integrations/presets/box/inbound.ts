// Box inbound: V2 webhooks, signed twice (primary and secondary signature keys) over the raw
// body followed by BOX-DELIVERY-TIMESTAMP; a delivery older than 10 minutes is refused.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { digestMatches, hmac, header, OK, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** Box's documented maximum message age. */
const MAX_AGE_SECONDS = 10 * 60;

export const BOX_EVENT_TRIGGERS: Record<string, string> = {
  "FILE.UPLOADED": "box_trigger_file_uploaded",
  "FILE.TRASHED": "box_trigger_file_trashed",
  "FOLDER.CREATED": "box_trigger_folder_created",
  "COMMENT.CREATED": "box_trigger_comment_created",
};

function describe(event: Rec): Activity[] {
  const source = rec(event.source);
  const who = str(rec(event.created_by).name) ?? "Someone";
  const into = str(rec(source.parent).name) ? ` in ${rec(source.parent).name}` : "";
  switch (event.trigger) {
    case "FILE.UPLOADED":
      return [{ text: `${who} uploaded ${source.name}${into}`, sourceUrl: `https://app.box.com/file/${source.id}` }];
    case "FILE.TRASHED":
      return [{ text: `${who} moved ${source.name} to the trash`, sourceUrl: "https://app.box.com/trash" }];
    case "FOLDER.CREATED":
      return [{ text: `${who} created the folder ${source.name}${into}`, sourceUrl: `https://app.box.com/folder/${source.id}` }];
    case "COMMENT.CREATED": {
      const item = rec(source.item);
      const link = item.type === "folder" ? `https://app.box.com/folder/${item.id}` : `https://app.box.com/file/${item.id}`;
      return [{ text: `${who} commented on ${item.type ?? "an item"} ${item.id}: "${source.message}"`, sourceUrl: link }];
    }
    default:
      return typeof event.trigger === "string" ? [{ text: `${who}: ${event.trigger} on ${source.type} ${source.id}`, sourceUrl: null }] : [];
  }
}

/**
 * What Box would POST for a sample event: compact JSON, a fresh BOX-DELIVERY-ID, the delivery
 * timestamp from `now`, and both signatures (primary key = the endpoint's secret; the secondary
 * header only when a secondary key is configured). Box's dedupe id is the event id in the body,
 * so each test gets a fresh one (repeated tests are not duplicates); the rest is the sample.
 */
function testRequest({ sample, secret, config, now }: TestRequestArgs): TestRequest {
  const body = JSON.stringify({ ...rec(sample), id: randomUUID() });
  const timestamp = new Date(now).toISOString().replace(/\.\d{3}Z$/, "+00:00");
  const sign = (key: string) => hmac("sha256", key, body + timestamp).toString("base64");
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=UTF-8",
    "box-delivery-id": randomUUID(),
    "box-delivery-timestamp": timestamp,
    "box-signature-version": "1",
    "box-signature-algorithm": "HmacSHA256",
    "box-signature-primary": sign(secret),
  };
  const secondary = str(config.secondary_signing_secret);
  if (secondary) headers["box-signature-secondary"] = sign(secondary);
  return { method: "POST", headers, body };
}

export const boxInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://developer.box.com/guides/webhooks/v2/signatures-v2/ — BOX-SIGNATURE-PRIMARY and
  // -SECONDARY are base64 HMAC-SHA256 of the raw body bytes followed by the
  // BOX-DELIVERY-TIMESTAMP bytes, keyed with the primary and the secondary signature key; either
  // may match (that is what makes key rotation possible). Version 1, algorithm HmacSHA256 only,
  // and deliveries older than 10 minutes are rejected.
  verify(ctx) {
    const primary = requireSecret(ctx);
    if (typeof primary !== "string") return primary;
    if (header(ctx, "box-signature-version") !== "1") return reject("unsupported BOX-SIGNATURE-VERSION");
    if (header(ctx, "box-signature-algorithm") !== "HmacSHA256") return reject("unsupported BOX-SIGNATURE-ALGORITHM");
    const timestamp = header(ctx, "box-delivery-timestamp");
    const sentAt = timestamp ? Date.parse(timestamp) : NaN;
    const fresh = timestampWithin(ctx, Number.isNaN(sentAt) ? null : sentAt, "ms", MAX_AGE_SECONDS);
    if (!fresh.ok) return fresh;
    const signed = Buffer.concat([ctx.request.rawBody, Buffer.from(timestamp!, "utf8")]);
    const secondary = str(ctx.config.secondary_signing_secret);
    const primaryOk = digestMatches(hmac("sha256", primary, signed), header(ctx, "box-signature-primary"), "base64");
    const secondaryOk = secondary !== null && digestMatches(hmac("sha256", secondary, signed), header(ctx, "box-signature-secondary"), "base64");
    return primaryOk || secondaryOk ? OK : reject("neither BOX-SIGNATURE-PRIMARY nor BOX-SIGNATURE-SECONDARY matches");
  },

  parse: (request) => parseJson(request.rawBody),
  eventType: (event) => str(rec(event).trigger),
  // Box docs: BOX-DELIVERY-ID changes on every retry while the body's id stays the same, so the
  // body id is what makes a retried delivery a duplicate; the header is the fallback.
  deliveryId: (event, request) => str(rec(event).id) ?? request.headers.get("box-delivery-id"),
  trigger: (_event, eventType) => (eventType ? BOX_EVENT_TRIGGERS[eventType] : undefined),
  /** The Box user whose action triggered the event. */
  identify: (event) => str(rec(rec(event).created_by).id),
  process: (event) => describe(rec(event)),
  testRequest,
};
