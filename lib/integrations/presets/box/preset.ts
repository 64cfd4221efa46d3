// Box: V2 webhooks on a file or folder. Box signs each delivery twice, with the app's
// primary and secondary signature keys: BOX-SIGNATURE-PRIMARY / -SECONDARY are the base64
// HMAC-SHA256 of the raw body bytes followed by the BOX-DELIVERY-TIMESTAMP value. A
// delivery is genuine when either signature matches, and is refused when the timestamp
// is more than 10 minutes old. Two keys let one be rotated while the other still works.
// https://developer.box.com/guides/webhooks/v2/signatures-v2/
import "server-only";
import { z } from "zod";
import type { IntegrationPreset } from "../../types";
import { BOX_TRIGGERS } from "./events";
import { boxInbound } from "./inbound";
import { boxOAuth } from "./oauth";
import { boxRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const box: IntegrationPreset = {
  id: "box",
  name: "Box",
  description: "Uploads, trashed files, new folders and comments on the Box files and folders you watch.",
  category: "Storage",
  capabilities: ["webhooks", "oauth", "remote-webhooks", "file-events", "key-rotation"],
  scopes: ["root_readonly", "manage_webhook"],
  authType: "oauth",
  docsUrl: "https://developer.box.com/guides/webhooks/v2/",
  color: "#0061D5",
  icon: "/integrations/box.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Box's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developer.box.com/guides/webhooks/v2/",
  },
  verification: {
    scheme: "Box primary/secondary signatures + delivery timestamp",
    secretSource: "provider",
    secretLabel: "Primary signature key",
  },
  configSchema: z.object({
    // The app's secondary signature key; optional, checked alongside the primary one.
    secondary_signing_secret: z.string().trim().min(1).optional(),
  }),
  secretConfigKeys: ["secondary_signing_secret"],
  triggers: BOX_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "In the Box Developer Console, open your app and go to the Webhooks tab. Click Manage signature keys, then Generate Key for the primary key and, if you want to rotate keys later, for the secondary key too.",
    "In Hookyard, paste the primary key into this integration's Signing secret field and the secondary key into the Secondary signing secret setting, then save.",
    "Create the webhook. Either connect Box under Connections and let Hookyard register it, or on the same Webhooks tab click Create webhook, choose V2 and enter {webhookUrl} as the URL address. Your app needs the Manage webhooks scope to do this.",
    "Pick the file or folder to watch (folder webhooks also cover subfolders; the root folder cannot be watched) and tick the triggers FILE.UPLOADED, FILE.TRASHED, FOLDER.CREATED and COMMENT.CREATED, or whichever subset you selected in Hookyard.",
    "Hookyard accepts a delivery when BOX-SIGNATURE-PRIMARY or BOX-SIGNATURE-SECONDARY matches and BOX-DELIVERY-TIMESTAMP is less than 10 minutes old.",
    "To rotate, regenerate one key in Box and update the matching field in Hookyard; the other key keeps deliveries verifying in the meantime. Upload a file to the watched folder to test.",
  ],
  inbound: boxInbound,
  oauth: boxOAuth,
  remote: boxRemote,
};
