// LinkedIn: organization social action notifications for Company Pages. Before a webhook is
// used (and again every few hours) LinkedIn sends GET ?challengeCode=<uuid>; the endpoint answers
// 200 JSON {challengeCode, challengeResponse: hex HMAC-SHA256(challengeCode, client secret)}.
// Each POST carries X-LI-Signature: hex HMAC-SHA256 keyed with the app's client secret over
// "hmacsha256=" followed by the raw body.
// https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation
import "server-only";
import type { IntegrationPreset } from "../../types";
import { LINKEDIN_TRIGGERS } from "./events";
import { linkedinInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const linkedin: IntegrationPreset = {
  id: "linkedin",
  name: "LinkedIn",
  description: "Comments, reactions, reshares and mentions on the LinkedIn Company Pages you administer.",
  category: "Social",
  capabilities: ["webhooks", "oauth", "handshake", "batched-events"],
  scopes: ["rw_organization_admin"],
  authType: "oauth",
  docsUrl: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation",
  color: "#0A66C2",
  icon: "/integrations/linkedin.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in LinkedIn's webhook docs; treat a refused request as lost.",
    docsUrl: "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation",
  },
  verification: { scheme: "LinkedIn challengeCode + X-LI-Signature", secretSource: "provider", secretLabel: "Client Secret" },
  triggers: LINKEDIN_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: linkedinInbound,
  setupInstructions: [
    "Use a LinkedIn developer app that has the Community Management API product and an approved webhook use case; without it the Webhooks tab does not appear.",
    "Copy the app's Client Secret from its Auth tab and paste it into this integration's Signing secret field in Hookyard, then save (Hookyard needs it to answer LinkedIn's challenge).",
    "In the developer portal open the app's Webhooks tab, add {webhookUrl} and start validation; LinkedIn sends a challengeCode that Hookyard answers, and the webhook is marked validated.",
    'Subscribe each Company Page with a member token that has rw_organization_admin (the member must be an ADMINISTRATOR of the page): PUT https://api.linkedin.com/rest/eventSubscriptions/(developerApplication:urn:li:developerApplication:<app id>,user:urn:li:person:<person id>,entity:urn:li:organization:<org id>,eventType:ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS) with body {"webhook": "{webhookUrl}"} and the LinkedIn-Version and X-Restli-Protocol-Version: 2.0.0 headers.',
    "Comment on or react to a public post of the page; LinkedIn delivers notifications in batches of up to 10, and Hookyard fires the triggers whose action appears in the batch.",
  ],
};
