// GET /api/hooks/webhooks and DELETE /api/hooks/webhooks/{id}.
import "server-only";
import { db } from "../../db";
import { findOutboundWebhook } from "./find-outbound-webhook";
import { toWebhookDto } from "./serialize";

export async function listOutboundWebhooks(userId: string) {
  const rows = await db().outboundWebhook.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  return rows.map(toWebhookDto);
}

export async function deleteOutboundWebhook(userId: string, id: string): Promise<void> {
  const row = await findOutboundWebhook(userId, id);
  await db().outboundWebhook.delete({ where: { id: row.id } });
}
