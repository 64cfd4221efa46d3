// Facebook Page webhook payloads Hookyard reads: {"object":"page","entry":[{id,time,changes:
// [{field,value}]}]}, where entry.id is the Page id and time is when Meta sent the batch.
// Field values follow the Page webhooks reference:
// https://developers.facebook.com/docs/graph-api/webhooks/reference/page
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import postCreatedSample from "./fixtures/post-created.json";
import commentCreatedSample from "./fixtures/comment-created.json";
import leadCreatedSample from "./fixtures/lead-created.json";

const from = z.looseObject({ id: z.string(), name: z.string().optional() });

/** One Page notification whose changes all concern the given field. */
function pageNotification<T extends z.ZodType>(field: string, value: T) {
  return z.looseObject({
    object: z.literal("page"),
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

export const postCreatedSchema = pageNotification(
  "feed",
  z.looseObject({
    item: z.enum(["status", "post", "photo", "video", "share", "link"]),
    verb: z.literal("add"),
    post_id: z.string(),
    created_time: z.number().int(),
    from,
    message: z.string().optional(),
    link: z.url().optional(),
  }),
);

export const commentCreatedSchema = pageNotification(
  "feed",
  z.looseObject({
    item: z.literal("comment"),
    verb: z.literal("add"),
    comment_id: z.string(),
    post_id: z.string(),
    parent_id: z.string(),
    created_time: z.number().int(),
    from,
    message: z.string().optional(),
  }),
);

export const leadCreatedSchema = pageNotification(
  "leadgen",
  z.looseObject({
    leadgen_id: z.string(),
    form_id: z.string(),
    page_id: z.string(),
    ad_id: z.string().optional(),
    adgroup_id: z.string().optional(),
    created_time: z.number().int(),
  }),
);

export const FACEBOOK_TRIGGERS: TriggerDefinition[] = [
  {
    value: "facebook_trigger_post_created",
    eventTypes: ["feed.status.add", "feed.post.add", "feed.photo.add", "feed.video.add", "feed.share.add", "feed.link.add"],
    group: "feed",
    description: "A post, photo, video or link is published on the Page",
    schema: postCreatedSchema,
    sample: postCreatedSample,
  },
  {
    value: "facebook_trigger_comment_created",
    eventTypes: ["feed.comment.add"],
    group: "comment",
    description: "Someone comments on one of the Page's posts",
    schema: commentCreatedSchema,
    sample: commentCreatedSample,
  },
  {
    value: "facebook_trigger_lead_created",
    eventTypes: ["leadgen"],
    group: "lead",
    description: "Someone submits one of the Page's lead ad forms",
    schema: leadCreatedSchema,
    sample: leadCreatedSample,
  },
];
