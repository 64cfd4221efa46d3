// How Hookyard receives TikTok for Developers webhooks: TikTok-Signature (timestamped
// HMAC-SHA256 with the app's client secret) on a JSON body {client_key, event, create_time,
// user_openid, content}, where content is itself a JSON string.
// https://developers.tiktok.com/doc/webhooks-overview
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { OK, digestMatches, header, hmac, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type TikTokEvent = { client_key?: string; event?: string; create_time?: number; user_openid?: string; content?: string };

const TRIGGERS: Record<string, string> = {
  "authorization.removed": "tiktok_trigger_authorization_removed",
  "video.upload.failed": "tiktok_trigger_video_upload_failed",
  "video.publish.completed": "tiktok_trigger_video_publish_completed",
};

/** Why a user's authorization went away, as TikTok numbers it in content.reason. */
const REMOVAL_REASONS: Record<number, string> = {
  0: "for an unknown reason",
  1: "because the user disconnected the app",
  2: "because the user deleted their account",
  3: "because the user's age changed",
  4: "because the account was banned",
  5: "because the developer revoked it",
};

/** content is serialized JSON; an unreadable one reads as {}. */
function contentOf(event: unknown): Record<string, unknown> {
  const raw = (event as TikTokEvent)?.content;
  if (typeof raw !== "string") return {};
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** "t=1633174587,s=<hex>" → the timestamp and every s value. */
function parseSignatureHeader(value: string): { t: string | undefined; signatures: string[] } {
  let t: string | undefined;
  const signatures: string[] = [];
  for (const part of value.split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    if (key === "t") t = val;
    else if (key === "s") signatures.push(val);
  }
  return { t, signatures };
}

export const tiktokInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // TikTok-Signature: "t=<unix seconds>,s=<hex>", s = HMAC-SHA256 keyed with the client secret over
  // "<t>.<raw body>"; a valid signature with a stale t is refused (5-minute window).
  // https://developers.tiktok.com/doc/webhooks-verification
  verify: (ctx) => {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const sent = header(ctx, "tiktok-signature");
    if (!sent) return reject("missing TikTok-Signature header");
    const { t, signatures } = parseSignatureHeader(sent);
    if (!t || signatures.length === 0) return reject("malformed TikTok-Signature header");
    const fresh = timestampWithin(ctx, t, "s");
    if (!fresh.ok) return fresh;
    const expected = hmac("sha256", secret, Buffer.concat([Buffer.from(`${t}.`, "utf8"), ctx.request.rawBody]));
    let matched = false;
    for (const signature of signatures) if (digestMatches(expected, signature, "hex")) matched = true;
    return matched ? OK : reject("TikTok-Signature does not match the body");
  },

  // The POST TikTok would send for a sample event: JSON with TikTok-Signature "t=<now>,s=<hex>"
  // over "<t>.<body>". TikTok sends no delivery id; the sample's own fields are the dedupe key.
  testRequest: ({ sample, secret, now }) => {
    const body = JSON.stringify(sample);
    const t = Math.floor(now / 1000);
    const signature = hmac("sha256", secret, `${t}.${body}`).toString("hex");
    return { method: "POST", headers: { "content-type": "application/json", "tiktok-signature": `t=${t},s=${signature}` }, body };
  },

  parse: (request) => parseJson(request.rawBody),

  eventType: (event) => (event as TikTokEvent)?.event ?? null,

  // TikTok sends no event id; the app, event, user and second it happened (plus the video's
  // share_id) identify one.
  deliveryId: (event) => {
    const e = event as TikTokEvent;
    if (!e?.event || !e.user_openid || e.create_time === undefined) return null;
    const shareId = contentOf(event).share_id;
    return [e.client_key, e.event, e.user_openid, e.create_time, typeof shareId === "string" ? shareId : undefined].filter((part) => part !== undefined).join(":");
  },

  trigger: (event) => TRIGGERS[String((event as TikTokEvent)?.event)],

  // The user (open id, unique per app) who authorized the app.
  identify: (event) => (event as TikTokEvent)?.user_openid ?? null,

  // TikTok has no public page for an open id or a share_id, so these activities carry no link.
  process: (event) => {
    const e = event as TikTokEvent;
    const content = contentOf(event);
    const user = e?.user_openid ? `TikTok user ${e.user_openid}` : "A TikTok user";
    switch (e?.event) {
      case "authorization.removed": {
        const reason = typeof content.reason === "number" ? REMOVAL_REASONS[content.reason] : undefined;
        return [{ text: `${user} no longer authorizes the app ${reason ?? "for an unknown reason"}`, sourceUrl: null }];
      }
      case "video.upload.failed":
        return [{ text: `A video shared by ${user} failed to upload to TikTok (share ${content.share_id})`, sourceUrl: null }];
      case "video.publish.completed":
        return [{ text: `${user} published a video shared through the app (share ${content.share_id})`, sourceUrl: null }];
      default:
        return [];
    }
  },
};
