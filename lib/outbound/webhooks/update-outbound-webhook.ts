// PATCH /api/hooks/webhooks/{id}: name, url, eventTypes, enabled. Enabling a
// disabled subscription makes it healthy again.
import "server-only";
import { db } from "../../db";
import type { OutboundWebhookUpdateInput } from "../schemas";
import { checkTargetUrlOr422 } from "./check-target";
import { findOutboundWebhook } from "./find-outbound-webhook";
import { toWebhookDto } from "./serialize";

export async function updateOutboundWebhook(userId: string, id: string, input: OutboundWebhookUpdateInput) {
  const row = await findOutboundWebhook(userId, id);
  if (input.url !== undefined) checkTargetUrlOr422(input.url);
  const updated = await db().outboundWebhook.update({
    where: { id: row.id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.eventTypes !== undefined ? { eventTypes: [...new Set(input.eventTypes)] } : {}),
      ...(input.enabled === true && !row.enabled ? { enabled: true, health: "healthy", consecutiveFailures: 0 } : {}),
      ...(input.enabled === false ? { enabled: false, health: "disabled" } : {}),
    },
  });
  return toWebhookDto(updated);
}
