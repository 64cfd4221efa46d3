// How Hookyard receives Instagram webhooks: Meta's verification request and X-Hub-Signature-256
// (shared with Facebook in lib/inbound/schemes/meta.ts), one event per change of a batched
// {"object":"instagram","entry":[…]} body.
// https://developers.facebook.com/docs/instagram-platform/webhooks
import "server-only";
import type { InboundSpec } from "../../../inbound/types";
import { metaChange, metaHandshake, metaTestRequest, parseMeta, quote, splitMeta, str, verifyMetaSignature } from "../../../inbound/schemes/meta";

const TRIGGERS: Record<string, string> = {
  comments: "instagram_trigger_comment_created",
  mentions: "instagram_trigger_mention",
  story_insights: "instagram_trigger_story_insights",
};

export const instagramInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Same verification request as every Meta webhook (hub.mode, hub.verify_token, hub.challenge):
  // https://developers.facebook.com/docs/instagram-platform/webhooks#verification-requests
  handshake: { signed: false, answer: metaHandshake },
  // X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, raw body):
  // https://developers.facebook.com/docs/instagram-platform/webhooks#validate-payloads
  verify: verifyMetaSignature,
  parse: parseMeta,
  split: splitMeta,
  // The signed POST Meta would send for a trigger's sample (lib/inbound/schemes/meta.ts).
  testRequest: metaTestRequest,

  eventType: (event) => str(metaChange(event).change?.field) ?? null,

  // Meta sends no delivery id; the comment, mention or story each event is about identifies it.
  deliveryId: (event) => {
    const { entry, change, value } = metaChange(event);
    const id =
      change?.field === "comments"
        ? str(value.id)
        : change?.field === "mentions"
          ? (str(value.comment_id) ?? str(value.media_id))
          : change?.field === "story_insights"
            ? str(value.media_id)
            : undefined;
    return id && entry?.id ? `${entry.id}:${change?.field}:${id}` : null;
  },

  trigger: (event) => TRIGGERS[String(metaChange(event).change?.field)],

  // The app user's Instagram professional account.
  identify: (event) => str(metaChange(event).entry?.id) ?? null,

  process: (event) => {
    const { change, value } = metaChange(event);
    switch (change?.field) {
      case "comments": {
        const from = (value.from ?? {}) as { username?: string };
        const who = str(from.username) ? `@${from.username}` : "Someone";
        const verb = str(value.parent_id) ? "replied to a comment" : "commented";
        return [{ text: `${who} ${verb} on your media: ${quote(value.text)}`, sourceUrl: str(from.username) ? `https://www.instagram.com/${from.username}/` : null }];
      }
      case "mentions":
        return [
          {
            text: str(value.comment_id)
              ? `Your account was @mentioned in comment ${value.comment_id} on media ${value.media_id}`
              : `Your account was @mentioned in the caption of media ${value.media_id}`,
            sourceUrl: null,
          },
        ];
      case "story_insights": {
        const extra = [typeof value.impressions === "number" ? `${value.impressions} impressions` : "", typeof value.replies === "number" ? `${value.replies} replies` : ""].filter(Boolean);
        return [{ text: `Story ${value.media_id} reached ${value.reach} accounts${extra.length ? ` (${extra.join(", ")})` : ""}`, sourceUrl: null }];
      }
      default:
        return [];
    }
  },
};
