// GET /api/integration-webhooks/{id}/events?cursor=&status=&limit= — execution history, newest first
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { listEndpointEvents } from "@/lib/inbound/events/list-events";
import { eventListQuerySchema } from "@/lib/inbound/events/schemas";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async ({ request, caller, params }) => Response.json(await listEndpointEvents(caller.userId, params.id, parseQuery(request, eventListQuerySchema))));
