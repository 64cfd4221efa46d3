// How Hookyard receives X (Twitter) Account Activity deliveries: the CRC check, the
// x-twitter-webhooks-signature on each POST, and one event per activity in the
// "<kind>_events" arrays of a delivery.
// https://docs.x.com/x-api/account-activity/introduction
import "server-only";
import type { Activity, InboundSpec, VerifyContext } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type User = { id_str?: string; name?: string; screen_name?: string };
type Tweet = { id_str?: string; text?: string; user?: User; in_reply_to_status_id_str?: string | null };
type Delivery = Record<string, unknown> & { for_user_id?: string; users?: Record<string, User> };

const TRIGGERS: Record<string, string> = {
  tweet_create_events: "twitter_trigger_tweet_created",
  favorite_events: "twitter_trigger_tweet_liked",
  follow_events: "twitter_trigger_new_follower",
  direct_message_events: "twitter_trigger_direct_message_received",
};

/** The activity arrays of a delivery, e.g. ["tweet_create_events"]. */
const activityKeys = (delivery: Delivery) => Object.keys(delivery).filter((key) => key.endsWith("_events") && Array.isArray(delivery[key]));

function firstActivity(event: unknown): { delivery: Delivery; kind: string | undefined; item: Record<string, unknown> } {
  const delivery = (event ?? {}) as Delivery;
  const kind = activityKeys(delivery)[0] ?? (delivery.user_event ? "user_event" : undefined);
  const list = kind && Array.isArray(delivery[kind]) ? (delivery[kind] as unknown[]) : [];
  return { delivery, kind, item: (list[0] ?? {}) as Record<string, unknown> };
}

const handle = (user: User | undefined) => (user?.screen_name ? `@${user.screen_name}` : user?.id_str ? `user ${user.id_str}` : "Someone");
const statusUrl = (tweet: Tweet) => (tweet.id_str ? `https://x.com/${tweet.user?.screen_name ?? "i/web"}/status/${tweet.id_str}` : null);

function quote(text: unknown, max = 100): string {
  const flat = typeof text === "string" ? text.replace(/\s+/g, " ").trim() : "";
  return flat.length > max ? `“${flat.slice(0, max - 1)}…”` : `“${flat}”`;
}

const signatureOf = (secret: string, data: string | Buffer) => hmac("sha256", secret, data);

