// Process a stored event again (after fixing trigger types, a secret, or a bug):
// it goes back to "accepted" with a fresh process-inbound job. Rejected requests
// were never verified, so they cannot be replayed.
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";
import { findPersistedIntegrationWebhook } from "../../integration-webhooks/find-integration-webhook";
import { enqueueJob } from "../../queue/enqueue";
import { publishLive } from "../../live/bus";
import { inboundMessage } from "../../live/messages";
import { toEventSummary } from "./serialize-event";

export async function replayEndpointEvent(userId: string, idOrProvider: string, eventId: string) {
  const { row: endpoint } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  const event = await db().inboundEvent.findFirst({ where: { id: eventId, endpointId: endpoint.id }, select: { id: true, status: true } });
  if (!event) throw new ApiError("not_found", `No event "${eventId}" on this endpoint.`);
  if (event.status === "rejected") throw new ApiError("conflict", "A rejected request failed verification and cannot be replayed.");
  const [updated] = await db().$transaction(async (tx) => [
    await tx.inboundEvent.update({ where: { id: event.id }, data: { status: "accepted", error: null, processedAt: null, durationMs: null }, omit: { body: true, headers: true, payload: true } }),
    await enqueueJob("process-inbound", { eventId: event.id }, { tx }),
  ]);
  publishLive(inboundMessage(userId, updated));
  return toEventSummary(updated);
}
