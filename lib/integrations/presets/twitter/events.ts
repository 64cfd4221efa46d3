// X Account Activity payloads Hookyard reads. Every delivery names the subscribed account in
// for_user_id and carries one array keyed by activity (tweet_create_events, favorite_events,
// follow_events, direct_message_events, …). Posts and users are v1.1 Tweet/User objects.
// https://docs.x.com/x-api/account-activity/introduction
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import tweetCreatedSample from "./fixtures/tweet-created.json";
import tweetLikedSample from "./fixtures/tweet-liked.json";
import newFollowerSample from "./fixtures/new-follower.json";
import directMessageReceivedSample from "./fixtures/direct-message-received.json";

const user = z.looseObject({ id_str: z.string(), name: z.string(), screen_name: z.string() });
/** v1.1 timestamps look like "Wed Mar 12 14:05:09 +0000 2025". */
const twitterDate = z.string().regex(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/);
const tweet = z.looseObject({
  id_str: z.string(),
  created_at: twitterDate,
  text: z.string(),
  user,
  in_reply_to_status_id_str: z.string().nullish(),
});
/** Millisecond epoch sent as a string. */
const msString = z.string().regex(/^\d+$/);

export const tweetCreatedSchema = z.looseObject({
  for_user_id: z.string(),
  user_has_blocked: z.union([z.boolean(), z.string()]).optional(),
  tweet_create_events: z.array(tweet).min(1),
});

export const tweetLikedSchema = z.looseObject({
  for_user_id: z.string(),
  favorite_events: z.array(z.looseObject({ id: z.string(), created_at: twitterDate, timestamp_ms: z.number().int(), favorited_status: tweet, user })).min(1),
});

export const newFollowerSchema = z.looseObject({
  for_user_id: z.string(),
  follow_events: z.array(z.looseObject({ type: z.literal("follow"), created_timestamp: msString, source: user, target: user })).min(1),
});

export const directMessageReceivedSchema = z.looseObject({
  for_user_id: z.string(),
  direct_message_events: z
    .array(
      z.looseObject({
        type: z.literal("message_create"),
        id: z.string(),
        created_timestamp: msString,
        message_create: z.looseObject({
          sender_id: z.string(),
          target: z.looseObject({ recipient_id: z.string() }),
          message_data: z.looseObject({ text: z.string() }),
        }),
      }),
    )
    .min(1),
  users: z.record(z.string(), user),
});

export const TWITTER_TRIGGERS: TriggerDefinition[] = [
  {
    value: "twitter_trigger_tweet_created",
    description: "The account posts, replies, reposts or quotes, or is @mentioned",
    schema: tweetCreatedSchema,
    sample: tweetCreatedSample,
    eventTypes: ["tweet_create_events"],
    group: "post",
  },
  {
    value: "twitter_trigger_tweet_liked",
    description: "The account likes a post or one of its posts is liked",
    schema: tweetLikedSchema,
    sample: tweetLikedSample,
    eventTypes: ["favorite_events"],
    group: "like",
  },
  {
    value: "twitter_trigger_new_follower",
    description: "Someone follows the account or the account follows someone",
    schema: newFollowerSchema,
    sample: newFollowerSample,
    eventTypes: ["follow_events"],
    group: "follow",
  },
  {
    value: "twitter_trigger_direct_message_received",
    description: "A direct message is sent or received by the account",
    schema: directMessageReceivedSchema,
    sample: directMessageReceivedSample,
    eventTypes: ["direct_message_events"],
    group: "direct message",
  },
];
