// GET /api/hooks/webhooks — the caller's outbound webhooks
// POST /api/hooks/webhooks — subscribe a URL to event types; the secret is in this response only
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { outboundWebhookCreateSchema } from "@/lib/outbound/schemas";
import { createOutboundWebhook } from "@/lib/outbound/webhooks/create-outbound-webhook";
import { listOutboundWebhooks } from "@/lib/outbound/webhooks/list-outbound-webhooks";

export const dynamic = "force-dynamic";

export const GET = withAuth(async ({ caller }) => Response.json(await listOutboundWebhooks(caller.userId)));

export const POST = withAuth(async ({ request, caller }) => Response.json(await createOutboundWebhook(caller.userId, await parseBody(request, outboundWebhookCreateSchema)), { status: 201 }));
