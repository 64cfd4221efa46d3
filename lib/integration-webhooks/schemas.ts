// Request and response shapes of /api/integration-webhooks (the ChainReact
// IntegrationWebhook, snake_case, field for field). Used by the routes, the forms
// and the OpenAPI document.
import { z } from "zod";
import { CATEGORIES } from "../integrations/types";

export const ENDPOINT_STATUSES = ["active", "inactive", "error"] as const;

export const integrationWebhookSchema = z.object({
  id: z.string().describe("The endpoint id; for an integration not set up yet, its provider id"),
  user_id: z.string(),
  provider_id: z.string(),
  webhook_url: z.string().describe("Where the provider sends webhooks; empty until the endpoint is created"),
  trigger_types: z.array(z.string()),
  integration_config: z.record(z.string(), z.unknown()).describe("Settings; secrets appear only as <key>_configured booleans"),
  external_config: z.object({
    type: z.string(),
    setup_required: z.boolean(),
    instructions: z.string(),
    integration_name: z.string(),
    category: z.string(),
    capabilities: z.array(z.string()),
  }),
  status: z.enum(ENDPOINT_STATUSES),
  last_triggered: z.string().nullable(),
  trigger_count: z.number().int(),
  error_count: z.number().int(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type IntegrationWebhookDto = z.infer<typeof integrationWebhookSchema>;

export const createdIntegrationWebhookSchema = integrationWebhookSchema.extend({
  signing_secret: z.string().optional().describe("Returned once, when Hookyard chooses the secret"),
});

const categoryParam = z.string().transform((value, ctx) => {
  const match = CATEGORIES.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (!match) ctx.addIssue({ code: "custom", message: `Unknown category "${value}". Valid categories: ${CATEGORIES.join(", ")}` });
  return match ?? z.NEVER;
});

export const integrationWebhookListQuerySchema = z.object({
  category: categoryParam.optional(),
  status: z.enum(ENDPOINT_STATUSES, { error: `status must be one of ${ENDPOINT_STATUSES.join(", ")}` }).optional(),
  q: z.string().trim().max(200).optional(),
});
export type IntegrationWebhookListQuery = z.infer<typeof integrationWebhookListQuerySchema>;

/** Trigger values of the preset, or `["*"]` for every event the provider sends (the default). */
export const triggerTypesSchema = z.array(z.string().min(1).max(200)).max(2000);

export const integrationWebhookCreateSchema = z.object({
  provider_id: z.string().min(1).max(100),
  trigger_types: triggerTypesSchema.optional(),
});
export type IntegrationWebhookCreateInput = z.infer<typeof integrationWebhookCreateSchema>;

export const integrationWebhookUpdateSchema = z
  .object({
    trigger_types: triggerTypesSchema.optional(),
    status: z.enum(["active", "inactive"], { error: "status must be active or inactive" }).optional(),
    signing_secret: z.string().trim().min(1, "signing_secret cannot be empty").max(4096).optional(),
    integration_config: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type IntegrationWebhookUpdateInput = z.infer<typeof integrationWebhookUpdateSchema>;
