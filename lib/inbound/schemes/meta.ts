// Meta Webhooks (Facebook Pages, Instagram): what both presets share. Meta proves the callback
// URL with a GET verification request and signs every POST with X-Hub-Signature-256; a POST
// body is {object, entry: [{id, time, changes: [{field, value}]}]} and may batch several
// entries and changes, which split() turns into one notification per change.
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started
import "server-only";
import { constantTimeEqual } from "../../crypto";
import type { HandshakeAnswer, InboundRequest, TestRequest, TestRequestArgs, Verdict, VerifyContext } from "../types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../verify-helpers";

export type MetaChange = { field?: string; value?: Record<string, unknown> };
export type MetaEntry = { id?: string; time?: number; changes?: MetaChange[] };
export type MetaNotification = { object?: string; entry?: MetaEntry[] };

function refuse(code: string, message: string): HandshakeAnswer {
  return { status: 403, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: { code, message } }) };
}

// "Verification Requests": GET ?hub.mode=subscribe&hub.challenge=<n>&hub.verify_token=<token>.
// When the token equals the one typed into the App Dashboard, answer 200 with the challenge as
// the body; otherwise 403. The token is Hookyard's integration_config.verify_token.
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
export function metaHandshake(ctx: VerifyContext): HandshakeAnswer | undefined {
  const { method, url } = ctx.request;
  const query = url.searchParams;
  if (method !== "GET" || !(query.has("hub.mode") || query.has("hub.challenge") || query.has("hub.verify_token"))) return undefined;

  const expected = ctx.config.verify_token;
  if (typeof expected !== "string" || expected.length === 0) return refuse("verify_token_not_configured", "no verify token is configured for this endpoint");
  const given = query.get("hub.verify_token") ?? "";
  if (query.get("hub.mode") !== "subscribe" || !constantTimeEqual(given, expected)) {
    return refuse("verify_token_mismatch", "hub.mode is not subscribe or hub.verify_token does not match");
  }
  const challenge = query.get("hub.challenge");
  if (!challenge) return refuse("challenge_missing", "hub.challenge is missing");
  return { status: 200, headers: { "content-type": "text/plain" }, body: challenge };
}

// "Validating Payloads": X-Hub-Signature-256 is "sha256=" + hex HMAC-SHA256 of the raw body
// (escaped unicode exactly as sent), keyed with the app secret.
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
export function verifyMetaSignature(ctx: VerifyContext): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  const sent = header(ctx, "x-hub-signature-256");
  if (!sent || !sent.startsWith("sha256=")) return reject("missing or malformed X-Hub-Signature-256 header");
  const expected = hmac("sha256", secret, ctx.request.rawBody);
  return digestMatches(expected, sent.slice("sha256=".length), "hex") ? OK : reject("X-Hub-Signature-256 does not match the body");
}

// The POST Meta would make for a sample notification (the samples are whole {object, entry}
// bodies already): JSON with every non-ASCII character escaped as \uXXXX, the way Meta sends
// it, signed with the app secret in X-Hub-Signature-256 and the legacy SHA-1 X-Hub-Signature.
// Meta puts no delivery id or timestamp in headers: the ids inside the sample are the dedupe key.
export function metaTestRequest({ sample, secret }: TestRequestArgs): TestRequest {
  const body = JSON.stringify(sample).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  return {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hub-signature": "sha1=" + hmac("sha1", secret, body).toString("hex"),
      "x-hub-signature-256": "sha256=" + hmac("sha256", secret, body).toString("hex"),
    },
    body,
  };
}

export const parseMeta = (request: InboundRequest): unknown => parseJson(request.rawBody);

/** One notification per change, each keeping its entry's id and time: batches may mix fields. */
export function splitMeta(payload: unknown): unknown[] {
  const notification = payload as MetaNotification;
  if (!Array.isArray(notification?.entry)) return [payload];
  const events = notification.entry.flatMap((entry) => (Array.isArray(entry?.changes) ? entry.changes : []).map((change) => ({ ...notification, entry: [{ ...entry, changes: [change] }] })));
  return events.length > 0 ? events : [payload];
}

/** The first entry and change of a (split) notification. */
export function metaChange(event: unknown): { entry: MetaEntry | undefined; change: MetaChange | undefined; value: Record<string, unknown> } {
  const entry = (event as MetaNotification)?.entry?.[0];
  const change = entry?.changes?.[0];
  return { entry, change, value: change?.value ?? {} };
}

export const str = (value: unknown): string | undefined => (typeof value === "string" && value.length > 0 ? value : undefined);

/** Shortens user text for an activity sentence. */
export function quote(text: unknown, max = 100): string {
  const flat = typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  return flat.length > max ? `“${flat.slice(0, max - 1)}…”` : `“${flat}”`;
}
