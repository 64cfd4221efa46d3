// GET|PATCH|DELETE /api/hooks/webhooks/{id} — one outbound webhook
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { outboundWebhookUpdateSchema } from "@/lib/outbound/schemas";
import { findOutboundWebhook } from "@/lib/outbound/webhooks/find-outbound-webhook";
import { deleteOutboundWebhook } from "@/lib/outbound/webhooks/list-outbound-webhooks";
import { toWebhookDto } from "@/lib/outbound/webhooks/serialize";
import { updateOutboundWebhook } from "@/lib/outbound/webhooks/update-outbound-webhook";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withAuth<Params>(async ({ caller, params }) => Response.json(toWebhookDto(await findOutboundWebhook(caller.userId, params.id))));

export const PATCH = withAuth<Params>(async ({ request, caller, params }) =>
  Response.json(await updateOutboundWebhook(caller.userId, params.id, await parseBody(request, outboundWebhookUpdateSchema))),
);

export const DELETE = withAuth<Params>(async ({ caller, params }) => {
  await deleteOutboundWebhook(caller.userId, params.id);
  return new Response(null, { status: 204 });
});
