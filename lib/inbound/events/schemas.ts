// Shapes of the execution history API (/api/integration-webhooks/{id}/events…).
import { z } from "zod";

export const EVENT_STATUSES = ["accepted", "processed", "ignored", "failed", "rejected"] as const;

export const eventListQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  status: z.enum(EVENT_STATUSES, { error: `status must be one of ${EVENT_STATUSES.join(", ")}` }).optional(),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1, "limit must be 1–200").max(200, "limit must be 1–200").default(50),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

export const eventSummarySchema = z.object({
  id: z.string(),
  endpoint_id: z.string(),
  provider_id: z.string(),
  event_type: z.string().nullable(),
  delivery_id: z.string(),
  status: z.enum(EVENT_STATUSES),
  error: z.string().nullable(),
  schema_drift: z.array(z.string()).nullable().describe("The first schema issues when the payload did not match its trigger's schema; the event was still processed and relayed"),
  account_id: z.string().nullable(),
  received_at: z.string(),
  processed_at: z.string().nullable(),
  duration_ms: z.number().nullable(),
});

export const eventListSchema = z.object({ items: z.array(eventSummarySchema), next_cursor: z.string().nullable() });

export const eventDetailSchema = eventSummarySchema.extend({
  headers: z.record(z.string(), z.string()),
  body: z.string().nullable().describe("The raw body: UTF-8 text, or base64 when body_encoding says so"),
  body_encoding: z.enum(["utf8", "base64"]),
  payload: z.unknown().describe("The parsed event as validated and processed"),
  activities: z.array(z.object({ id: z.string(), text: z.string(), source_url: z.string().nullable(), created_at: z.string() })),
});
