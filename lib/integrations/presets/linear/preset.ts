// Linear: workspace webhooks (Settings → API → Webhooks, or created for an OAuth app).
// Each POST carries Linear-Signature = hex HMAC-SHA256 of the raw body under the webhook's
// signing secret, and the body's webhookTimestamp (ms) is checked against a short window.
// https://linear.app/developers/webhooks#securing-webhooks
import "server-only";
import { readEventCatalog } from "../../event-catalog";
import type { IntegrationPreset } from "../../types";
import eventCatalogJson from "./event-catalog.json";
import { LINEAR_TRIGGERS } from "./events";
import { linearInbound } from "./inbound";
import { linearOAuth } from "./oauth";
import { linearRemote } from "./remote";

export const linear: IntegrationPreset = {
  id: "linear",
  name: "Linear",
  description: "Issues, comments, projects, cycles and labels created, updated or removed in your Linear workspace.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  // Reading and creating webhooks needs the admin scope; read lets Hookyard list teams.
  scopes: ["read", "admin"],
  authType: "oauth",
  docsUrl: "https://linear.app/developers/webhooks",
  color: "#5E6AD2",
  icon: "/integrations/linear.svg",
  supportsRemoteRegistration: true,
  retries: { level: "few", summary: "Linear retries a failed delivery at most 3 times: after 1 minute, 1 hour and 6 hours.", docsUrl: "https://linear.app/developers/webhooks" },
  verification: {
    scheme: "Linear-Signature (HMAC-SHA256) + webhookTimestamp",
    secretSource: "provider",
    secretLabel: "Signing secret",
  },
  triggers: LINEAR_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: linearInbound,
  oauth: linearOAuth,
  remote: linearRemote,
  setupInstructions: [
    "In Linear, open Settings → API (workspace admins only) and click New webhook under Webhooks.",
    "Give it a label and paste {webhookUrl} into the URL field.",
    "Choose whether it covers all public teams or a single team.",
    "Under Data change events tick Issues, Comments, Projects, Cycles and Issue labels (only the triggers you selected in Hookyard are processed), then save.",
    "Open the new webhook in Linear and copy its Signing secret (Linear generates it; it cannot be chosen).",
    "Back in Hookyard, paste that value into this integration's Signing secret field and save; requests whose webhookTimestamp is more than a few minutes old are rejected.",
  ],
};
