// How Hookyard receives LinkedIn organization social action notifications: the challengeCode
// validation (GET), X-LI-Signature on each POST, and one event per notification of a batch.
// https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type Notification = {
  notificationId?: number;
  action?: string;
  organizationalEntity?: string;
  sourcePost?: string;
  generatedActivity?: string;
  decoratedSourcePost?: { text?: string };
  decoratedGeneratedActivity?: { comment?: { text?: string }; share?: { text?: string }; reaction?: { reactionType?: string } };
};
type Batch = { type?: string; notifications?: Notification[] };

const TRIGGERS: Record<string, string> = {
  COMMENT: "linkedin_trigger_comment",
  LIKE: "linkedin_trigger_like",
  SHARE: "linkedin_trigger_share",
  SHARE_MENTION: "linkedin_trigger_mention",
};

const first = (event: unknown): Notification => (event as Batch)?.notifications?.[0] ?? {};
const orgId = (urn: string | undefined) => urn?.split(":").pop() ?? "?";
const postUrl = (urn: string | undefined) => (urn?.startsWith("urn:li:") ? `https://www.linkedin.com/feed/update/${urn}/` : null);

function quote(text: unknown, max = 100): string {
  const flat = typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  return flat.length > max ? `“${flat.slice(0, max - 1)}…”` : `“${flat}”`;
}

export const linkedinInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // Validation: GET ?challengeCode=<uuid> (plus applicationId for parent-child apps), answered
  // within 3 s with 200 application/json {challengeCode, challengeResponse}, where
  // challengeResponse = hex HMAC-SHA256 keyed with the client secret over the challengeCode.
  // https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation#validating-the-webhook-endpoint
  handshake: {
    signed: false,
    answer: (ctx) => {
      const code = ctx.request.method === "GET" ? ctx.request.url.searchParams.get("challengeCode") : null;
      if (code === null) return undefined;
      if (!ctx.secret) {
        return {
          status: 403,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ error: { code: "no_signing_secret", message: "no client secret is configured for this endpoint" } }),
        };
      }
      const challengeResponse = hmac("sha256", ctx.secret, code).toString("hex");
      return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ challengeCode: code, challengeResponse }) };
    },
  },

  // X-LI-Signature: hex HMAC-SHA256 keyed with the client secret over "hmacsha256=" followed by
  // the raw JSON body ("Requirements for Processing Notifications"). No timestamp is signed.
  // https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation#requirements-for-processing-notifications
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const sent = header(ctx, "x-li-signature");
    if (!sent) return reject("missing X-LI-Signature header");
    const expected = hmac("sha256", secret, Buffer.concat([Buffer.from("hmacsha256=", "utf8"), ctx.request.rawBody]));
    return digestMatches(expected, sent, "hex") ? OK : reject("X-LI-Signature does not match the body");
  },

  // The POST LinkedIn would send for a sample batch (the samples are whole batches already):
  // JSON with X-LI-Signature computed like verify() checks it. LinkedIn sends no delivery id or
  // timestamp header; notificationId inside the sample is the dedupe key.
  testRequest: ({ sample, secret }) => {
    const body = JSON.stringify(sample);
    const signature = hmac("sha256", secret, "hmacsha256=" + body).toString("hex");
    return { method: "POST", headers: { "content-type": "application/json", "x-li-signature": signature }, body };
  },

  parse: (request) => parseJson(request.rawBody),

  // Up to ten notifications, possibly of different actions, arrive in one POST.
  split: (payload) => {
    const batch = payload as Batch;
    if (!Array.isArray(batch?.notifications) || batch.notifications.length === 0) return [payload];
    return batch.notifications.map((notification) => ({ ...batch, notifications: [notification] }));
  },

  eventType: (event) => first(event).action ?? null,

  // notificationId is LinkedIn's documented de-duplication key.
  deliveryId: (event) => {
    const id = first(event).notificationId;
    return id === undefined || id === null ? null : String(id);
  },

  trigger: (event) => TRIGGERS[String(first(event).action)],

  // The Company Page the notification is about.
  identify: (event) => first(event).organizationalEntity ?? null,

  process: (event) => {
    const n = first(event);
    const page = `organization ${orgId(n.organizationalEntity)}`;
    const post = n.decoratedSourcePost?.text ? ` ${quote(n.decoratedSourcePost.text, 60)}` : "";
    const link = postUrl(n.sourcePost);
    const activity = n.decoratedGeneratedActivity ?? {};
    switch (n.action) {
      case "COMMENT":
        return [{ text: `New comment on ${page}'s post${post}: ${quote(activity.comment?.text)}`, sourceUrl: link }];
      case "LIKE": {
        const reaction = activity.reaction?.reactionType ? activity.reaction.reactionType.toLowerCase() : "like";
        return [{ text: `New ${reaction} reaction on ${page}'s post${post}`, sourceUrl: link }];
      }
      case "SHARE":
        return [{ text: `Someone reshared ${page}'s post${post}: ${quote(activity.share?.text)}`, sourceUrl: postUrl(n.generatedActivity) ?? link }];
      case "SHARE_MENTION":
        return [{ text: `Someone mentioned ${page} in a post: ${quote(activity.share?.text)}`, sourceUrl: postUrl(n.generatedActivity) ?? link }];
      default:
        return [];
    }
  },
};
