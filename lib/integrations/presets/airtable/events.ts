// Airtable webhook payloads Hookyard reads. Airtable sends only a small "ping" naming the base
// and the webhook; what changed is fetched afterwards from the webhook's payloads endpoint.
// Body shape from "Webhooks overview → Notification delivery":
// https://airtable.com/developers/web/api/webhooks-overview
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import notificationSample from "./fixtures/notification.json";

export const notificationSchema = z.looseObject({
  base: z.looseObject({ id: z.string().regex(/^app[A-Za-z0-9]{14}$/) }),
  webhook: z.looseObject({ id: z.string().regex(/^ach[A-Za-z0-9]{14}$/) }),
  timestamp: z.iso.datetime(),
});

// Airtable has a single notification type: the webhook's specification (dataTypes, table and
// field filters) decides which changes cause a ping, so there is one trigger.
export const AIRTABLE_TRIGGERS: TriggerDefinition[] = [
  {
    value: "airtable_trigger_base_changed",
    eventTypes: ["notification"],
    group: "base",
    description: "Records, fields or tables covered by the webhook's specification changed",
    schema: notificationSchema,
    sample: notificationSample,
  },
];
