// Database rows → live messages, shared by the publishers (after a commit) and the
// poller (rows another process committed), so both say the same thing.
import "server-only";
import type { Addressed } from "./types";

type InboundRow = { id: string; endpointId: string; providerId: string; eventType: string | null; status: string; error: string | null; receivedAt: Date };
type EndpointRow = { id: string; userId: string; providerId: string; status: string; triggerCount: number; errorCount: number; lastTriggered: Date | null };
type DeliveryRow = { id: string; webhookId: string; status: string; attempts: number; lastStatusCode: number | null };

export function inboundMessage(userId: string, row: InboundRow): Addressed {
  return {
    userId,
    message: {
      type: "inbound",
      endpointId: row.endpointId,
      providerId: row.providerId,
      eventId: row.id,
      eventType: row.eventType,
      status: row.status,
      error: row.error,
      receivedAt: row.receivedAt.toISOString(),
    },
  };
}

export function endpointMessage(row: EndpointRow): Addressed {
  return {
    userId: row.userId,
    message: {
      type: "endpoint",
      endpointId: row.id,
      providerId: row.providerId,
      status: row.status,
      triggerCount: row.triggerCount,
      errorCount: row.errorCount,
      lastTriggered: row.lastTriggered?.toISOString() ?? null,
    },
  };
}

export function deliveryMessage(userId: string, row: DeliveryRow): Addressed {
  return { userId, message: { type: "delivery", webhookId: row.webhookId, deliveryId: row.id, status: row.status, attempts: row.attempts, lastStatusCode: row.lastStatusCode } };
}

/** Columns to select for each kind, so publishers and the poller read the same fields. */
export const INBOUND_LIVE_SELECT = { id: true, endpointId: true, providerId: true, eventType: true, status: true, error: true, receivedAt: true } as const;
export const ENDPOINT_LIVE_SELECT = { id: true, userId: true, providerId: true, status: true, triggerCount: true, errorCount: true, lastTriggered: true } as const;
export const DELIVERY_LIVE_SELECT = { id: true, webhookId: true, status: true, attempts: true, lastStatusCode: true } as const;
