// The receiver's storage on PostgreSQL, through Prisma: dedupe on (endpoint, delivery
// id), then every new event and its process-inbound job in ONE transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { publishLive } from "../../live/bus";
import { inboundMessage, INBOUND_LIVE_SELECT } from "../../live/messages";
import { jobsAdded } from "../../queue/wake";
import type { InboundEndpoint } from "../endpoint-context";
import type { IncomingEvent, StoreResult } from "./types";

export function loadEndpointPrisma(endpointId: string): Promise<InboundEndpoint | null> {
  return db().integrationWebhook.findUnique({
    where: { id: endpointId },
    select: { id: true, userId: true, providerId: true, status: true, triggerTypes: true, integrationConfig: true },
  });
}

export async function storeEventsPrisma(endpoint: InboundEndpoint, headers: Record<string, string>, events: IncomingEvent[]): Promise<StoreResult> {
  const deliveryIds = events.map((e) => e.deliveryId);
  const existing = await db().inboundEvent.findMany({ where: { endpointId: endpoint.id, deliveryId: { in: deliveryIds } }, select: { id: true, deliveryId: true } });
  const seen = new Map(existing.map((e) => [e.deliveryId, e.id]));
  const fresh = events.filter((e, index) => !seen.has(e.deliveryId) && deliveryIds.indexOf(e.deliveryId) === index);
  // In the request's order, so a repeated batch answers with the same first id.
  if (fresh.length === 0) return { ids: [...new Set(deliveryIds)].map((d) => seen.get(d)!), duplicate: true };

  const rows = fresh.map((event) => ({ id: randomUUID(), event }));
  let created: unknown[];
  try {
    created = await db().$transaction(
      rows.flatMap(({ id, event }) => [
        db().inboundEvent.create({
          data: {
            id,
            endpointId: endpoint.id,
            providerId: endpoint.providerId,
            eventType: event.eventType,
            deliveryId: event.deliveryId,
            headers,
            body: new Uint8Array(event.body),
            payload: event.storedPayload as object,
            status: "accepted",
          },
          select: INBOUND_LIVE_SELECT,
        }),
        db().job.create({ data: { kind: "process-inbound", payload: { eventId: id } }, select: { id: true } }),
      ]),
    );
  } catch (error) {
    // The same delivery arrived twice at once: the unique (endpointId, deliveryId) let one in.
    if ((error as { code?: string }).code === "P2002") {
      const winners = await db().inboundEvent.findMany({ where: { endpointId: endpoint.id, deliveryId: { in: deliveryIds } }, select: { id: true, deliveryId: true } });
      const byDelivery = new Map(winners.map((w) => [w.deliveryId, w.id]));
      return { ids: deliveryIds.flatMap((d) => (byDelivery.has(d) ? [byDelivery.get(d)!] : [])), duplicate: true };
    }
    throw error;
  }
  jobsAdded();
  // Even indexes are the events (each is followed by its job).
  for (const row of created.filter((_, index) => index % 2 === 0)) publishLive(inboundMessage(endpoint.userId, row as Parameters<typeof inboundMessage>[1]));
  return { ids: rows.map((r) => r.id), duplicate: false };
}
