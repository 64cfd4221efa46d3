// GET /api/integration-webhooks — one entry per catalog integration (persisted first)
// POST /api/integration-webhooks — set up the caller's endpoint for one provider
import { parseBody } from "@/lib/api/parse-body";
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { createIntegrationWebhook } from "@/lib/integration-webhooks/create-integration-webhook";
import { listIntegrationWebhooks } from "@/lib/integration-webhooks/list-integration-webhooks";
import { integrationWebhookCreateSchema, integrationWebhookListQuerySchema } from "@/lib/integration-webhooks/schemas";

export const dynamic = "force-dynamic";

export const GET = withAuth(async ({ request, caller }) => {
  const { items, degraded } = await listIntegrationWebhooks(caller.userId, parseQuery(request, integrationWebhookListQuerySchema));
  return Response.json(items, { headers: degraded ? { "X-Hookyard-Degraded": "database" } : undefined });
});

export const POST = withAuth(async ({ request, caller }) => {
  const input = await parseBody(request, integrationWebhookCreateSchema);
  return Response.json(await createIntegrationWebhook(caller.userId, input), { status: 201 });
});
