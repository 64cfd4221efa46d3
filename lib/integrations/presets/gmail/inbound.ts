// Gmail push notifications, delivered by a Cloud Pub/Sub push subscription. The body is the
// Pub/Sub push envelope {message:{data, messageId, publishTime, attributes}, subscription};
// message.data is base64 JSON {emailAddress, historyId}. Gmail never says what changed.
// https://developers.google.com/workspace/gmail/api/guides/push
// https://cloud.google.com/pubsub/docs/push
import "server-only";
import { randomInt } from "node:crypto";
import { constantTimeEqual } from "../../../crypto";
import type { InboundSpec, TestRequest, TestRequestArgs, VerifyContext, Verdict } from "../../../inbound/types";
import { OK, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type PushEnvelope = {
  message?: { data?: string; messageId?: string; message_id?: string; publishTime?: string; attributes?: Record<string, string> };
  subscription?: string;
};
type GmailNotification = { emailAddress?: string; historyId?: string | number };

/** What message.data says; {} when it is missing or not base64 JSON. Node's base64 decoder accepts base64url too. */
export function gmailNotification(event: unknown): GmailNotification {
  const data = (event as PushEnvelope | null)?.message?.data;
  if (typeof data !== "string" || data.length === 0) return {};
  try {
    const decoded = JSON.parse(Buffer.from(data, "base64").toString("utf8")) as unknown;
    return decoded && typeof decoded === "object" ? decoded : {};
  } catch {
    return {};
  }
}

// Pub/Sub push signs nothing unless the subscription is set up with OIDC tokens. Hookyard uses
// the simpler, long-standing alternative for push endpoints: a secret token in the endpoint URL's
// query string (…?token=<secret>), set when the push subscription is created and compared with
// the endpoint's secret in constant time on every request.
// https://cloud.google.com/pubsub/docs/push
// https://developers.google.com/workspace/gmail/api/guides/push
function verify(ctx: VerifyContext): Verdict {
  const secret = requireSecret(ctx);
  if (typeof secret !== "string") return secret;
  const token = ctx.request.url.searchParams.get("token");
  if (!token) return reject("the push endpoint URL has no ?token= parameter");
  return constantTimeEqual(token, secret) ? OK : reject("the ?token= parameter of the push endpoint does not match");
}

// A test push as Pub/Sub delivers it: the sample's envelope and Gmail data unchanged, but a new
// messageId (Pub/Sub's delivery id, a decimal string, repeated as message_id) and publishTime
// from now, as for a newly published message, so repeated tests are not redeliveries. The token
// travels in the URL, set when the push subscription is created. Gmail's data never names the
// change: every test, like every real push, is filed as new_email (label_added included).
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const envelope = (sample ?? {}) as PushEnvelope;
  const messageId = `${randomInt(1_000_000, 10_000_000)}${randomInt(100_000_000, 1_000_000_000)}`; // 16 digits, like Pub/Sub's
  const publishTime = new Date(now).toISOString();
  const message = { ...envelope.message, messageId, message_id: messageId, publishTime, publish_time: publishTime };
  return { method: "POST", query: `?token=${encodeURIComponent(secret)}`, headers: { "content-type": "application/json" }, body: JSON.stringify({ ...envelope, message }) };
}

export const gmailInbound: InboundSpec = {
  contentTypes: ["application/json"],
  verify,
  parse: (request) => parseJson(request.rawBody),
  // Neither Pub/Sub nor Gmail names the change: there is no event type to report.
  eventType: () => null,
  // Pub/Sub's message id is unique per published message and repeated on every redelivery.
  deliveryId: (event) => {
    const message = (event as PushEnvelope | null)?.message;
    return message?.messageId || message?.message_id || null;
  },
  // Every push only says "the mailbox moved to historyId N"; users.history.list from the previous
  // historyId tells a new message from a label change. Until then it is filed as new_email, the
  // change a mailbox watch exists for.
  trigger: (event) => ((event as PushEnvelope | null)?.message?.data ? "gmail_trigger_new_email" : undefined),
  identify: (event) => gmailNotification(event).emailAddress ?? null,
  process: (event) => {
    const { emailAddress, historyId } = gmailNotification(event);
    if (!emailAddress) return [];
    return [
      {
        text: `Gmail mailbox ${emailAddress} changed (history id ${historyId ?? "unknown"})`,
        sourceUrl: `https://mail.google.com/mail/u/?authuser=${encodeURIComponent(emailAddress)}`,
      },
    ];
  },
  testRequest,
};
