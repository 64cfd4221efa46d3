// Request and response shapes of /api/hooks/webhooks (the OpenWork API, DESIGN.md §3).
import { z } from "zod";
import { OUTBOUND_EVENT_TYPES } from "./event-types";

export const MAX_WEBHOOKS_PER_USER = 10;

const eventType = z.enum([...OUTBOUND_EVENT_TYPES, "*"], { error: `event types are ${[...OUTBOUND_EVENT_TYPES, "*"].join(", ")}` });

export const outboundWebhookCreateSchema = z.object({
  name: z.string({ error: "Give the webhook a name" }).trim().min(1, "Give the webhook a name").max(100, "At most 100 characters"),
  url: z.string({ error: "Enter the URL to deliver to" }).trim().url("Enter a full URL such as https://example.com/hooks").max(2048),
  eventTypes: z.array(eventType).min(1, "Choose at least one event type").max(20),
  secret: z.string().min(16, "A secret needs at least 16 characters").max(200).optional(),
});
export type OutboundWebhookCreateInput = z.infer<typeof outboundWebhookCreateSchema>;

export const outboundWebhookUpdateSchema = z
  .object({
    name: outboundWebhookCreateSchema.shape.name.optional(),
    url: outboundWebhookCreateSchema.shape.url.optional(),
    eventTypes: outboundWebhookCreateSchema.shape.eventTypes.optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export type OutboundWebhookUpdateInput = z.infer<typeof outboundWebhookUpdateSchema>;

export const outboundWebhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  health: z.enum(["healthy", "failing", "disabled"]),
  consecutiveFailures: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const createdOutboundWebhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: z.string(),
  secret: z.string().describe("Shown only here and on rotation"),
});

export const DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

export const deliveryListQuerySchema = z.object({
  status: z.enum(DELIVERY_STATUSES, { error: `status must be one of ${DELIVERY_STATUSES.join(", ")}` }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number({ error: "limit must be a number" }).int().min(1, "limit must be 1–200").max(200, "limit must be 1–200").default(50),
});

export const deliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  event: z.object({ id: z.string(), type: z.string(), createdAt: z.string() }),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastResponse: z.string().nullable(),
  createdAt: z.string(),
  attemptLog: z.array(
    z.object({ attemptedAt: z.string(), durationMs: z.number().int(), statusCode: z.number().int().nullable(), error: z.string().nullable(), responseExcerpt: z.string().nullable() }),
  ),
});
