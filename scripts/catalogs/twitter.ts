// X (Twitter): the activity types of the Account Activity API, from the "Available
// activities" table of X's Account Activity data objects guide (X publishes no SDK or
// schema that lists them). A delivery carries each activity in an array named after its
// type ("tweet_create_events": […]); X's inbound.eventType() returns that key, or
// "user_event" for a revoke. The descriptions are ours, after the guide's table;
// `actions` are the `type` values the guide's payload examples show inside one array.
// https://docs.x.com/x-api/enterprise-gnip-2.0/fundamentals/account-activity
// https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";

const ACTIVITIES: CatalogEvent[] = [
  { type: "tweet_create_events", description: "The account posts, replies, reposts or quotes, or someone @mentions, replies to, reposts or quotes it", group: "post" },
  { type: "tweet_delete_events", description: "The account deletes a post (sent so apps can stay compliant)", group: "post" },
  { type: "favorite_events", description: "The account likes a post, or someone likes one of its posts", group: "like" },
  { type: "follow_events", description: "The account follows or unfollows someone, or someone follows it", group: "follow", actions: ["follow", "unfollow"] },
  { type: "unfollow_events", description: "The account unfollows someone", group: "follow" },
  { type: "block_events", description: "The account blocks or unblocks someone", group: "block", actions: ["block", "unblock"] },
  { type: "unblock_events", description: "The account unblocks someone", group: "block" },
  { type: "mute_events", description: "The account mutes or unmutes someone", group: "mute", actions: ["mute", "unmute"] },
  { type: "unmute_events", description: "The account unmutes someone", group: "mute" },
  { type: "user_event", description: "The user revokes the app's access and X deletes the subscription", group: "subscription", actions: ["revoke"] },
  { type: "direct_message_events", description: "The account sends or receives a direct message", group: "direct message", actions: ["message_create"] },
  { type: "direct_message_indicate_typing_events", description: "Someone is typing a direct message to the account", group: "direct message" },
  { type: "direct_message_mark_read_events", description: "Someone reads a direct message the account sent", group: "direct message" },
];

function generateTwitter(): GeneratedCatalog {
  return {
    source: {
      name: "X Account Activity API: available activities",
      url: "https://developer.x.com/en/docs/x-api/enterprise/account-activity-api/guides/account-activity-data-objects",
      count: ACTIVITIES.length,
    },
    events: ACTIVITIES,
  };
}

export default { twitter: generateTwitter } satisfies CatalogGenerators;
