// The /api/hooks/webhooks paths of the OpenAPI document.
import "server-only";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { createdOutboundWebhookSchema, deliveryListQuerySchema, deliverySchema, outboundWebhookCreateSchema, outboundWebhookSchema, outboundWebhookUpdateSchema } from "../outbound/schemas";

type Helpers = { security: Record<string, string[]>[]; json: (schema: z.ZodType, description: string) => object; errors: (...statuses: number[]) => object };

export function registerOutboundPaths(registry: OpenAPIRegistry, { security, json, errors }: Helpers): void {
  const id = z.object({ id: z.string() });
  const body = (schema: z.ZodType) => ({ body: { content: { "application/json": { schema } } } });
  const base = "/api/hooks/webhooks";
  registry.registerPath({ method: "get", path: base, summary: "List outbound webhooks", security, responses: { 200: json(z.array(outboundWebhookSchema), "Subscriptions"), ...errors(401) } });
  registry.registerPath({
    method: "post",
    path: base,
    summary: "Create an outbound webhook (secret shown once)",
    security,
    request: body(outboundWebhookCreateSchema),
    responses: { 201: json(createdOutboundWebhookSchema, "Created"), ...errors(400, 401, 422) },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/{id}`,
    summary: "One outbound webhook",
    security,
    request: { params: id },
    responses: { 200: json(outboundWebhookSchema, "The subscription"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "patch",
    path: `${base}/{id}`,
    summary: "Change name, url, eventTypes or enabled",
    security,
    request: { params: id, ...body(outboundWebhookUpdateSchema) },
    responses: { 200: json(outboundWebhookSchema, "Updated"), ...errors(400, 401, 404, 422) },
  });
  registry.registerPath({
    method: "delete",
    path: `${base}/{id}`,
    summary: "Delete an outbound webhook and its deliveries",
    security,
    request: { params: id },
    responses: { 204: { description: "Deleted" }, ...errors(401, 404) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{id}/rotate-secret`,
    summary: "Rotate the secret; the old one keeps signing for 24 h",
    security,
    request: { params: id },
    responses: { 200: json(z.object({ id: z.string(), secret: z.string(), previousSecretExpiresAt: z.string() }), "The new secret, shown once"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{id}/test`,
    summary: "Deliver a test event to this webhook",
    security,
    request: { params: id },
    responses: { 202: json(z.object({ eventId: z.string(), deliveryId: z.string().nullable(), queued: z.boolean() }), "Queued"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/{id}/deliveries`,
    summary: "Deliveries with their attempts, newest first",
    security,
    request: { params: id, query: deliveryListQuerySchema },
    responses: { 200: json(z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() }), "A page of deliveries"), ...errors(400, 401, 404) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{id}/deliveries/{deliveryId}/retry`,
    summary: "Retry a failed delivery by hand",
    security,
    request: { params: z.object({ id: z.string(), deliveryId: z.string() }) },
    responses: { 202: json(z.object({ id: z.string(), status: z.literal("pending") }), "Queued"), ...errors(401, 404, 409) },
  });
}
