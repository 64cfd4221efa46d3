// Dropbox: App Console webhooks. Registering the URL triggers a GET with ?challenge=…,
// answered by echoing the value (text/plain, X-Content-Type-Options: nosniff). Each
// notification POST carries X-Dropbox-Signature: the hex HMAC-SHA256 of the raw body,
// keyed with the app's App secret.
// https://www.dropbox.com/developers/reference/webhooks
import "server-only";
import type { IntegrationPreset } from "../../types";
import { DROPBOX_TRIGGERS } from "./events";
import { dropboxInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const dropbox: IntegrationPreset = {
  id: "dropbox",
  name: "Dropbox",
  description: "Notifications when files change in the Dropbox of any account linked to your Dropbox app.",
  category: "Storage",
  capabilities: ["webhooks", "oauth", "challenge-handshake", "file-changes"],
  scopes: ["account_info.read", "files.metadata.read"],
  authType: "oauth",
  docsUrl: "https://www.dropbox.com/developers/reference/webhooks",
  color: "#0061FF",
  icon: "/integrations/dropbox.svg",
  // Dropbox has no API for webhook URIs; they are set in the App Console only.
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Dropbox's webhook docs; treat a refused request as lost.",
    docsUrl: "https://www.dropbox.com/developers/reference/webhooks",
  },
  verification: {
    scheme: "X-Dropbox-Signature (HMAC-SHA256) + challenge",
    secretSource: "provider",
    secretLabel: "App secret",
  },
  triggers: DROPBOX_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "Open the Dropbox App Console (dropbox.com/developers/apps) and select your app, or create a scoped-access app.",
    "On the app's Settings tab, click Show next to App secret and copy it.",
    "In Hookyard, paste the App secret into this integration's Signing secret field and save. Do this before adding the URL so the first notification already verifies.",
    "Back on the Settings tab, under Webhooks, add {webhookUrl} as a webhook URI. Dropbox sends a GET with a challenge parameter, Hookyard echoes it, and the URI's status changes to Enabled.",
    "There are no event types to tick. Dropbox notifies for every account that has linked your app, and each notification only lists the account IDs whose files changed.",
    "To see what changed, call /2/files/list_folder/continue with the cursor stored for that account. Hookyard acknowledges each notification at once, well within Dropbox's 10-second limit.",
  ],
  inbound: dropboxInbound,
};
