// Mailchimp (Marketing API audience webhooks). Mailchimp does not sign these requests; its
// guide recommends protecting the callback URL with a secret of your own in the query string,
// so Hookyard generates one and compares ?secret=… in constant time. Mailchimp also sends a GET
// to the URL when the webhook is saved to check that it answers.
// https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/
import "server-only";
import type { IntegrationPreset } from "../../types";
import { randomToken } from "../../../crypto";
import { MAILCHIMP_TRIGGERS } from "./events";
import { mailchimpInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const mailchimp: IntegrationPreset = {
  id: "mailchimp",
  name: "Mailchimp",
  description: "Subscribes, unsubscribes, profile and email changes, cleaned addresses and sent campaigns for a Mailchimp audience.",
  category: "Business",
  capabilities: ["webhooks", "form-encoded"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/",
  color: "#FFE01B",
  icon: "/integrations/mailchimp.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Mailchimp's webhook docs; treat a refused request as lost.",
    docsUrl: "https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/",
  },
  verification: {
    scheme: "Mailchimp URL secret",
    secretSource: "hookyard",
    secretLabel: "URL secret",
    generateSecret: () => randomToken(32),
  },
  triggers: MAILCHIMP_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "Hookyard shows this integration's URL secret once when it is created (or rotated); copy it now.",
    "In Mailchimp go to Audience → All contacts, pick the audience, then Settings → Webhooks → Create New Webhook.",
    "Set Callback URL to {webhookUrl}?secret=<the secret from Hookyard>; Mailchimp sends no signature, so this query parameter is what Hookyard checks.",
    "Tick the events to send: Subscribes, Unsubscribes, Profile updates, Email changed, Cleaned address and Campaign sending (only those you enabled in Hookyard are processed).",
    "Choose which sources trigger it (by a subscriber, by an account admin, via the API); leave “via the API” off unless you need it, to avoid loops with your own API calls.",
    "Click Save; Mailchimp checks the URL with a GET request first, then posts form-encoded events to it.",
  ],
  inbound: mailchimpInbound,
};
