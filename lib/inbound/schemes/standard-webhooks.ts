// Standard Webhooks, symmetric variant (v1 = HMAC-SHA256): the scheme Fathom and the generic
// AI Agent and Logic sources share. The sender puts three headers on each POST:
//   webhook-id         unique message id, unchanged on retries (our delivery id)
//   webhook-timestamp  Unix seconds of this attempt
//   webhook-signature  one or more space-separated "<version>,<base64>" entries; only v1 is ours
// and signs the bytes "<webhook-id>.<webhook-timestamp>.<raw body>". The key is the base64 text
// after "whsec_"; a secret without that prefix is used as its raw UTF-8 bytes.
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { randomUUID } from "node:crypto";
import type { InboundRequest, InboundSpec, TestRequest, TestRequestArgs, Verdict, VerifyContext } from "../types";
import { DEFAULT_TOLERANCE_SECONDS, OK, digestMatches, header, hmac, parseJson, reject, requireSecret, timestampWithin } from "../verify-helpers";

export const STANDARD_WEBHOOKS_SECRET_PREFIX = "whsec_";

/** The HMAC key a Standard Webhooks secret stands for. */
export function standardWebhooksKey(secret: string): Buffer {
  return secret.startsWith(STANDARD_WEBHOOKS_SECRET_PREFIX) ? Buffer.from(secret.slice(STANDARD_WEBHOOKS_SECRET_PREFIX.length), "base64") : Buffer.from(secret, "utf8");
}

function signedContent(id: string, timestamp: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${id}.${timestamp}.`, "utf8"), body]);
}

/** The "v1,<base64>" signature a sender puts in webhook-signature (used by tests and docs examples). */
export function standardWebhooksSignature(secret: string, id: string, timestamp: string | number, body: Buffer): string {
  return "v1," + hmac("sha256", standardWebhooksKey(secret), signedContent(id, String(timestamp), body)).toString("base64");
}

// Spec, "Verifying webhook authenticity": recompute the v1 HMAC over id.timestamp.body, accept
// when any listed v1 signature matches in constant time, and refuse timestamps outside the
// tolerance window (5 minutes, as the reference libraries use).
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md#verifying-webhook-authenticity
export function verifyStandardWebhook(ctx: VerifyContext, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  const key = standardWebhooksKey(secret);
  if (key.length === 0) return reject("the signing secret is empty after its whsec_ prefix");

  const id = header(ctx, "webhook-id");
  const timestamp = header(ctx, "webhook-timestamp");
  const signatures = header(ctx, "webhook-signature");
  if (!id || !timestamp || !signatures) return reject("missing webhook-id, webhook-timestamp or webhook-signature header");

  const fresh = timestampWithin(ctx, timestamp, "s", toleranceSeconds);
  if (!fresh.ok) return fresh;

  const expected = hmac("sha256", key, signedContent(id, timestamp.trim(), ctx.request.rawBody));
  // Every entry is checked (no early exit), so timing does not tell which one matched.
  let matched = false;
  for (const entry of signatures.split(" ")) {
    const comma = entry.indexOf(",");
    if (comma < 0 || entry.slice(0, comma) !== "v1") continue;
    if (digestMatches(expected, entry.slice(comma + 1), "base64")) matched = true;
  }
  return matched ? OK : reject("no v1 signature in webhook-signature matches");
}

// The POST a Standard Webhooks sender makes for a sample event: the JSON body, a fresh
// "msg_…" webhook-id (so each test is a new delivery), webhook-timestamp = now in Unix seconds,
// and its v1 signature. The event type travels inside the body; there is no event header.
export function standardWebhooksTestRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const body = JSON.stringify(sample);
  const id = "msg_" + randomUUID().replaceAll("-", "");
  const timestamp = Math.floor(now / 1000);
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": standardWebhooksSignature(secret, id, timestamp, Buffer.from(body, "utf8")),
    },
    body,
  };
}

/** The parts of an InboundSpec every Standard Webhooks source shares: JSON bodies, verify, webhook-id, test requests. */
export const standardWebhooksInbound: Pick<InboundSpec, "contentTypes" | "verify" | "parse" | "deliveryId" | "testRequest"> = {
  contentTypes: ["application/json"],
  verify: (ctx) => verifyStandardWebhook(ctx),
  parse: (request: InboundRequest) => parseJson(request.rawBody),
  deliveryId: (_event, request) => request.headers.get("webhook-id"),
  testRequest: standardWebhooksTestRequest,
};
