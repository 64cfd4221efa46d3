// Box V2 webhook payloads Hookyard reads: {type:"webhook_event", id, created_at,
// trigger, webhook, created_by, source, additional_info}, where source is the file,
// folder or comment the event is about. The body id stays the same across Box's
// retries (BOX-DELIVERY-ID changes). Field names follow Box's "Webhook (V2) payload":
// https://developer.box.com/reference/resources/webhook-invocation/
// https://developer.box.com/guides/webhooks/v2/
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import fileUploadedSample from "./fixtures/file-uploaded.json";
import fileTrashedSample from "./fixtures/file-trashed.json";
import folderCreatedSample from "./fixtures/folder-created.json";
import commentCreatedSample from "./fixtures/comment-created.json";

const user = z.looseObject({ type: z.literal("user"), id: z.string(), name: z.string(), login: z.string() });
const parent = z.looseObject({ type: z.literal("folder"), id: z.string(), name: z.string() });

function boxEvent<T extends string, S extends z.ZodType>(trigger: T, source: S) {
  return z.looseObject({
    type: z.literal("webhook_event"),
    id: z.string(),
    created_at: z.string(),
    trigger: z.literal(trigger),
    webhook: z.looseObject({ id: z.string() }),
    created_by: user,
    source,
  });
}

const file = z.looseObject({ type: z.literal("file"), id: z.string(), name: z.string(), size: z.number().optional(), parent: parent.nullable().optional() });
const folder = z.looseObject({ type: z.literal("folder"), id: z.string(), name: z.string(), parent: parent.nullable().optional() });

export const fileUploadedSchema = boxEvent("FILE.UPLOADED", file);
export const fileTrashedSchema = boxEvent("FILE.TRASHED", file);
export const folderCreatedSchema = boxEvent("FOLDER.CREATED", folder);
export const commentCreatedSchema = boxEvent(
  "COMMENT.CREATED",
  z.looseObject({
    type: z.literal("comment"),
    id: z.string(),
    message: z.string(),
    item: z.looseObject({ id: z.string(), type: z.string() }),
  }),
);

export const BOX_TRIGGERS: TriggerDefinition[] = [
  {
    value: "box_trigger_file_uploaded",
    eventTypes: ["FILE.UPLOADED"],
    group: "file",
    description: "A file is uploaded to or created in the watched folder",
    schema: fileUploadedSchema,
    sample: fileUploadedSample,
  },
  { value: "box_trigger_file_trashed", eventTypes: ["FILE.TRASHED"], group: "file", description: "A file is moved to the trash", schema: fileTrashedSchema, sample: fileTrashedSample },
  {
    value: "box_trigger_folder_created",
    eventTypes: ["FOLDER.CREATED"],
    group: "folder",
    description: "A folder is created inside the watched folder",
    schema: folderCreatedSchema,
    sample: folderCreatedSample,
  },
  {
    value: "box_trigger_comment_created",
    eventTypes: ["COMMENT.CREATED"],
    group: "comment",
    description: "A comment is added to a watched file",
    schema: commentCreatedSchema,
    sample: commentCreatedSample,
  },
];
