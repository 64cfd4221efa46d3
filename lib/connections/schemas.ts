// Request and response shapes of /api/connections (DESIGN.md §3), for the routes and
// the OpenAPI document.
import { z } from "zod";
import { triggerTypesSchema } from "../integration-webhooks/schemas";

export const CONNECTION_STATUSES = ["active", "error", "disconnected"] as const;

const remoteErrorSchema = z.object({ resource: z.string(), message: z.string(), at: z.string().optional() });

export const connectionSchema = z.object({
  id: z.string(),
  provider_id: z.string(),
  account_id: z.string(),
  status: z.enum(CONNECTION_STATUSES),
  scopes: z.array(z.string()),
  settings: z.record(z.string(), z.unknown()).describe("Account details from SETUP: username, team/workspace…; never a token"),
  expires_at: z.string().nullable().describe("When the access token expires; it is refreshed before then"),
  remote_webhooks: z.array(z.object({ resource: z.string(), remoteId: z.string(), url: z.string(), expiresAt: z.string().nullable() })),
  remote_errors: z.array(remoteErrorSchema).describe("Resources whose webhook could not be registered the last time, and why"),
  created_at: z.string(),
  updated_at: z.string(),
});
export type ConnectionDto = z.infer<typeof connectionSchema>;

/** POST /api/connections/{provider}/token: the token a provider without a code flow showed the user (Trello). */
// RFC 6750 b64token characters only: the token is sent in an Authorization header.
export const tokenEntrySchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, "token is missing")
    .max(1024)
    .regex(/^[A-Za-z0-9._~+/=-]+$/, "not a token"),
});
export type TokenEntryInput = z.infer<typeof tokenEntrySchema>;

export const callbackQuerySchema = z.object({
  state: z.string().min(1, "state is missing").max(200),
  code: z.string().min(1).max(4096).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

export const resourceSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const registerWebhooksSchema = z
  .object({
    resources: z.array(z.string().min(1).max(500)).max(200).optional(),
    trigger_types: triggerTypesSchema.optional(),
  })
  .strict();
export type RegisterWebhooksInput = z.infer<typeof registerWebhooksSchema>;

export const registerWebhooksResultSchema = z.object({
  created: z.array(z.object({ resource: z.string(), remoteId: z.string() })),
  errors: z.array(remoteErrorSchema.pick({ resource: true, message: true })),
});

export const remoteWebhookStatusSchema = z.object({
  resource: z.string(),
  resourceName: z.string().optional(),
  remoteId: z.string(),
  url: z.string(),
  expiresAt: z.string().nullable(),
  status: z.enum(["registered", "missing", "drifted"]).describe("From the provider's own list (by expiry where the provider has no list API, as with Google channels)"),
});
export const remoteWebhooksViewSchema = z.object({ webhooks: z.array(remoteWebhookStatusSchema), errors: z.array(remoteErrorSchema) });

export const sendMessageSchema = z.object({ channel: z.string().trim().min(1).max(500), text: z.string().min(1).max(40_000) }).strict();
export const sendMessageResultSchema = z.object({ sent: z.literal(true), provider: z.string(), channel: z.string(), id: z.string().nullable() });
