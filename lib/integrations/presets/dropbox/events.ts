// Dropbox webhook notifications Hookyard reads. Dropbox sends one kind of
// notification: a list of the accounts (that linked the app) whose files changed. It
// never says which files; the app calls /2/files/list_folder/continue with its stored
// cursor to find out. "delta.users" is the legacy numeric-id form of the same list.
// https://www.dropbox.com/developers/reference/webhooks
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import fileChangedSample from "./fixtures/file-changed.json";

export const fileChangedSchema = z.looseObject({
  list_folder: z.looseObject({
    accounts: z.array(z.string().startsWith("dbid:")).min(1),
  }),
  delta: z.looseObject({ users: z.array(z.number().int()) }).optional(),
});

export const DROPBOX_TRIGGERS: TriggerDefinition[] = [
  {
    value: "dropbox_trigger_file_changed",
    eventTypes: ["list_folder"],
    group: "files",
    description: "Files changed in the Dropbox of one or more accounts linked to your app",
    schema: fileChangedSchema,
    sample: fileChangedSample,
  },
];
