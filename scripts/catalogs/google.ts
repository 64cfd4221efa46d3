// Google's push notifications: Gmail, Calendar, Drive (and Sheets and Docs, which watch their
// files through Drive), and YouTube. None of these has an event name in its SDK: Calendar and
// Drive channels name the change only in the X-Goog-Resource-State header, which the shared
// Google channel scheme returns as eventType(), and the push guides list every state it takes.
// The "sync" state is left out: it only confirms a new channel and is answered by the handshake
// (lib/inbound/schemes/google-channel.ts), so it never becomes an event.
// https://developers.google.com/workspace/calendar/api/guides/push
// https://developers.google.com/workspace/drive/api/guides/push
//
// Gmail's push says only "the mailbox moved to historyId N": its changes are the history
// record's change lists, read here from the official @googleapis/gmail types (generated from
// the Gmail API discovery document). Their names are users.history.list's historyTypes
// (messageAdded, messageDeleted, labelAdded, labelRemoved). NOTE: Gmail's eventType() returns
// null (the push does not say which change it was), so these types are what a history.list
// follow-up would report, not what arrives on the wire.
// https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.history/list
//
// YouTube's WebSub feed has two kinds of item: an Atom <entry> (a new or changed video) and an
// RFC 6721 <at:deleted-entry>; eventType() returns "entry" / "deleted-entry".
// https://developers.google.com/youtube/v3/guides/push_notifications
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogEvent, GeneratedCatalog } from "../../lib/integrations/event-catalog";
import type { CatalogGenerators } from "../generate-catalogs";
import { unpackNpmPackage } from "./_npm-package";

const GMAIL_SDK_VERSION = "22.0.1";
const DRIVE_PUSH = "https://developers.google.com/workspace/drive/api/guides/push";

// Drive's X-Goog-Changed values, sent with "update" (the push guide's table).
const DRIVE_CHANGED = ["content", "parents", "children", "permissions", "properties"];

/** The files.watch states of the Drive push guide, for a file of the given noun. */
function fileStates(noun: string, group: string): CatalogEvent[] {
  return [
    { type: "add", description: `A ${noun} was created or shared with the watching user.`, group },
    { type: "update", description: `One or more properties or the content of the ${noun} changed (X-Goog-Changed says which).`, group, actions: DRIVE_CHANGED },
    { type: "trash", description: `The ${noun} was moved to the trash.`, group },
    { type: "untrash", description: `The ${noun} was restored from the trash.`, group },
    { type: "remove", description: `The ${noun} was deleted or is no longer shared with the watching user.`, group },
  ];
}

function driveFileCatalog(noun: string, group: string): GeneratedCatalog {
  const events = fileStates(noun, group);
  return { source: { name: "Google Drive push notifications (files.watch resource states)", url: DRIVE_PUSH, count: events.length }, events };
}

function googleDrive(): GeneratedCatalog {
  // changes.watch (a whole drive) only ever reports "change"; files.watch the five file states.
  const events = [...fileStates("file", "file"), { type: "change", description: "One or more changes were made in the watched drive (changes.list says which).", group: "drive" }];
  return { source: { name: "Google Drive push notifications (files.watch and changes.watch resource states)", url: DRIVE_PUSH, count: events.length }, events };
}

function googleCalendar(): GeneratedCatalog {
  const events: CatalogEvent[] = [
    { type: "exists", description: "An event in the watched calendar was created, changed or cancelled.", group: "event" },
    { type: "not_exists", description: "The watched resource no longer exists.", group: "calendar" },
  ];
  return { source: { name: "Google Calendar push notifications (resource states)", url: "https://developers.google.com/workspace/calendar/api/guides/push", count: events.length }, events };
}

/** "messagesAdded" → "messageAdded": the history list's name → its historyTypes value. */
const historyType = (field: string) => field.replace(/^(message|label)s/, "$1");

function gmail(): GeneratedCatalog {
  const types = readFileSync(path.join(unpackNpmPackage("@googleapis/gmail", GMAIL_SDK_VERSION), "build", "v1.d.ts"), "utf8");
  const body = /export interface Schema\$History \{([\s\S]*?)\n {4}\}/.exec(types)?.[1];
  if (!body) throw new Error("gmail: Schema$History not found in @googleapis/gmail");
  const events: CatalogEvent[] = [];
  // Each change list: "/** <description> */ messagesAdded?: Schema$HistoryMessageAdded[];"
  for (const [, comment, field] of body.matchAll(/\/\*\*\s*\n\s*\*\s*(.+?)\s*\n\s*\*\/\s*\n\s*(\w+)\?: Schema\$History\w+\[\]/g)) {
    events.push({ type: historyType(field), description: comment, group: field.startsWith("label") ? "label" : "message" });
  }
  if (events.length !== 4) throw new Error(`gmail: expected the four change lists of Schema$History, found ${events.length}`);
  return {
    source: {
      name: "@googleapis/gmail (Schema$History change lists = users.history.list historyTypes)",
      version: GMAIL_SDK_VERSION,
      url: "https://www.npmjs.com/package/@googleapis/gmail",
      count: events.length,
    },
    events,
  };
}

function youtube(): GeneratedCatalog {
  const events: CatalogEvent[] = [
    { type: "entry", description: "The channel uploaded a video or changed a video's title or description.", group: "video" },
    { type: "deleted-entry", description: "A video of the channel was deleted.", group: "video" },
  ];
  return { source: { name: "YouTube push notifications (WebSub Atom feed items)", url: "https://developers.google.com/youtube/v3/guides/push_notifications", count: events.length }, events };
}

export default {
  gmail,
  "google-calendar": googleCalendar,
  "google-drive": googleDrive,
  "google-sheets": () => driveFileCatalog("spreadsheet", "spreadsheet"),
  "google-docs": () => driveFileCatalog("document", "document"),
  youtube,
} satisfies CatalogGenerators;
