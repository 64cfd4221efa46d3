// GET /api/hooks/webhooks/{id}/deliveries?status=&cursor=&limit= — deliveries with their attempts
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { deliveryListQuerySchema } from "@/lib/outbound/schemas";
import { listDeliveries } from "@/lib/outbound/webhooks/list-deliveries";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async ({ request, caller, params }) => Response.json(await listDeliveries(caller.userId, params.id, parseQuery(request, deliveryListQuerySchema))));
