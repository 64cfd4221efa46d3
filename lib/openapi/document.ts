// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the zod schemas
// the routes validate with (@asteasolutions/zod-to-openapi). A route joins the
// document here when it lands; tests/unit/openapi.test.ts fails until it does.
import "server-only";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { apiTokenCreateSchema } from "../auth/api-token-schema";
import { catalogEntrySchema } from "../integrations/catalog";
import {
  createdIntegrationWebhookSchema,
  integrationWebhookCreateSchema,
  integrationWebhookListQuerySchema,
  integrationWebhookSchema,
  integrationWebhookUpdateSchema,
} from "../integration-webhooks/schemas";
import { eventDetailSchema, eventListQuerySchema, eventListSchema, eventSummarySchema } from "../inbound/events/schemas";
import { testEventSchema } from "../inbound/send-test-event";
import { liveMessageSchema } from "../live/types";
import { VERSION } from "../version";
import { registerConnectionPaths } from "./connection-paths";
import { registerOutboundPaths } from "./outbound-paths";

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, json(errorSchema, ERROR_DESCRIPTIONS[s] ?? "Error")]));
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input (zod issues in error.details)",
  401: "Not signed in and no valid bearer token",
  404: "Not found, or owned by another user",
  409: "Conflict",
  422: "Not possible (limits, unreachable target, unsupported integration)",
  503: "The database cannot be reached",
};
const idParam = z.object({ id: z.string().describe("Endpoint id, or a provider id such as github") });

