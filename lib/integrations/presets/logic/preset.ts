// Logic: a generic inbound source for your own rules, schedules and scripts, verified
// with Standard Webhooks. The sender signs "<webhook-id>.<webhook-timestamp>.<raw body>"
// with HMAC-SHA256, keyed with the base64-decoded part of the whsec_ secret, and sends
// webhook-id, webhook-timestamp (Unix seconds) and webhook-signature ("v1,<base64>",
// several allowed, space-separated).
// https://www.standardwebhooks.com/
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { randomBytes } from "node:crypto";
import type { IntegrationPreset } from "../../types";
import { LOGIC_TRIGGERS } from "./events";
import { logicInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const logic: IntegrationPreset = {
  id: "logic",
  name: "Logic",
  description: "Signed events from your own rules, schedulers and scripts, in a simple {type, timestamp, data} envelope.",
  category: "AI & Logic",
  capabilities: ["webhooks", "standard-webhooks", "custom-events"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://www.standardwebhooks.com/",
  color: "#0F766E",
  icon: "/integrations/logic.svg",
  supportsRemoteRegistration: false,
  retries: { level: "not-documented", summary: "Depends on the sending system; Standard Webhooks leaves retries to the sender.", docsUrl: "https://www.standardwebhooks.com/" },
  verification: {
    scheme: "Standard Webhooks (webhook-signature v1)",
    secretSource: "hookyard",
    secretLabel: "Signing secret",
    generateSecret: () => "whsec_" + randomBytes(24).toString("base64"),
  },
  triggers: LOGIC_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: logicInbound,
  setupInstructions: [
    "When you create this integration, Hookyard shows a signing secret that starts with whsec_. It is shown only once, so store it wherever your rule engine, scheduler or script keeps its secrets.",
    'POST JSON to {webhookUrl} with Content-Type application/json and a body of the form {"type":"<dotted.name>","timestamp":"<ISO 8601>","data":{…}}. Use logic.condition.matched or logic.schedule.fired for those two triggers, or any dotted name of your own for the generic one.',
    "Add three headers to each request: webhook-id (a unique message id, kept the same when you retry), webhook-timestamp (the current Unix time in seconds) and webhook-signature.",
    'Compute webhook-signature as "v1," followed by the base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<exact body bytes>", keyed with the base64-decoded text after whsec_. Standard Webhooks libraries do this for you. From a shell: printf \'%s\' "$ID.$TS.$BODY" | openssl dgst -sha256 -mac HMAC -macopt hexkey:$(printf \'%s\' "${SECRET#whsec_}" | base64 -d | xxd -p -c 256) -binary | base64',
    "Send the request as soon as it is signed: Hookyard refuses timestamps more than 5 minutes off, answers 401 on a bad signature, and treats a repeated webhook-id as a duplicate rather than a new event.",
  ],
};
