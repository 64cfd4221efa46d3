// Google Docs: a document is a Drive file, so changes arrive as Drive API push notifications
// from a files.watch channel on it. The POST has an empty body; Google echoes the channel's
// `token` (chosen by Hookyard) in X-Goog-Channel-Token, which Hookyard compares in constant
// time, and describes the change in X-Goog-Resource-State / X-Goog-Changed.
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { z } from "zod";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { GOOGLE_DOCS_TRIGGERS } from "./events";
import { googleDocsInbound } from "./inbound";
import { googleOAuth } from "../../shared/google-oauth";
import { googleDocsRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const googleDocs: IntegrationPreset = {
  id: "google-docs",
  name: "Google Docs",
  description: "Edits, sharing changes and trashing of a Google Docs document.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  // Enough to watch the file and read its name; Hookyard never reads the document's text.
  scopes: ["openid", "email", "https://www.googleapis.com/auth/drive.metadata.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/workspace/drive/api/guides/push",
  color: "#4285F4",
  icon: "/integrations/google-docs.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Google's push-notification guide gives no redelivery schedule for a failed notification; Hookyard could not confirm one.",
    docsUrl: "https://developers.google.com/workspace/drive/api/guides/push",
  },
  verification: {
    scheme: "Google push channel token (X-Goog-Channel-Token) + resource state",
    secretSource: "hookyard",
    secretLabel: "Channel token",
    generateSecret: () => randomToken(32),
  },
  configSchema: z.object({
    /** The id in the document's URL: docs.google.com/document/d/<documentId>/edit */
    documentId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{20,}$/, "expected the id from the document's URL")
      .optional(),
  }),
  triggers: GOOGLE_DOCS_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: googleDocsInbound,
  oauth: googleOAuth,
  remote: googleDocsRemote,
  setupInstructions: [
    "Connect your Google account under Connections and allow read access to your Drive file metadata.",
    "Choose the document (documentId, the part of its URL between /d/ and /edit). Hookyard creates a Drive watch channel on that file with address {webhookUrl} and this integration's channel token, and opens a new one before Google lets it expire (a day at most). Without a documentId, every document the account can see gets a channel.",
    "To create the channel by hand instead, copy the channel token that Hookyard shows once when you create this integration.",
    'In the Drive API\'s APIs Explorer POST https://www.googleapis.com/drive/v3/files/<documentId>/watch with {"id": "<a new UUID>", "type": "web_hook", "address": "{webhookUrl}", "token": "<the channel token>"}; the URL must be public HTTPS with a valid certificate.',
    'Google first sends a "sync" message (empty body), which Hookyard accepts without creating an event; Hookyard rejects any notification whose X-Goog-Channel-Token does not match.',
    "Channels expire (see expiration in the watch response): repeat the watch call with a new channel id and the same token before then to keep receiving changes.",
    "Type in the document; Drive batches edits, so the notification can take a few minutes to appear in this integration's event history.",
  ],
};
