// Google Docs has no push API of its own: a document is a Drive file, so Hookyard watches it
// with the Drive API's files.watch (fileId = document id). Google's POST has an EMPTY body and
// everything is in X-Goog-* headers, so the samples and schemas below are the object Hookyard
// derives from those headers (same mapping as the Drive and Sheets presets):
//   X-Goog-Channel-ID → channelId          X-Goog-Channel-Token → channelToken
//   X-Goog-Channel-Expiration → channelExpiration (RFC 1123 date, optional)
//   X-Goog-Resource-ID → resourceId        X-Goog-Resource-URI → resourceUri
//   X-Goog-Resource-State → resourceState  X-Goog-Message-Number → messageNumber
//   X-Goog-Changed → changed (comma-separated list split into an array)
// Typing arrives as state "update" with "content" (a rename adds "properties"); sharing
// changes as "update" with "permissions"; moving to the bin as "trash". "sync" only confirms
// a new channel and is not an event. Header names and state values follow:
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import documentUpdatedSample from "./fixtures/document-updated.json";
import documentPermissionsChangedSample from "./fixtures/document-permissions-changed.json";
import documentTrashedSample from "./fixtures/document-trashed.json";

const DRIVE_CHANGED = ["content", "parents", "children", "permissions", "properties"] as const;
const changedList = z.array(z.enum(DRIVE_CHANGED));

/** resourceUri of a files.watch channel: …/drive/v3/files/<document id>?… */
const fileUri = z.url().regex(/\/drive\/v3\/files\/[A-Za-z0-9_-]+/);

const base = {
  channelId: z.string().min(1).max(64),
  channelToken: z.string().max(256).optional(),
  channelExpiration: z.string().optional(),
  resourceId: z.string().min(1),
  resourceUri: fileUri,
  messageNumber: z.coerce.number().int().positive(), // header value, parsed as an integer
};

export const documentUpdatedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("update"),
  changed: changedList.refine((c) => c.includes("content") || c.includes("properties"), "expected content or properties among the changes"),
});

export const documentPermissionsChangedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("update"),
  changed: changedList.refine((c) => c.includes("permissions"), "expected permissions among the changes"),
});

export const documentTrashedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("trash"),
  changed: changedList.optional(),
});

export const GOOGLE_DOCS_TRIGGERS: TriggerDefinition[] = [
  {
    value: "google_docs_trigger_document_updated",
    eventTypes: ["update"],
    group: "document",
    description: "The document's text or properties (such as its title) change",
    schema: documentUpdatedSchema,
    sample: documentUpdatedSample,
  },
  {
    value: "google_docs_trigger_document_permissions_changed",
    eventTypes: ["update"],
    group: "document",
    description: "The document is shared with someone or its sharing settings change",
    schema: documentPermissionsChangedSchema,
    sample: documentPermissionsChangedSample,
  },
  {
    value: "google_docs_trigger_document_trashed",
    eventTypes: ["trash"],
    group: "document",
    description: "The document is moved to the trash",
    schema: documentTrashedSchema,
    sample: documentTrashedSample,
  },
];
