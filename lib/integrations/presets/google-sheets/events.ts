// Google Sheets has no push API of its own: a spreadsheet is a Drive file, so Hookyard
// watches it with the Drive API's files.watch (fileId = spreadsheet id). Google's POST has
// an EMPTY body and everything is in X-Goog-* headers, so the samples and schemas below
// are the object Hookyard derives from those headers:
//   X-Goog-Channel-ID → channelId          X-Goog-Channel-Token → channelToken
//   X-Goog-Channel-Expiration → channelExpiration (RFC 1123 date, optional)
//   X-Goog-Resource-ID → resourceId        X-Goog-Resource-URI → resourceUri
//   X-Goog-Resource-State → resourceState  X-Goog-Message-Number → messageNumber
//   X-Goog-Changed → changed (comma-separated list split into an array)
// Cell edits and new rows arrive as state "update" with "content" in X-Goog-Changed;
// sharing changes as "update" with "permissions". "sync" only confirms a new channel.
// Header names and state values follow the Drive push guide:
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import spreadsheetUpdatedSample from "./fixtures/spreadsheet-updated.json";
import sharingChangedSample from "./fixtures/sharing-changed.json";
import spreadsheetTrashedSample from "./fixtures/spreadsheet-trashed.json";

const DRIVE_CHANGED = ["content", "parents", "children", "permissions", "properties"] as const;

/** resourceUri of a files.watch channel: …/drive/v3/files/<spreadsheet id>?… */
const fileUri = z.url().regex(/\/drive\/v3\/files\/[A-Za-z0-9_-]+/);

const base = {
  channelId: z.string().min(1).max(64),
  channelToken: z.string().max(256).optional(),
  channelExpiration: z.string().optional(),
  resourceId: z.string().min(1),
  resourceUri: fileUri,
  messageNumber: z.coerce.number().int().positive(), // header value, parsed as an integer
};

export const spreadsheetUpdatedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("update"),
  changed: z.array(z.enum(DRIVE_CHANGED)).refine((c) => c.includes("content"), "expected content among the changes"),
});

export const sharingChangedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("update"),
  changed: z.array(z.enum(DRIVE_CHANGED)).refine((c) => c.includes("permissions"), "expected permissions among the changes"),
});

export const spreadsheetTrashedSchema = z.looseObject({
  ...base,
  resourceState: z.literal("trash"),
  changed: z.array(z.enum(DRIVE_CHANGED)).optional(),
});

export const GOOGLE_SHEETS_TRIGGERS: TriggerDefinition[] = [
  {
    value: "google_sheets_trigger_spreadsheet_updated",
    eventTypes: ["update"],
    group: "spreadsheet",
    description: "Cells, rows or sheets in the watched spreadsheet change",
    schema: spreadsheetUpdatedSchema,
    sample: spreadsheetUpdatedSample,
  },
  {
    value: "google_sheets_trigger_sharing_changed",
    eventTypes: ["update"],
    group: "spreadsheet",
    description: "The watched spreadsheet is shared or unshared",
    schema: sharingChangedSchema,
    sample: sharingChangedSample,
  },
  {
    value: "google_sheets_trigger_spreadsheet_trashed",
    eventTypes: ["trash"],
    group: "spreadsheet",
    description: "The watched spreadsheet is moved to the trash",
    schema: spreadsheetTrashedSchema,
    sample: spreadsheetTrashedSample,
  },
];
