// LinkedIn organization social action notification payloads Hookyard reads. A delivery is a
// batch {type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS", notifications: [...]} of up to ten
// notifications, each naming its action (COMMENT, LIKE, SHARE, SHARE_MENTION, ADMIN_COMMENT,
// COMMENT_EDIT, COMMENT_DELETE); one batch may mix actions, so each trigger's schema accepts any
// action and a trigger matches the notifications whose action it names. notificationId is the
// de-duplication key. Fields follow "Organization Social Action Notifications":
// https://learn.microsoft.com/en-us/linkedin/marketing/community-management/organizations/organization-social-action-notifications
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import commentSample from "./fixtures/comment.json";
import likeSample from "./fixtures/like.json";
import shareSample from "./fixtures/share.json";
import mentionSample from "./fixtures/share-mention.json";

const urn = (type: string) => z.string().startsWith(`urn:li:${type}:`);

export const notificationSchema = z.looseObject({
  notificationId: z.number().int(),
  action: z.string(),
  organizationalEntity: urn("organization"),
  /** The page's post that was acted on (a share or ugcPost URN). */
  sourcePost: z.string().startsWith("urn:li:").optional(),
  /** The comment, reaction or reshare that the action created. */
  generatedActivity: z.string().startsWith("urn:li:").optional(),
  decoratedGeneratedActivity: z.looseObject({}).optional(),
  /** Milliseconds since the epoch. */
  lastModifiedAt: z.number().int(),
  subscriber: urn("person").optional(),
});

export const notificationBatchSchema = z.looseObject({
  type: z.literal("ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS"),
  notifications: z.array(notificationSchema).min(1),
});

export const LINKEDIN_TRIGGERS: TriggerDefinition[] = [
  {
    value: "linkedin_trigger_comment",
    eventTypes: ["COMMENT"],
    group: "comment",
    description: "Someone comments on one of the page's posts (COMMENT)",
    schema: notificationBatchSchema,
    sample: commentSample,
  },
  { value: "linkedin_trigger_like", eventTypes: ["LIKE"], group: "reaction", description: "Someone reacts to one of the page's posts (LIKE)", schema: notificationBatchSchema, sample: likeSample },
  { value: "linkedin_trigger_share", eventTypes: ["SHARE"], group: "share", description: "Someone reshares one of the page's posts (SHARE)", schema: notificationBatchSchema, sample: shareSample },
  {
    value: "linkedin_trigger_mention",
    eventTypes: ["SHARE_MENTION"],
    group: "mention",
    description: "The page is mentioned in someone's post (SHARE_MENTION)",
    schema: notificationBatchSchema,
    sample: mentionSample,
  },
];
