// The shapes the connection routes answer, named for the tests that read them over HTTP
// (api<ConnectionDto[]>(…) and friends): taken from the routes' own zod schemas, so a test
// reads what the OpenAPI document promises.
import type { z } from "zod";
import type { ErrorCode } from "@/lib/api/errors";
import type { registerWebhooksResultSchema, remoteWebhooksViewSchema, resourceSchema, sendMessageResultSchema } from "@/lib/connections/schemas";
import type { eventDetailSchema } from "@/lib/inbound/events/schemas";
import type { createdIntegrationWebhookSchema } from "@/lib/integration-webhooks/schemas";

export type { ConnectionDto } from "@/lib/connections/schemas";
export type RemoteWebhooksView = z.infer<typeof remoteWebhooksViewSchema>;
export type RegisterWebhooksResult = z.infer<typeof registerWebhooksResultSchema>;
export type ConnectionResource = z.infer<typeof resourceSchema>;
export type SendMessageResult = z.infer<typeof sendMessageResultSchema>;
export type EventDetail = z.infer<typeof eventDetailSchema>;
/** Every refusal of the API (lib/api/errors.ts errorBody). */
export type ApiErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };
export type { IntegrationWebhookDto } from "@/lib/integration-webhooks/schemas";
/** POST /api/integration-webhooks: the endpoint, with the secret when Hookyard chose it (shown once). */
export type CreatedIntegrationWebhook = z.infer<typeof createdIntegrationWebhookSchema>;
export type { UnregisterResult } from "@/lib/connections/remote/unregister-webhooks";
