// One event of the caller's endpoint, whole: headers, raw body, payload, activities.
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";
import { findPersistedIntegrationWebhook } from "../../integration-webhooks/find-integration-webhook";
import { toEventDetail } from "./serialize-event";

export async function getEndpointEvent(userId: string, idOrProvider: string, eventId: string) {
  const { row: endpoint } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  const row = await db().inboundEvent.findFirst({ where: { id: eventId, endpointId: endpoint.id }, include: { activities: { orderBy: { createdAt: "asc" } } } });
  if (!row) throw new ApiError("not_found", `No event "${eventId}" on this endpoint.`);
  return toEventDetail(row);
}
