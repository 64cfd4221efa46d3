// Google Sheets: a Drive files.watch channel on the spreadsheet (Sheets has no push API of
// its own). Google echoes the channel's `token` (chosen by Hookyard when it creates the
// channel) in the X-Goog-Channel-Token header of every notification; Hookyard compares it
// in constant time and reads X-Goog-Resource-State / X-Goog-Changed.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { z } from "zod";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { GOOGLE_SHEETS_TRIGGERS } from "./events";
import { googleSheetsInbound } from "./inbound";
import { googleOAuth } from "../../shared/google-oauth";
import { googleSheetsRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const googleSheets: IntegrationPreset = {
  id: "google-sheets",
  name: "Google Sheets",
  description: "Edits, sharing changes and trashing of a Google Sheets spreadsheet.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["openid", "email", "https://www.googleapis.com/auth/drive.metadata.readonly", "https://www.googleapis.com/auth/spreadsheets.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/workspace/drive/api/guides/push",
  color: "#0F9D58",
  icon: "/integrations/google-sheets.svg",
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
  configSchema: z.object({
    /** The id in the sheet's URL: docs.google.com/spreadsheets/d/<spreadsheetId>/edit */
    spreadsheetId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{20,}$/, "expected the id from the spreadsheet's URL")
      .optional(),
  }),
  triggers: GOOGLE_SHEETS_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: googleSheetsInbound,
  oauth: googleOAuth,
  remote: googleSheetsRemote,
  setupInstructions: [
    "Connect your Google account under Connections and allow read access to Drive metadata and your spreadsheets.",
    "Choose the spreadsheet (spreadsheetId, the part of its URL between /d/ and /edit). Hookyard creates a Drive watch channel on that file with address {webhookUrl} and this integration's channel token, and recreates it before Google lets it expire (a day at most). Without a spreadsheetId, every spreadsheet the account can see gets a channel.",
    "To create the channel by hand instead, copy the channel token that Hookyard shows once when you create this integration.",
    'In the Drive API\'s APIs Explorer POST https://www.googleapis.com/drive/v3/files/<spreadsheetId>/watch with {"id": "<a new UUID>", "type": "web_hook", "address": "{webhookUrl}", "token": "<the channel token>"}; the URL must be public HTTPS with a valid certificate.',
    'Google first sends a "sync" message, which Hookyard accepts without creating an event; repeat the watch call with a new channel id before a manual channel expires.',
    "Edit a cell in the spreadsheet; Drive batches edits, so the notification can take a minute or two to appear in this integration's event history.",
  ],
};
