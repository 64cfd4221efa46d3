// Notion webhook event payloads Hookyard reads. All events share one envelope (id, timestamp,
// workspace_id, subscription_id, integration_id, type, authors, attempt_number, entity, data);
// events are signals only, so `data` holds ids (parent, updated blocks/properties), not content.
// https://developers.notion.com/reference/webhooks-events-delivery
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import pageCreatedSample from "./fixtures/page-created.json";
import pageContentUpdatedSample from "./fixtures/page-content-updated.json";
import pagePropertiesUpdatedSample from "./fixtures/page-properties-updated.json";
import commentCreatedSample from "./fixtures/comment-created.json";

const ref = z.looseObject({ id: z.string(), type: z.string() });
const parent = z.looseObject({ id: z.string(), type: z.string() });

/** The envelope every Notion event shares, for one event type and entity type. */
function event<T extends z.ZodType>(type: string, entityType: string, data: T) {
  return z.looseObject({
    id: z.string(),
    timestamp: z.iso.datetime(),
    workspace_id: z.string(),
    workspace_name: z.string().optional(),
    subscription_id: z.string(),
    integration_id: z.string(),
    type: z.literal(type),
    authors: z.array(ref),
    attempt_number: z.number().int().optional(),
    entity: z.looseObject({ id: z.string(), type: z.literal(entityType) }),
    data,
  });
}

export const pageCreatedSchema = event("page.created", "page", z.looseObject({ parent }));

export const pageContentUpdatedSchema = event("page.content_updated", "page", z.looseObject({ parent, updated_blocks: z.array(ref) }));

export const pagePropertiesUpdatedSchema = event("page.properties_updated", "page", z.looseObject({ parent, updated_properties: z.array(z.string()) }));

export const commentCreatedSchema = event("comment.created", "comment", z.looseObject({ page_id: z.string(), parent }));

export const NOTION_TRIGGERS: TriggerDefinition[] = [
  {
    value: "notion_trigger_page_created",
    eventTypes: ["page.created"],
    group: "page",
    description: "A page is created in a shared page or database",
    schema: pageCreatedSchema,
    sample: pageCreatedSample,
  },
  {
    value: "notion_trigger_page_content_updated",
    eventTypes: ["page.content_updated"],
    group: "page",
    description: "The blocks of a page are edited",
    schema: pageContentUpdatedSchema,
    sample: pageContentUpdatedSample,
  },
  {
    value: "notion_trigger_page_properties_updated",
    eventTypes: ["page.properties_updated"],
    group: "page",
    description: "A page's title or database properties change",
    schema: pagePropertiesUpdatedSchema,
    sample: pagePropertiesUpdatedSample,
  },
  {
    value: "notion_trigger_comment_created",
    eventTypes: ["comment.created"],
    group: "comment",
    description: "A comment is added to a page or block",
    schema: commentCreatedSchema,
    sample: commentCreatedSample,
  },
];
