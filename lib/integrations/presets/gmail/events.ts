// Gmail push notifications arrive through a Cloud Pub/Sub push subscription. The HTTP
// body is the Pub/Sub push envelope; `message.data` is base64-encoded JSON holding only
// the mailbox address and the new history id. Gmail never says *what* changed: Hookyard
// calls users.history.list from the previous historyId to tell a new message
// (messageAdded) from a label change (labelAdded). Both triggers therefore share one
// envelope shape. Field names follow:
// https://developers.google.com/workspace/gmail/api/guides/push (notification format)
// https://cloud.google.com/pubsub/docs/push (push request body)
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import newEmailSample from "./fixtures/new-email.json";
import labelAddedSample from "./fixtures/label-added.json";

/** What `message.data` decodes to. historyId is a JSON number in real pushes; the docs show it as a string. */
export const gmailNotificationSchema = z.looseObject({
  emailAddress: z.email(),
  historyId: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]),
});

function decodesToGmailNotification(data: string): boolean {
  try {
    // atob + TextDecoder work on the server and in the browser; accept base64url too.
    const binary = atob(data.replace(/-/g, "+").replace(/_/g, "/"));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return gmailNotificationSchema.safeParse(json).success;
  } catch {
    return false;
  }
}

const pubSubPushSchema = z.looseObject({
  message: z.looseObject({
    data: z.string().min(1).refine(decodesToGmailNotification, "message.data must be base64 JSON with emailAddress and historyId"),
    messageId: z.string().min(1),
    publishTime: z.iso.datetime({ offset: true }),
    attributes: z.record(z.string(), z.string()).optional(),
  }),
  subscription: z.string().regex(/^projects\/[^/]+\/subscriptions\/[^/]+$/),
});

export const newEmailSchema = pubSubPushSchema;
export const labelAddedSchema = pubSubPushSchema;

export const GMAIL_TRIGGERS: TriggerDefinition[] = [
  { value: "gmail_trigger_new_email", eventTypes: ["messageAdded"], group: "message", description: "A new email arrives in the watched mailbox", schema: newEmailSchema, sample: newEmailSample },
  {
    value: "gmail_trigger_label_added",
    eventTypes: ["labelAdded"],
    group: "label",
    description: "A label is added to an email in the watched mailbox",
    schema: labelAddedSchema,
    sample: labelAddedSample,
  },
];
