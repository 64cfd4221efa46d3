// Meta's catalogs (Facebook Pages and Instagram), from the Graph API webhooks reference: each
// object (page, instagram) lists the fields an app can subscribe to. Meta publishes no
// machine-readable list (its SDKs do not carry the webhook topics), so the fields are written out
// from the reference pages, for Graph API v25.0.
// https://developers.facebook.com/docs/graph-api/webhooks/reference/page
// https://developers.facebook.com/docs/instagram-platform/webhooks
//
// Only fields delivered as entry[].changes[] are listed: that is where eventType() reads the
// field (lib/inbound/schemes/meta.ts). The Messenger-style fields (messages, message_reactions,
// messaging_postbacks, messaging_optins, messaging_referral(s), messaging_seen, messaging_handover,
// standby, …) arrive as entry[].messaging[] with no field name, so eventType() returns null for
// them and a catalog entry could never match.
// Facebook's feed field is refined by eventType() into "feed.<item>.<verb>"; the reference's
// enums for value.item and value.verb give every combination it can return.
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const GRAPH_VERSION = "v25.0";
const PAGE_REFERENCE = "https://developers.facebook.com/docs/graph-api/webhooks/reference/page";

// Page profile fields: a change to that part of the Page's profile.
const PAGE_PROFILE_FIELDS = [
  "affiliation",
  "attire",
  "awards",
  "bio",
  "birthday",
  "category",
  "company_overview",
  "culinary_team",
  "current_location",
  "description",
  "email",
  "founded",
  "general_info",
  "general_manager",
  "hometown",
  "hours",
  "location",
  "members",
  "mission",
  "name",
  "parking",
  "payment_options",
  "personal_info",
  "personal_interests",
  "phone",
  "picture",
  "price_range",
  "public_transit",
  "website",
];

// Page fields about activity rather than the profile, with what each reports.
const PAGE_ACTIVITY_FIELDS: [string, string, string][] = [
  ["checkins", "Someone checked in at the Page's location.", "checkin"],
  ["leadgen", "Someone submitted one of the Page's lead ad forms.", "lead"],
  ["live_videos", "A live video of the Page changed status.", "video"],
  ["mention", "The Page was mentioned in a post or comment.", "mention"],
  ["merchant_review", "A merchant review of the Page's shop was posted.", "review"],
  ["page_about_story", "The Page's about story changed.", "profile"],
  ["page_change_proposal", "Meta proposed a change to the Page's information.", "profile"],
  ["page_upcoming_change", "A change to the Page's information is about to take effect.", "profile"],
  ["product_review", "A review of one of the Page's products was posted.", "review"],
  ["products", "The Page's products changed.", "product"],
  ["ratings", "A rating or recommendation of the Page was added, changed or removed.", "rating"],
  ["videos", "The encoding status of a video on the Page changed.", "video"],
];

// The feed field's value.item and value.verb enums.
const FEED_ITEMS = [
  "album",
  "address",
  "comment",
  "connection",
  "coupon",
  "event",
  "experience",
  "group_message",
  "like",
  "link",
  "mention",
  "milestone",
  "note",
  "page",
  "photo",
  "photo-album",
  "picture",
  "platform-story",
  "post",
  "profile",
  "question",
  "rating",
  "reaction",
  "relationship-status",
  "share",
  "status",
  "story",
  "tag",
  "timeline cover",
  "video",
];
const FEED_VERBS = ["add", "block", "edit", "edited", "delete", "follow", "hide", "mute", "remove", "unblock", "unhide", "update"];

function facebook(): GeneratedCatalog {
  const events: CatalogEvent[] = [
    ...PAGE_PROFILE_FIELDS.map((field) => ({ type: field, description: `The Page's ${field.replace(/_/g, " ")} changed.`, group: "profile" })),
    ...PAGE_ACTIVITY_FIELDS.map(([type, description, group]) => ({ type, description, group })),
    { type: "feed", description: "The Page's feed changed (a change that names no item and verb).", group: "feed" },
    ...FEED_ITEMS.flatMap((item) =>
      FEED_VERBS.map((verb) => ({ type: `feed.${item}.${verb}`, description: `Page feed: a ${item.replace(/[-_]/g, " ")} item, verb "${verb}".`, group: item.replace(/ /g, "_") })),
    ),
  ];
  return {
    source: { name: "Meta Graph API webhooks reference: Page fields delivered as changes (feed by item and verb)", version: GRAPH_VERSION, url: PAGE_REFERENCE, count: events.length },
    events,
  };
}

function instagram(): GeneratedCatalog {
  const events: CatalogEvent[] = [
    { type: "comments", description: "Someone commented on, or replied to a comment on, the account's media.", group: "comment" },
    { type: "live_comments", description: "Someone commented on the account's live video while it is live.", group: "comment" },
    { type: "mentions", description: "The account was @mentioned in a comment or caption.", group: "mention" },
    { type: "story_insights", description: "Metrics for one of the account's stories arrived after it expired.", group: "story" },
  ];
  return {
    source: { name: "Instagram Platform webhook fields delivered as changes", version: GRAPH_VERSION, url: "https://developers.facebook.com/docs/instagram-platform/webhooks", count: events.length },
    events,
  };
}

export default { facebook, instagram } satisfies CatalogGenerators;
