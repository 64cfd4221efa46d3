// Instagram webhook payloads Hookyard reads: {"object":"instagram","entry":[{id,time,changes:
// [{field,value}]}]}, where entry.id is the app user's Instagram professional account id.
// Field values follow https://developers.facebook.com/docs/instagram-platform/webhooks/examples
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import commentCreatedSample from "./fixtures/comment-created.json";
import mentionSample from "./fixtures/mention.json";
import storyInsightsSample from "./fixtures/story-insights.json";

/** One Instagram notification whose changes all concern the given field. */
function instagramNotification<T extends z.ZodType>(field: string, value: T) {
  return z.looseObject({
    object: z.literal("instagram"),
    entry: z
      .array(
        z.looseObject({
          id: z.string(),
          time: z.number().int(),
          changes: z.array(z.looseObject({ field: z.literal(field), value })).min(1),
        }),
      )
      .min(1),
  });
}

export const commentCreatedSchema = instagramNotification(
  "comments",
  z.looseObject({
    id: z.string(),
    text: z.string(),
    from: z.looseObject({ id: z.string(), username: z.string() }),
    media: z.looseObject({ id: z.string(), media_product_type: z.string().optional() }),
    parent_id: z.string().optional(),
  }),
);

export const mentionSchema = instagramNotification("mentions", z.looseObject({ media_id: z.string(), comment_id: z.string().optional() }));

export const storyInsightsSchema = instagramNotification(
  "story_insights",
  z.looseObject({ media_id: z.string(), reach: z.number().int(), impressions: z.number().int().optional(), replies: z.number().int().optional() }),
);

export const INSTAGRAM_TRIGGERS: TriggerDefinition[] = [
  {
    value: "instagram_trigger_comment_created",
    eventTypes: ["comments"],
    group: "comment",
    description: "Someone comments on, or replies to a comment on, the account's media",
    schema: commentCreatedSchema,
    sample: commentCreatedSample,
  },
  { value: "instagram_trigger_mention", eventTypes: ["mentions"], group: "mention", description: "The account is @mentioned in a comment or caption", schema: mentionSchema, sample: mentionSample },
  {
    value: "instagram_trigger_story_insights",
    eventTypes: ["story_insights"],
    group: "story",
    description: "Interaction metrics for a story arrive after it expires",
    schema: storyInsightsSchema,
    sample: storyInsightsSample,
  },
];
