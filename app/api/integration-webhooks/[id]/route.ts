// GET /api/integration-webhooks/{id} — one endpoint ({id} may be the provider id)
// PATCH /api/integration-webhooks/{id} — trigger types, status, signing secret, settings
// DELETE /api/integration-webhooks/{id} — remove the endpoint and its history
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { deleteIntegrationWebhook } from "@/lib/integration-webhooks/delete-integration-webhook";
import { findIntegrationWebhook } from "@/lib/integration-webhooks/find-integration-webhook";
import { integrationWebhookUpdateSchema } from "@/lib/integration-webhooks/schemas";
import { toDto } from "@/lib/integration-webhooks/serialize";
import { updateIntegrationWebhook } from "@/lib/integration-webhooks/update-integration-webhook";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withAuth<Params>(async ({ caller, params }) => {
  const { preset, row } = await findIntegrationWebhook(caller.userId, params.id);
  return Response.json(toDto(preset, caller.userId, row));
});

export const PATCH = withAuth<Params>(async ({ request, caller, params }) => {
  const input = await parseBody(request, integrationWebhookUpdateSchema);
  return Response.json(await updateIntegrationWebhook(caller.userId, params.id, input));
});

export const DELETE = withAuth<Params>(async ({ caller, params }) => {
  await deleteIntegrationWebhook(caller.userId, params.id);
  return new Response(null, { status: 204 });
});
