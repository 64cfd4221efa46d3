// Gmail: mailbox changes published by users.watch to a Cloud Pub/Sub topic and pushed to
// Hookyard by a push subscription. Verification is the secret token carried in the push
// endpoint URL (`?token=`), which Hookyard generates; see Pub/Sub push endpoints:
// https://cloud.google.com/pubsub/docs/push
// and Gmail's push guide: https://developers.google.com/workspace/gmail/api/guides/push
import "server-only";
import { z } from "zod";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { GMAIL_TRIGGERS } from "./events";
import { gmailInbound } from "./inbound";
import { gmailOAuth } from "./oauth";
import { gmailRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const gmail: IntegrationPreset = {
  id: "gmail",
  name: "Gmail",
  description: "New emails and label changes in a Gmail mailbox, delivered through Google Cloud Pub/Sub.",
  category: "Communication",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["openid", "email", "https://www.googleapis.com/auth/gmail.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/workspace/gmail/api/guides/push",
  color: "#EA4335",
  icon: "/integrations/gmail.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "sustained",
    summary: "Gmail publishes to Pub/Sub, whose push subscription redelivers an unacknowledged message with backoff until its retention ends (7 days by default).",
    docsUrl: "https://cloud.google.com/pubsub/docs/subscription-retry-policy",
  },
  verification: {
    scheme: "Pub/Sub push token",
    secretSource: "hookyard",
    secretLabel: "Push endpoint token",
    generateSecret: () => randomToken(32),
  },
  configSchema: z.object({
    /** Full Pub/Sub topic name passed to users.watch, e.g. projects/myproject/topics/gmail. */
    topicName: z
      .string()
      .regex(/^projects\/[^/]+\/topics\/[^/]+$/, "expected projects/<project>/topics/<topic>")
      .optional(),
    /** Only report changes to these labels (users.watch labelIds); all labels when absent. */
    labelIds: z.array(z.string().min(1)).optional(),
  }),
  triggers: GMAIL_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: gmailInbound,
  oauth: gmailOAuth,
  remote: gmailRemote,
  setupInstructions: [
    "In the Google Cloud console, enable the Gmail API and the Pub/Sub API, then create a Pub/Sub topic (for example projects/<your-project>/topics/hookyard-gmail) and copy its full name into this integration's topicName setting.",
    "On that topic, grant the Pub/Sub Publisher role to gmail-api-push@system.gserviceaccount.com so that Gmail can publish mailbox changes to it.",
    "Hookyard shows the push token once when you create this integration. Create a push subscription on the topic whose endpoint URL is {webhookUrl}?token=<that token>; Hookyard rejects pushes whose token does not match.",
    "Connect your Google account under Connections. Hookyard calls users.watch on your mailbox with the topic above and renews the watch before Gmail's 7-day expiry.",
    'Without a connection you can start the watch yourself: POST https://gmail.googleapis.com/gmail/v1/users/me/watch with {"topicName": "<your topic>", "labelIds": ["INBOX"]} from the OAuth Playground, and repeat it at least once a week.',
    "Send yourself an email; the push appears in this integration's event history within a few seconds.",
  ],
};
