// GitLab: project and group webhooks. GitLab signs nothing; it sends the webhook's secret
// token back verbatim in the X-Gitlab-Token header, so verification is a constant-time
// comparison with the token Hookyard generated. The event name is in X-Gitlab-Event and the
// delivery id in X-Gitlab-Event-UUID (Idempotency-Key on newer versions).
// https://docs.gitlab.com/user/project/integrations/webhooks/#validate-payloads-by-using-a-secret-token
import "server-only";
import { readEventCatalog } from "../../event-catalog";
import type { IntegrationPreset } from "../../types";
import eventCatalogJson from "./event-catalog.json";
import { randomToken } from "../../../crypto";
import { GITLAB_TRIGGERS } from "./events";
import { gitlabInbound } from "./inbound";
import { gitlabOAuth } from "./oauth";
import { gitlabRemote } from "./remote";

export const gitlab: IntegrationPreset = {
  id: "gitlab",
  name: "GitLab",
  description: "Pushes, merge requests, issues and pipelines from your GitLab projects and groups.",
  category: "Development",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["api", "read_user"],
  authType: "oauth",
  docsUrl: "https://docs.gitlab.com/user/project/integrations/webhooks/",
  color: "#FC6D26",
  icon: "/integrations/gitlab.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "GitLab documents no redelivery of a failed request, and a hook that fails 4 times in a row is disabled (after 4xx answers until re-enabled by hand).",
    docsUrl: "https://docs.gitlab.com/user/project/integrations/webhooks/",
  },
  verification: {
    scheme: "X-Gitlab-Token (shared token)",
    secretSource: "hookyard",
    secretLabel: "Secret token",
    generateSecret: () => randomToken(32),
  },
  triggers: GITLAB_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: gitlabInbound,
  oauth: gitlabOAuth,
  remote: gitlabRemote,
  setupInstructions: [
    "Hookyard shows this integration's secret token once when it is created (or rotated); copy it now.",
    "In GitLab, open the project (or group, on Premium and Ultimate) → Settings → Webhooks → Add new webhook.",
    "Paste {webhookUrl} into URL and paste the token from Hookyard into Secret token.",
    "Under Trigger tick Push events, Merge request events, Issues events and Pipeline events (only those you enabled in Hookyard are processed).",
    "Keep Enable SSL verification on and click Add webhook.",
    "Use Test → Push events next to the new webhook and check that the delivery appears in Hookyard's event history.",
  ],
};
