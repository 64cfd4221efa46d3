// The /api/connections paths of the OpenAPI document (DESIGN.md §3, OAuth connections).
import "server-only";
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import {
  callbackQuerySchema,
  connectionSchema,
  registerWebhooksResultSchema,
  registerWebhooksSchema,
  remoteWebhooksViewSchema,
  resourceSchema,
  sendMessageResultSchema,
  sendMessageSchema,
  tokenEntrySchema,
} from "../connections/schemas";

type Helpers = {
  security: Record<string, string[]>[];
  json: (schema: z.ZodType, description: string) => object;
  errors: (...statuses: number[]) => object;
};

export function registerConnectionPaths(registry: OpenAPIRegistry, { security, json, errors }: Helpers) {
  const providerParam = z.object({ id: z.string().describe("Provider id, e.g. github") });
  const idParam = z.object({ id: z.string().describe("Connection id") });
  const body = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
  const unregistered = z.object({
    deleted: z.array(z.object({ resource: z.string(), remoteId: z.string() })),
    errors: z.array(z.object({ resource: z.string(), remoteId: z.string(), message: z.string() })),
  });

  registry.registerPath({
    method: "get",
    path: "/api/connections/{id}/authorize",
    summary: "Start connecting a provider account: 302 to the provider (state, PKCE); 409 names the env vars when the provider has no OAuth app configured",
    security,
    request: { params: providerParam },
    responses: { 302: { description: "To the provider's consent page" }, ...errors(401, 404, 409, 422) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/connections/{id}/callback",
    summary: "The provider's redirect: exchanges the code, stores the connection, registers webhooks, 302 to the dashboard",
    security,
    request: { params: providerParam, query: callbackQuerySchema },
    responses: { 302: { description: "To /connections" }, ...errors(400, 401, 404, 409, 422) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/connections/{id}/token",
    summary: "Connect a provider without an OAuth 2.0 code flow (Trello) with the token its authorize page showed the user; registers webhooks like the callback",
    security,
    request: { params: providerParam, body: body(tokenEntrySchema) },
    responses: { 201: json(connectionSchema, "The connection"), ...errors(400, 401, 404, 409, 422) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/connections",
    summary: "The caller's connected accounts",
    security,
    responses: { 200: json(z.array(connectionSchema), "Connections"), ...errors(401) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/connections/{id}",
    summary: "Disconnect: delete provider-side webhooks (failures are logged, not blocking), then the tokens",
    security,
    request: { params: idParam },
    responses: { 204: { description: "Disconnected" }, ...errors(401, 404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/connections/{id}/resources",
    summary: "What provider-side webhooks can be registered on",
    security,
    request: { params: idParam },
    responses: { 200: json(z.array(resourceSchema), "Resources"), ...errors(401, 404, 422) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/connections/{id}/webhooks",
    summary: "Provider-side webhooks with their drift status",
    security,
    request: { params: idParam },
    responses: { 200: json(remoteWebhooksViewSchema, "Webhooks and the last registration errors"), ...errors(401, 404, 422) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/connections/{id}/webhooks",
    summary: "Register provider-side webhooks (all resources by default); partial success is reported",
    security,
    request: { params: idParam, body: body(registerWebhooksSchema) },
    responses: { 200: json(registerWebhooksResultSchema, "Created and failed, per resource"), ...errors(400, 401, 404, 409, 422) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/connections/{id}/webhooks",
    summary: "Delete the provider-side webhooks",
    security,
    request: { params: idParam },
    responses: { 200: json(unregistered, "Deleted and failed"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/connections/{id}/actions/send-message",
    summary: "Send a message through Slack, Discord or Microsoft Teams (message:sending, message:sent)",
    security,
    request: { params: idParam, body: body(sendMessageSchema) },
    responses: { 200: json(sendMessageResultSchema, "Sent"), ...errors(400, 401, 404, 422) },
  });
}
