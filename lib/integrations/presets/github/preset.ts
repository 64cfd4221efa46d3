// GitHub: repository and organization webhooks, signed with X-Hub-Signature-256.
// https://docs.github.com/en/webhooks/using-webhooks/validating-webhook-deliveries
import "server-only";
import { readEventCatalog } from "../../event-catalog";
import type { IntegrationPreset } from "../../types";
import eventCatalogJson from "./event-catalog.json";
import { GITHUB_TRIGGERS } from "./events";
import { githubInbound } from "./inbound";
import { githubOAuth } from "./oauth";
import { githubRemote } from "./remote";

export const github: IntegrationPreset = {
  id: "github",
  name: "GitHub",
  description: "Pushes, pull requests, issues, releases and workflow runs from your repositories.",
  category: "Development",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["repo", "admin:repo_hook", "read:user"],
  authType: "oauth",
  docsUrl: "https://docs.github.com/en/webhooks/about-webhooks",
  color: "#181717",
  icon: "/integrations/github.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "none",
    summary: "GitHub does not redeliver a failed delivery by itself; it can only be redelivered by hand or through the REST API.",
    docsUrl: "https://docs.github.com/en/webhooks/using-webhooks/handling-failed-webhook-deliveries",
  },
  verification: { scheme: "X-Hub-Signature-256 (HMAC-SHA256 of the body)", secretSource: "provider", secretLabel: "Webhook secret" },
  triggers: GITHUB_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: githubInbound,
  oauth: githubOAuth,
  remote: githubRemote,
  setupInstructions: [
    "In GitHub, open the repository (or organization) → Settings → Webhooks → Add webhook.",
    "Paste {webhookUrl} into Payload URL and choose Content type application/json.",
    "Type a long random string into Secret (for example the output of `openssl rand -hex 32`) and keep it for the last step.",
    "Under “Which events would you like to trigger this webhook?” choose “Let me select individual events” and tick Pushes, Pull requests, Issues, Releases and Workflow runs (only those you selected in Hookyard are processed).",
    "Leave Active ticked and click Add webhook; GitHub sends a ping event at once.",
    "Back in Hookyard, paste the same secret into this integration's Signing secret field and save.",
  ],
};