const apiTokenSchema = z.object({ id: z.string(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
const createdApiTokenSchema = z.object({ id: z.string(), name: z.string(), prefix: z.string(), token: z.string(), createdAt: z.string() });
const healthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  db: z.enum(["sqlite", "postgresql"]),
  worker: z.enum(["inline", "off"]),
  version: z.string(),
  reason: z.string().optional(),
});

function buildRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "An API token from POST /api/tokens" });
  registry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "next-auth.session-token" });
  const security: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];

  registry.registerPath({
    method: "get",
    path: "/api/health",
    summary: "Liveness and database reachability",
    responses: { 200: json(healthSchema, "Healthy"), 503: json(healthSchema.extend(errorSchema.shape), "The database cannot be reached") },
  });
  registry.registerPath({ method: "get", path: "/api/openapi.json", summary: "This document", responses: { 200: { description: "OpenAPI 3.1 document" } } });

  registry.registerPath({ method: "get", path: "/api/auth/csrf", summary: "next-auth: CSRF token for sign-in", responses: { 200: { description: "{csrfToken}" } } });
  registry.registerPath({
    method: "post",
    path: "/api/auth/callback/credentials",
    summary: "next-auth: sign in with email and password (form-encoded, with csrfToken)",
    responses: { 200: { description: "Signed in; sets the session cookie" }, 401: { description: "Wrong email or password" } },
  });
  registry.registerPath({ method: "get", path: "/api/auth/session", summary: "next-auth: the current session", responses: { 200: { description: "The session, or {}" } } });
  registry.registerPath({ method: "post", path: "/api/auth/signout", summary: "next-auth: sign out", responses: { 200: { description: "Signed out" } } });

  registry.registerPath({ method: "get", path: "/api/tokens", summary: "List API tokens (prefixes only)", security, responses: { 200: json(z.array(apiTokenSchema), "Tokens"), ...errors(401) } });
  registry.registerPath({
    method: "post",
    path: "/api/tokens",
    summary: "Create an API token (shown once)",
    security,
    request: { body: { content: { "application/json": { schema: apiTokenCreateSchema } } } },
    responses: { 201: json(createdApiTokenSchema, "Created"), ...errors(400, 401) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/tokens/{id}",
    summary: "Revoke an API token",
    security,
    request: { params: z.object({ id: z.string() }) },
    responses: { 204: { description: "Revoked" }, ...errors(401, 404) },
  });

  registry.registerPath({ method: "get", path: "/api/integrations", summary: "The integration catalog", security, responses: { 200: json(z.array(catalogEntrySchema), "Catalog"), ...errors(401) } });
  registry.registerPath({
    method: "get",
    path: "/api/integration-webhooks",
    summary: "One entry per catalog integration: persisted first, generated for the rest",
    description: "Answers 200 with generated entries and the header X-Hookyard-Degraded: database when the database cannot be read.",
    security,
    request: { query: integrationWebhookListQuerySchema },
    responses: { 200: json(z.array(integrationWebhookSchema), "Integration webhooks"), ...errors(400, 401) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/integration-webhooks",
    summary: "Set up the endpoint for one provider",
    security,
    request: { body: { content: { "application/json": { schema: integrationWebhookCreateSchema } } } },
    responses: { 201: json(createdIntegrationWebhookSchema, "Created; signing_secret is shown once where Hookyard chose it"), ...errors(400, 401, 404, 409, 503) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/integration-webhooks/{id}",
    summary: "One integration webhook",
    security,
    request: { params: idParam },
    responses: { 200: json(integrationWebhookSchema, "The endpoint"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "patch",
    path: "/api/integration-webhooks/{id}",
    summary: "Change trigger types, status, signing secret or settings",
    security,
    request: { params: idParam, body: { content: { "application/json": { schema: integrationWebhookUpdateSchema } } } },
    responses: { 200: json(integrationWebhookSchema, "Updated"), ...errors(400, 401, 404, 503) },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/integration-webhooks/{id}",
    summary: "Delete the endpoint and its history",
    security,
    request: { params: idParam },
    responses: { 204: { description: "Deleted" }, ...errors(401, 404, 503) },
  });

  const eventParams = z.object({ id: z.string(), eventId: z.string() });
  registry.registerPath({
    method: "get",
    path: "/api/integration-webhooks/{id}/events",
    summary: "Execution history, newest first (cursor pagination)",
    security,
    request: { params: idParam, query: eventListQuerySchema },
    responses: { 200: json(eventListSchema, "A page of events; pass next_cursor as cursor for the next"), ...errors(400, 401, 404) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/integration-webhooks/{id}/events/{eventId}",
    summary: "One event: headers, body, payload, activities, error",
    security,
    request: { params: eventParams },
    responses: { 200: json(eventDetailSchema, "The event"), ...errors(401, 404) },
  });
  registry.registerPath({
    method: "post",
    path: "/api/integration-webhooks/{id}/events/{eventId}/replay",
    summary: "Process a stored event again",
    security,
    request: { params: eventParams },
    responses: { 202: json(eventSummarySchema, "Queued again"), ...errors(401, 404, 409) },
  });

  const testResult = z.object({ trigger_type: z.string(), receiver_status: z.number().int(), receiver_response: z.unknown(), event: eventSummarySchema.nullable() });
  registry.registerPath({
    method: "post",
    path: "/api/integration-webhooks/{id}/test",
    summary: "Send a trigger's sample, signed as the provider signs it, through the real receiver",
    security,
    request: { params: idParam, body: { content: { "application/json": { schema: testEventSchema } } } },
    responses: { 200: json(testResult, "What the receiver answered and the stored event"), ...errors(400, 401, 404, 409, 422) },
  });

  const receiverParams = z.object({ provider: z.string().describe("Provider id, e.g. github"), endpointId: z.string() });
  const received = z.object({ received: z.literal(true), id: z.string(), ids: z.array(z.string()).optional(), duplicate: z.boolean().optional() });
  const receiverResponses = {
    200: json(received, "A delivery id already stored (duplicate), or a provider handshake answered"),
    202: json(received, "Stored; processing follows"),
    401: json(errorSchema, "Bad or stale signature (recorded as a rejected event)"),
    404: json(errorSchema, "Unknown endpoint"),
    410: json(errorSchema, "The endpoint is disabled"),
    413: json(errorSchema, "Body over HOOKYARD_MAX_INBOUND_BYTES"),
    415: json(errorSchema, "A content type this provider never sends"),
    429: json(errorSchema, "The endpoint's rate limit is hit (Retry-After)"),
  };
  registry.registerPath({
    method: "post",
    path: "/api/webhooks/{provider}/{endpointId}",
    summary: "Inbound receiver: the URL a provider sends webhooks to",
    request: { params: receiverParams },
    responses: receiverResponses,
  });
  registry.registerPath({
    method: "get",
    path: "/api/webhooks/{provider}/{endpointId}",
    summary: "Provider URL checks that use GET (Meta and WebSub hub.challenge, Twitter CRC, Dropbox challenge, LinkedIn challengeCode)",
    request: { params: receiverParams },
    responses: { 200: { description: "The handshake answer, in the provider's format" }, ...errors(401, 404, 410) },
  });
  registerOutboundPaths(registry, { security, json, errors });
  registry.registerPath({
    method: "get",
    path: "/api/stream",
    summary: "Server-sent events for the caller: inbound events, endpoint changes, delivery results",
    description:
      "A text/event-stream. Each message is `event: inbound|endpoint|delivery` with a JSON `data:` line of the schema below; comments keep the connection alive. Changes made by other processes arrive within about a second.",
    security,
    responses: { 200: { description: "The event stream", content: { "text/event-stream": { schema: liveMessageSchema } } }, ...errors(401) },
  });
  registerConnectionPaths(registry, { security, json, errors });
  registry.registerPath({
    method: "head",
    path: "/api/webhooks/{provider}/{endpointId}",
    summary: "Provider URL checks that use HEAD (Trello)",
    request: { params: receiverParams },
    responses: { 200: { description: "The endpoint exists" }, ...errors(404, 410) },
  });
  return registry;
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

export function getOpenApiDocument() {
  cached ??= new OpenApiGeneratorV31(buildRegistry().definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Hookyard API", version: VERSION, description: 'Errors are always {"error":{"code","message","details"?}}.' },
  });
  return cached;
}
