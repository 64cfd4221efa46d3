// What GET /api/stream pushes (DESIGN.md §3): each message is one SSE `event:` with
// a JSON `data:` line. The zod schema documents the shapes in the OpenAPI document.
import "server-only";
import { z } from "zod";

export const liveInboundSchema = z.object({
  type: z.literal("inbound"),
  endpointId: z.string(),
  providerId: z.string(),
  eventId: z.string(),
  eventType: z.string().nullable(),
  status: z.string().describe("accepted | processed | ignored | failed | rejected"),
  error: z.string().nullable(),
  receivedAt: z.string(),
});

export const liveEndpointSchema = z.object({
  type: z.literal("endpoint"),
  endpointId: z.string(),
  providerId: z.string(),
  status: z.string().describe("active | inactive | error"),
  triggerCount: z.number().int(),
  errorCount: z.number().int(),
  lastTriggered: z.string().nullable(),
});

export const liveDeliverySchema = z.object({
  type: z.literal("delivery"),
  webhookId: z.string(),
  deliveryId: z.string(),
  status: z.string().describe("pending | succeeded | failed"),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
});

export const liveMessageSchema = z.discriminatedUnion("type", [liveInboundSchema, liveEndpointSchema, liveDeliverySchema]);
export type LiveMessage = z.infer<typeof liveMessageSchema>;
export type LiveInbound = z.infer<typeof liveInboundSchema>;

/** A message with the user it belongs to; the stream sends it to that user only. */
export type Addressed = { userId: string; message: LiveMessage };

/** Same change seen twice (bus and poller) has the same key. */
export function messageKey(message: LiveMessage): string {
  if (message.type === "inbound") return `inbound:${message.eventId}:${message.status}`;
  if (message.type === "endpoint") return `endpoint:${message.endpointId}:${message.triggerCount}:${message.errorCount}:${message.status}`;
  return `delivery:${message.deliveryId}:${message.attempts}:${message.status}`;
}
