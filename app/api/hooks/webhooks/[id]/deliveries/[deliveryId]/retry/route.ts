// POST /api/hooks/webhooks/{id}/deliveries/{deliveryId}/retry — one more attempt of a failed delivery (202)
import { withAuth } from "@/lib/api/with-auth";
import { retryDelivery } from "@/lib/outbound/webhooks/retry-delivery";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string; deliveryId: string }>(async ({ caller, params }) => Response.json(await retryDelivery(caller.userId, params.id, params.deliveryId), { status: 202 }));
