// Google Drive push notifications (changes.watch for a whole drive, files.watch for one
// file). Google's POST has an EMPTY body: everything is in X-Goog-* headers, so the samples
// and schemas below are the object Hookyard derives from those headers:
//   X-Goog-Channel-ID → channelId          X-Goog-Channel-Token → channelToken
//   X-Goog-Channel-Expiration → channelExpiration (RFC 1123 date, optional)
//   X-Goog-Resource-ID → resourceId        X-Goog-Resource-URI → resourceUri
//   X-Goog-Resource-State → resourceState  X-Goog-Message-Number → messageNumber
//   X-Goog-Changed → changed (comma-separated list split into an array; only on "update")
// "sync" only confirms a new channel and is not an event. A files.watch channel reports
// add / update / trash / untrash / remove directly; a changes.watch channel only ever says
// "change", and Hookyard classifies it by reading changes.list, so each trigger also
// accepts "change". Header names and state values follow:
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import fileCreatedSample from "./fixtures/file-created.json";
import fileUpdatedSample from "./fixtures/file-updated.json";
import fileTrashedSample from "./fixtures/file-trashed.json";

const DRIVE_CHANGED = ["content", "parents", "children", "permissions", "properties"] as const;

function driveNotification<S extends string>(states: readonly [S, ...S[]]) {
  return z.looseObject({
    channelId: z.string().min(1).max(64),
    channelToken: z.string().max(256).optional(),
    channelExpiration: z.string().optional(),
    resourceId: z.string().min(1),
    resourceUri: z.url(),
    resourceState: z.enum(states),
    changed: z.array(z.enum(DRIVE_CHANGED)).optional(),
    messageNumber: z.coerce.number().int().positive(), // header value, parsed as an integer
  });
}

export const fileCreatedSchema = driveNotification(["add", "change"]);
export const fileUpdatedSchema = driveNotification(["update", "change"]);
export const fileTrashedSchema = driveNotification(["trash", "change"]);

export const GOOGLE_DRIVE_TRIGGERS: TriggerDefinition[] = [
  {
    value: "google_drive_trigger_file_created",
    eventTypes: ["add", "change"],
    group: "file",
    description: "A file is created in or shared into the watched Drive",
    schema: fileCreatedSchema,
    sample: fileCreatedSample,
  },
  {
    value: "google_drive_trigger_file_updated",
    eventTypes: ["update"],
    group: "file",
    description: "A watched file's content, properties or sharing changes",
    schema: fileUpdatedSchema,
    sample: fileUpdatedSample,
  },
  { value: "google_drive_trigger_file_trashed", eventTypes: ["trash"], group: "file", description: "A watched file is moved to the trash", schema: fileTrashedSchema, sample: fileTrashedSample },
];
