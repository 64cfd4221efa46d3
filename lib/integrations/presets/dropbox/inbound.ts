// Dropbox inbound: a GET ?challenge=… when the URI is added (echo it back), then notification
// POSTs signed with X-Dropbox-Signature (hex HMAC-SHA256 of the raw body, app secret as key).
import "server-only";
import type { InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { digestMatches, hmac, header, OK, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});

const accountsOf = (event: unknown): string[] => {
  const accounts = rec(rec(event).list_folder).accounts;
  return Array.isArray(accounts) ? accounts.filter((a): a is string => typeof a === "string") : [];
};

/**
 * What Dropbox would POST for a sample notification: compact JSON with X-Dropbox-Signature.
 * Dropbox sends no delivery id or timestamp, so the body hash is the dedupe id and two requests
 * for one sample are the same delivery (POST …/test keeps its runs apart with its testRun salt).
 */
function testRequest({ sample, secret }: TestRequestArgs): TestRequest {
  const body = JSON.stringify(sample);
  return {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "DropboxWebhooks/1.0", "x-dropbox-signature": hmac("sha256", secret, body).toString("hex") },
    body,
  };
}

export const dropboxInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://www.dropbox.com/developers/reference/webhooks — verification request: a GET with a
  // `challenge` query parameter, answered by echoing it unchanged with
  // Content-Type: text/plain and X-Content-Type-Options: nosniff. Dropbox does not sign it.
  handshake: {
    signed: false,
    answer(ctx) {
      if (ctx.request.method !== "GET") return undefined;
      const challenge = ctx.request.url.searchParams.get("challenge");
      if (challenge === null) return undefined;
      return { status: 200, headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" }, body: challenge };
    },
  },

  // Same page: every notification carries X-Dropbox-Signature, the hex HMAC-SHA256 of the raw
  // request body keyed with the app secret. There is no timestamp to check.
  verify(ctx) {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const given = header(ctx, "x-dropbox-signature");
    if (!given) return reject("missing X-Dropbox-Signature header");
    return digestMatches(hmac("sha256", secret, ctx.request.rawBody), given, "hex") ? OK : reject("X-Dropbox-Signature does not match the body");
  },

  parse: (request) => parseJson(request.rawBody),
  // Dropbox sends a single kind of notification: which linked accounts have changes.
  eventType: (event) => (accountsOf(event).length > 0 ? "list_folder" : null),
  // Notifications carry no id: Hookyard hashes the body instead.
  deliveryId: () => null,
  trigger: (_event, eventType) => (eventType === "list_folder" ? "dropbox_trigger_file_changed" : undefined),
  /** The first account with changes (a notification may list several; process() covers each). */
  identify: (event) => accountsOf(event)[0] ?? null,
  process: (event) =>
    accountsOf(event).map((account) => ({
      text: `Files changed in the Dropbox of account ${account}`,
      sourceUrl: "https://www.dropbox.com/home",
    })),
  testRequest,
};
