// POST /api/hooks/webhooks/{id}/test: an app:health_check event marked as a test,
// delivered to this subscription only, whatever its event types.
import "server-only";
import { db } from "../../db";
import { jobsAdded } from "../../queue/wake";
import { emitOutboundEvent } from "../emit";
import { findOutboundWebhook } from "./find-outbound-webhook";

export async function sendOutboundTest(userId: string, id: string) {
  const webhook = await findOutboundWebhook(userId, id);
  const emitted = await db().$transaction((tx) =>
    emitOutboundEvent(tx, { userId, type: "app:health_check", source: "hookyard", payload: { test: true, message: "A test event from Hookyard." } }, { onlyWebhookId: webhook.id, storeAlways: true }),
  );
  jobsAdded();
  const delivery = await db().delivery.findFirst({ where: { outboundEventId: emitted.id!, webhookId: webhook.id }, select: { id: true, status: true } });
  return { eventId: emitted.id, deliveryId: delivery?.id ?? null, queued: emitted.deliveries === 1 };
}
