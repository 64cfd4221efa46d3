// Outlook mail and calendar change notifications from Microsoft Graph subscriptions on
// /me/mailFolders('Inbox')/messages and /me/events. Graph POSTs {"value":[…]}; each item
// carries the subscription id, the clientState Hookyard chose, the change type and a
// pointer to the changed item (resource, resourceData.id); Hookyard fetches the message
// or event itself to get subject, sender and times. Shapes follow:
// https://learn.microsoft.com/en-us/graph/api/resources/changenotification
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import newEmailSample from "./fixtures/new-email.json";
import eventCreatedSample from "./fixtures/event-created.json";
import eventUpdatedSample from "./fixtures/event-updated.json";

function notifications<C extends "created" | "updated">(changeType: C, collection: "Messages" | "Events", odataType: string) {
  const notification = z.looseObject({
    subscriptionId: z.uuid(),
    changeType: z.literal(changeType),
    clientState: z.string().max(255).optional(),
    // e.g. Users/{user-id}@{tenant-id}/Messages/{message-id}; Graph capitalizes these segments.
    resource: z.string().regex(new RegExp(`^users/[^/]+/${collection}/[^/]+$`, "i")),
    resourceData: z.looseObject({
      id: z.string().min(1),
      "@odata.type": z.string().regex(new RegExp(`^${odataType.replace(/\./g, "\\.")}$`, "i")),
      "@odata.id": z.string(),
      "@odata.etag": z.string().optional(),
    }),
    subscriptionExpirationDateTime: z.iso.datetime({ offset: true }),
    tenantId: z.uuid(),
  });
  return z.looseObject({ value: z.array(notification).min(1), validationTokens: z.array(z.string()).optional() });
}

export const newEmailSchema = notifications("created", "Messages", "#Microsoft.Graph.Message");
export const eventCreatedSchema = notifications("created", "Events", "#Microsoft.Graph.Event");
export const eventUpdatedSchema = notifications("updated", "Events", "#Microsoft.Graph.Event");

export const OUTLOOK_TRIGGERS: TriggerDefinition[] = [
  { value: "outlook_trigger_new_email", description: "A new email arrives in the Inbox", schema: newEmailSchema, sample: newEmailSample, eventTypes: ["created"], group: "mail" },
  {
    value: "outlook_trigger_event_created",
    description: "An event is added to the Outlook calendar",
    schema: eventCreatedSchema,
    sample: eventCreatedSample,
    eventTypes: ["created"],
    group: "calendar event",
  },
  {
    value: "outlook_trigger_event_updated",
    description: "An event in the Outlook calendar is changed",
    schema: eventUpdatedSchema,
    sample: eventUpdatedSample,
    eventTypes: ["updated"],
    group: "calendar event",
  },
];
