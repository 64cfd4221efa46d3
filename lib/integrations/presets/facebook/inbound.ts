// How Hookyard receives Facebook Page webhooks: Meta's verification request and
// X-Hub-Signature-256 (shared with Instagram in lib/inbound/schemes/meta.ts), one event per
// change of a batched {"object":"page","entry":[…]} body.
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-pages
import "server-only";
import type { Activity, InboundSpec } from "../../../inbound/types";
import { metaChange, metaHandshake, metaTestRequest, parseMeta, quote, splitMeta, str, verifyMetaSignature } from "../../../inbound/schemes/meta";

const POST_ITEMS = new Set(["status", "post", "photo", "video", "share", "link"]);

/** https://www.facebook.com/<page>/posts/<post> from a "<page>_<post>" id. */
function postUrl(postId: string | undefined, pageId: string | undefined): string | null {
  if (!postId) return pageId ? `https://www.facebook.com/${pageId}` : null;
  const [page, post] = postId.includes("_") ? postId.split("_", 2) : [pageId, postId];
  return page ? `https://www.facebook.com/${page}/posts/${post}` : `https://www.facebook.com/${post}`;
}

export const facebookInbound: InboundSpec = {
  contentTypes: ["application/json"],
  // Verification request (hub.mode / hub.verify_token / hub.challenge), answered without a signature:
  // https://developers.facebook.com/docs/graph-api/webhooks/getting-started#verification-requests
  handshake: { signed: false, answer: metaHandshake },
  // X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(app secret, raw body):
  // https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
  verify: verifyMetaSignature,
  parse: parseMeta,
  split: splitMeta,
  // The signed POST Meta would send for a trigger's sample (lib/inbound/schemes/meta.ts).
  testRequest: metaTestRequest,

  // Meta names a change by its field ("feed", "leadgen"); feed changes also carry item and verb.
  eventType: (event) => {
    const { change, value } = metaChange(event);
    if (!change?.field) return null;
    const item = str(value.item);
    const verb = str(value.verb);
    return change.field === "feed" && item && verb ? `feed.${item}.${verb}` : change.field;
  },

  // Meta sends no delivery id; the created object's own id is unique per event. Edits and
  // removals reuse those ids, so they fall back to the body hash.
  deliveryId: (event) => {
    const { entry, change, value } = metaChange(event);
    if (change?.field === "leadgen") return str(value.leadgen_id) ? `leadgen:${value.leadgen_id}` : null;
    if (change?.field !== "feed" || value.verb !== "add") return null;
    const id = value.item === "comment" ? str(value.comment_id) : str(value.post_id);
    return id && entry?.id ? `${entry.id}:feed:${value.item}:${id}` : null;
  },

  trigger: (event) => {
    const { change, value } = metaChange(event);
    if (change?.field === "leadgen") return "facebook_trigger_lead_created";
    if (change?.field !== "feed" || value.verb !== "add") return undefined;
    if (value.item === "comment") return "facebook_trigger_comment_created";
    return POST_ITEMS.has(String(value.item)) ? "facebook_trigger_post_created" : undefined;
  },

  // The Page the app is installed on.
  identify: (event) => str(metaChange(event).entry?.id) ?? null,

  process: (event) => {
    const { entry, change, value } = metaChange(event);
    const from = (value.from ?? {}) as { name?: string; id?: string };
    const who = str(from.name) ?? (str(from.id) ? `User ${from.id}` : "Someone");
    const activities: Activity[] = [];
    if (change?.field === "leadgen") {
      activities.push({
        text: `New lead ${value.leadgen_id} from lead form ${value.form_id} on Page ${value.page_id ?? entry?.id}`,
        sourceUrl: postUrl(undefined, str(value.page_id) ?? entry?.id),
      });
    } else if (change?.field === "feed" && value.verb === "add" && value.item === "comment") {
      const permalink = str((value.post as { permalink_url?: string } | undefined)?.permalink_url) ?? postUrl(str(value.post_id), entry?.id);
      const commentPart = str(value.comment_id)?.split("_").pop();
      activities.push({
        text: `${who} commented on a Page post: ${quote(value.message)}`,
        sourceUrl: permalink && commentPart ? `${permalink}?comment_id=${commentPart}` : permalink,
      });
    } else if (change?.field === "feed" && value.verb === "add" && POST_ITEMS.has(String(value.item))) {
      const what = value.item === "status" || value.item === "post" ? "a post" : `a ${value.item}`;
      activities.push({
        text: `${who} published ${what} on the Page${str(value.message) ? `: ${quote(value.message)}` : ""}`,
        sourceUrl: postUrl(str(value.post_id), entry?.id),
      });
    }
    return activities;
  },
};
