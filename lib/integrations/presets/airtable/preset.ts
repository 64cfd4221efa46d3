// Airtable: base webhooks created through the Web API. Each notification carries
// X-Airtable-Content-MAC: "hmac-sha256=" + hex HMAC-SHA256 of the raw body, keyed with the
// base64-DECODED macSecretBase64 that "Create a webhook" returns once and never again.
// https://airtable.com/developers/web/api/webhooks-overview
import "server-only";
import type { IntegrationPreset } from "../../types";
import { AIRTABLE_TRIGGERS } from "./events";
import { z } from "zod";
import { airtableInbound } from "./inbound";
import { airtableOAuth } from "./oauth";
import { airtableRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const airtable: IntegrationPreset = {
  id: "airtable",
  name: "Airtable",
  description: "Change notifications for records, fields and tables in your Airtable bases.",
  category: "Business",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["webhook:manage", "data.records:read", "schema.bases:read"],
  authType: "oauth",
  docsUrl: "https://airtable.com/developers/web/api/webhooks-overview",
  color: "#2D7FF9",
  icon: "/integrations/airtable.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Airtable's webhook docs; treat a refused request as lost.",
    docsUrl: "https://airtable.com/developers/web/api/webhooks-overview",
  },
  verification: { scheme: "X-Airtable-Content-MAC (HMAC-SHA256)", secretSource: "provider", secretLabel: "macSecretBase64" },
  configSchema: z.object({
    // The base a connected account's webhook watches (one per endpoint: each webhook has its own secret).
    base_id: z
      .string()
      .regex(/^app[A-Za-z0-9]{14}$/, "expected an Airtable base id (app…)")
      .optional(),
  }),
  triggers: AIRTABLE_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: airtableInbound,
  oauth: airtableOAuth,
  remote: airtableRemote,
  setupInstructions: [
    "Either connect Airtable under Connections: Hookyard creates the webhook on your base (set base_id in this integration's settings when your account has several), keeps its macSecretBase64 and refreshes it before the 7 days run out — the steps below are then done for you.",
    "Create a personal access token at airtable.com/create/tokens with the scopes webhook:manage and data.records:read (add schema.bases:read to watch fields and tables), limited to the base you want to watch.",
    "Find the base id (starts with app…) in the base's URL or in its API documentation page.",
    'Create the webhook with POST https://api.airtable.com/v0/bases/<baseId>/webhooks, body {"notificationUrl": "{webhookUrl}", "specification": {"options": {"filters": {"dataTypes": ["tableData"]}}}} (use tableFields / tableMetadata as well to hear about schema changes).',
    "The response contains id (ach…) and macSecretBase64; Airtable never shows that secret again, so paste macSecretBase64 into this integration's Signing secret field in Hookyard right away and save.",
    "Airtable pings {webhookUrl} shortly after creation and on every matching change; the ping only names the base and webhook, and the changes themselves are read from GET /v0/bases/<baseId>/webhooks/<webhookId>/payloads.",
    "Webhooks created with a token expire after 7 days: call POST /v0/bases/<baseId>/webhooks/<webhookId>/refresh (or list its payloads) before then to keep it alive.",
  ],
};