export const twitterInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // CRC: GET ?crc_token=…, answered within 3 s with 200 JSON
  // {"response_token": "sha256=" + base64 HMAC-SHA256(consumer secret, crc_token)}.
  // https://docs.x.com/x-api/webhooks/quickstart (section "The CRC check")
  handshake: {
    signed: false,
    answer: (ctx: VerifyContext) => {
      const token = ctx.request.method === "GET" ? ctx.request.url.searchParams.get("crc_token") : null;
      if (token === null) return undefined;
      if (!ctx.secret) {
        return {
          status: 403,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ error: { code: "no_signing_secret", message: "no consumer secret is configured for this endpoint" } }),
        };
      }
      const responseToken = "sha256=" + signatureOf(ctx.secret, token).toString("base64");
      return { status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ response_token: responseToken }) };
    },
  },

  // x-twitter-webhooks-signature = "sha256=" + base64 HMAC-SHA256(consumer secret, raw body).
  // https://docs.x.com/x-api/webhooks/quickstart (section "Securing incoming events")
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const sent = header(ctx, "x-twitter-webhooks-signature");
    if (!sent || !sent.startsWith("sha256=")) return reject("missing or malformed x-twitter-webhooks-signature header");
    return digestMatches(signatureOf(secret, ctx.request.rawBody), sent.slice("sha256=".length), "base64") ? OK : reject("x-twitter-webhooks-signature does not match the body");
  },

  // The POST X would send for a sample delivery (the samples are whole deliveries already):
  // JSON signed like verify() checks. X sends no delivery id or timestamp header; the activity
  // ids inside the sample are the dedupe key, so repeating a test is a duplicate.
  testRequest: ({ sample, secret }) => {
    const body = JSON.stringify(sample);
    return { method: "POST", headers: { "content-type": "application/json", "x-twitter-webhooks-signature": "sha256=" + signatureOf(secret, body).toString("base64") }, body };
  },

  parse: (request) => parseJson(request.rawBody),

  // A delivery may carry several activities; each becomes its own event with the delivery's
  // other fields (for_user_id, users, …) kept.
  split: (payload) => {
    const delivery = (payload ?? {}) as Delivery;
    const keys = activityKeys(delivery);
    const rest = Object.fromEntries(Object.entries(delivery).filter(([key]) => !keys.includes(key)));
    const events = keys.flatMap((key) => (delivery[key] as unknown[]).map((item) => ({ ...rest, [key]: [item] })));
    return events.length > 0 ? events : [payload];
  },

  eventType: (event) => firstActivity(event).kind ?? null,

  // X sends no delivery id: use the activity's own id (post, like, message), or who followed
  // whom and when, scoped to the subscribed account (one post can reach two subscribed accounts).
  deliveryId: (event) => {
    const { delivery, kind, item } = firstActivity(event);
    if (!kind || !delivery.for_user_id) return null;
    const source = item.source as User | undefined;
    const target = item.target as User | undefined;
    const id =
      typeof item.id_str === "string"
        ? item.id_str
        : typeof item.id === "string"
          ? item.id
          : source?.id_str && target?.id_str && item.created_timestamp
            ? `${item.type}:${source.id_str}:${target.id_str}:${item.created_timestamp}`
            : null;
    return id ? `${delivery.for_user_id}:${kind}:${id}` : null;
  },

  trigger: (event) => {
    const { kind, item } = firstActivity(event);
    if (kind === "follow_events" && item.type !== "follow") return undefined; // unfollows
    if (kind === "direct_message_events" && item.type !== "message_create") return undefined;
    return kind ? TRIGGERS[kind] : undefined;
  },

  // The subscribed account the activity belongs to.
  identify: (event) => (event as Delivery)?.for_user_id ?? null,

  process: (event) => {
    const { delivery, kind, item } = firstActivity(event);
    const out: Activity[] = [];
    if (kind === "tweet_create_events") {
      const tweet = item as Tweet;
      const verb = tweet.in_reply_to_status_id_str ? "replied" : "posted";
      out.push({ text: `${handle(tweet.user)} ${verb}: ${quote(tweet.text)}`, sourceUrl: statusUrl(tweet) });
    } else if (kind === "favorite_events") {
      const liked = (item.favorited_status ?? {}) as Tweet;
      out.push({ text: `${handle(item.user as User)} liked ${handle(liked.user)}'s post ${quote(liked.text)}`, sourceUrl: statusUrl(liked) });
    } else if (kind === "follow_events" && item.type === "follow") {
      const source = item.source as User | undefined;
      out.push({ text: `${handle(source)} followed ${handle(item.target as User)}`, sourceUrl: source?.screen_name ? `https://x.com/${source.screen_name}` : null });
    } else if (kind === "direct_message_events" && item.type === "message_create") {
      const message = (item.message_create ?? {}) as { sender_id?: string; target?: { recipient_id?: string }; message_data?: { text?: string } };
      const users = delivery.users ?? {};
      const sender = message.sender_id ? (users[message.sender_id] ?? { id_str: message.sender_id }) : undefined;
      const recipientId = message.target?.recipient_id;
      const recipient = recipientId ? (users[recipientId] ?? { id_str: recipientId }) : undefined;
      out.push({ text: `${handle(sender)} sent ${handle(recipient)} a direct message: ${quote(message.message_data?.text)}`, sourceUrl: "https://x.com/messages" });
    }
    return out;
  },
};
