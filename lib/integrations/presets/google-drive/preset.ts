// Google Drive: push notifications from a changes.watch or files.watch channel. Google
// echoes the channel's `token` (chosen by Hookyard when it creates the channel) in the
// X-Goog-Channel-Token header of every notification; Hookyard compares it in constant
// time and reads X-Goog-Resource-State.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { GOOGLE_DRIVE_TRIGGERS } from "./events";
import { googleDriveInbound } from "./inbound";
import { googleOAuth } from "../../shared/google-oauth";
import { googleDriveRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const googleDrive: IntegrationPreset = {
  id: "google-drive",
  name: "Google Drive",
  description: "New, changed and trashed files in Google Drive.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["openid", "email", "https://www.googleapis.com/auth/drive.metadata.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/workspace/drive/api/guides/push",
  color: "#0066DA",
  icon: "/integrations/google-drive.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Google's push-notification guide gives no redelivery schedule for a failed notification; Hookyard could not confirm one.",
    docsUrl: "https://developers.google.com/workspace/drive/api/guides/push",
  },
  verification: {
    scheme: "Google channel token (X-Goog-Channel-Token)",
    secretSource: "hookyard",
    secretLabel: "Channel token",
    generateSecret: () => randomToken(32),
  },
  triggers: GOOGLE_DRIVE_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: googleDriveInbound,
  oauth: googleOAuth,
  remote: googleDriveRemote,
  setupInstructions: [
    "Connect your Google account under Connections and allow read access to your Drive file metadata.",
    "Hookyard fetches a start page token, creates the watch channel with changes.watch, address {webhookUrl} and this integration's channel token, and recreates the channel before Google lets it expire (at most a week).",
    "To create the channel by hand instead, copy the channel token that Hookyard shows once when you create this integration.",
    'In the APIs Explorer call changes.getStartPageToken, then POST https://www.googleapis.com/drive/v3/changes/watch?pageToken=<token> (or /drive/v3/files/<fileId>/watch for a single file) with {"id": "<a new UUID>", "type": "web_hook", "address": "{webhookUrl}", "token": "<the channel token>"}.',
    'Google first sends a "sync" message, which Hookyard accepts without creating an event; repeat the watch call with a new channel id before a manual channel expires.',
    "Upload, edit or trash a file; the notification appears in this integration's event history.",
  ],
};
