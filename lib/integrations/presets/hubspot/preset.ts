// HubSpot: app webhook subscriptions (CRM object events). Requests carry X-HubSpot-Signature-v3,
// the base64 HMAC-SHA256 keyed with the app's client secret over
// method + full request URI + raw body + X-HubSpot-Request-Timestamp (milliseconds), and requests
// older than five minutes must be rejected. The older v1/v2 signatures are still sent alongside.
// https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
import "server-only";
import type { IntegrationPreset } from "../../types";
import { HUBSPOT_TRIGGERS } from "./events";
import { hubspotInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const hubspot: IntegrationPreset = {
  id: "hubspot",
  name: "HubSpot",
  description: "Contact, company and deal changes from the HubSpot accounts that install your app.",
  category: "Business",
  capabilities: ["webhooks", "oauth", "batched-events"],
  scopes: ["oauth", "crm.objects.contacts.read", "crm.objects.companies.read", "crm.objects.deals.read"],
  authType: "oauth",
  docsUrl: "https://developers.hubspot.com/docs/api/webhooks",
  color: "#FF7A59",
  icon: "/integrations/hubspot.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "sustained",
    summary: "HubSpot re-sends a failed notification up to 10 times with exponential backoff, and honours Retry-After on a 429.",
    docsUrl: "https://developers.hubspot.com/docs/api/webhooks",
  },
  verification: { scheme: "HubSpot v3 signature (method + URI + body + timestamp)", secretSource: "provider", secretLabel: "Client secret" },
  triggers: HUBSPOT_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "In your HubSpot developer account open the app (Apps → your app); HubSpot only sends webhooks for accounts that have installed that app.",
    "In the app's Webhooks settings (or the webhooks config file of a project-based app) set the Target URL to {webhookUrl}.",
    "Create subscriptions for the events you need: contact.creation, contact.propertyChange (choose the property, e.g. lifecyclestage), contact.deletion, company.creation, deal.creation and deal.propertyChange (e.g. dealstage), then activate them.",
    "Make sure the app requests the matching read scopes (crm.objects.contacts.read, crm.objects.companies.read, crm.objects.deals.read) and install it in the HubSpot account you want events from.",
    "Copy the app's Client secret from its Auth tab and paste it into this integration's Signing secret field in Hookyard, then save.",
    "Create or edit a contact in the installed account; HubSpot delivers events in batches (a JSON array), so several changes may arrive in one request.",
  ],
  inbound: hubspotInbound,
};
