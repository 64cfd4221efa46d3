// POST /api/hooks/webhooks/{id}/deliveries/{deliveryId}/retry: one more attempt of a
// failed delivery, now (a manual retry does not restart the schedule).
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";
import { jobsAdded } from "../../queue/wake";
import { findOutboundWebhook } from "./find-outbound-webhook";

export async function retryDelivery(userId: string, webhookId: string, deliveryId: string) {
  const webhook = await findOutboundWebhook(userId, webhookId);
  const delivery = await db().delivery.findFirst({ where: { id: deliveryId, webhookId: webhook.id }, select: { id: true, status: true } });
  if (!delivery) throw new ApiError("not_found", `No delivery "${deliveryId}" for this webhook.`);
  if (delivery.status === "pending") throw new ApiError("conflict", "This delivery is still being attempted.");
  if (!webhook.enabled) throw new ApiError("conflict", "The webhook is disabled: enable it first (PATCH enabled=true).");
  await db().$transaction([
    db().delivery.update({ where: { id: delivery.id }, data: { status: "pending", nextAttemptAt: new Date() } }),
    db().job.create({ data: { kind: "deliver", payload: { deliveryId: delivery.id, manual: true } } }),
  ]);
  jobsAdded();
  return { id: delivery.id, status: "pending" as const };
}
