// OneDrive change notifications Hookyard reads. Microsoft Graph batches notifications
// in {"value": [...]}; for drive items the only change type is "updated" and the
// notification names the subscribed resource, not the changed file (fetch the changes
// with the drive's delta API). Field names follow:
// https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks
// https://learn.microsoft.com/en-us/graph/api/resources/changenotification
import "server-only";
import { z } from "zod";
import type { TriggerDefinition } from "../../types";
import driveItemChangedSample from "./fixtures/drive-item-changed.json";

export const driveItemChangedSchema = z.looseObject({
  value: z
    .array(
      z.looseObject({
        subscriptionId: z.string(),
        // Echo of the secret Hookyard set on the subscription; compared on every delivery.
        clientState: z.string(),
        changeType: z.literal("updated"),
        resource: z.string(),
        subscriptionExpirationDateTime: z.string(),
        tenantId: z.string().optional(),
      }),
    )
    .min(1),
});

export const ONEDRIVE_TRIGGERS: TriggerDefinition[] = [
  {
    value: "onedrive_trigger_drive_item_changed",
    description: "A file or folder in the watched drive or folder is added, changed or deleted",
    schema: driveItemChangedSchema,
    sample: driveItemChangedSample,
    eventTypes: ["updated"],
    group: "drive item",
  },
];
