// Subscriptions and deliveries as the API shows them; the secret never appears here.
import "server-only";
import type { z } from "zod";
import type { deliverySchema, outboundWebhookSchema } from "../schemas";

type WebhookRow = { id: string; name: string; url: string; eventTypes: unknown; enabled: boolean; health: string; consecutiveFailures: number; createdAt: Date; updatedAt: Date };

export function toWebhookDto(row: WebhookRow): z.infer<typeof outboundWebhookSchema> {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    eventTypes: Array.isArray(row.eventTypes) ? (row.eventTypes as string[]) : [],
    enabled: row.enabled,
    health: row.health as z.infer<typeof outboundWebhookSchema>["health"],
    consecutiveFailures: row.consecutiveFailures,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type DeliveryRow = {
  id: string;
  webhookId: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastResponse: string | null;
  createdAt: Date;
  outboundEvent: { id: string; type: string; createdAt: Date };
  attemptRows: { attemptedAt: Date; durationMs: number; statusCode: number | null; error: string | null; responseExcerpt: string | null }[];
};

export function toDeliveryDto(row: DeliveryRow): z.infer<typeof deliverySchema> {
  return {
    id: row.id,
    webhookId: row.webhookId,
    event: { id: row.outboundEvent.id, type: row.outboundEvent.type, createdAt: row.outboundEvent.createdAt.toISOString() },
    status: row.status as z.infer<typeof deliverySchema>["status"],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastResponse: row.lastResponse,
    createdAt: row.createdAt.toISOString(),
    attemptLog: row.attemptRows.map((a) => ({ attemptedAt: a.attemptedAt.toISOString(), durationMs: a.durationMs, statusCode: a.statusCode, error: a.error, responseExcerpt: a.responseExcerpt })),
  };
}
