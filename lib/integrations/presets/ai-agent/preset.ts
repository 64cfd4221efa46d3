// AI Agent: a generic inbound source for agent runs, verified with Standard Webhooks.
// The sender signs "<webhook-id>.<webhook-timestamp>.<raw body>" with HMAC-SHA256, keyed
// with the base64-decoded part of the whsec_ secret, and sends webhook-id,
// webhook-timestamp (Unix seconds) and webhook-signature ("v1,<base64>", several allowed,
// space-separated). Stale timestamps are refused and webhook-id deduplicates retries.
// https://www.standardwebhooks.com/
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md
import "server-only";
import { randomBytes } from "node:crypto";
import type { IntegrationPreset } from "../../types";
import { AI_AGENT_TRIGGERS } from "./events";
import { aiAgentInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const aiAgent: IntegrationPreset = {
  id: "ai-agent",
  name: "AI Agent",
  description: "Run started, completed and failed events and approval requests from your own AI agents, signed with Standard Webhooks.",
  category: "AI & Logic",
  capabilities: ["webhooks", "standard-webhooks", "agent-events"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://www.standardwebhooks.com/",
  color: "#7C3AED",
  icon: "/integrations/ai-agent.svg",
  supportsRemoteRegistration: false,
  retries: { level: "not-documented", summary: "Depends on the sending system; Standard Webhooks leaves retries to the sender.", docsUrl: "https://www.standardwebhooks.com/" },
  verification: {
    scheme: "Standard Webhooks (webhook-signature v1)",
    secretSource: "hookyard",
    secretLabel: "Signing secret",
    generateSecret: () => "whsec_" + randomBytes(24).toString("base64"),
  },
  triggers: AI_AGENT_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: aiAgentInbound,
  setupInstructions: [
    "When you create this integration, Hookyard shows a signing secret that starts with whsec_. It is shown only once, so store it in your agent's environment (for example AGENT_WEBHOOK_SECRET).",
    'Have the agent POST JSON to {webhookUrl} with Content-Type application/json and a body such as {"type":"agent.run.completed","timestamp":"<ISO 8601>","data":{…}}, using the types agent.run.started, agent.run.completed, agent.run.failed or agent.approval.requested.',
    "Add three headers to each request: webhook-id (a unique message id, kept the same when you retry), webhook-timestamp (the current Unix time in seconds) and webhook-signature.",
    'Compute webhook-signature as "v1," followed by the base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<exact body bytes>", keyed with the base64-decoded text after whsec_. Any Standard Webhooks library (for example the standardwebhooks package\'s sign method) does this for you.',
    "Send the request right away: Hookyard refuses timestamps more than 5 minutes off, answers 401 on a bad signature, and answers a repeated webhook-id as a duplicate instead of processing it twice.",
    "Keep the secret on the server side and never put it in browser or mobile code. If it leaks, delete this integration in Hookyard and create it again to get a new secret (and URL), then update the agent.",
  ],
};
