// GET /api/integration-webhooks/{id}/events/{eventId} — headers, body, payload, activities, error
import { withAuth } from "@/lib/api/with-auth";
import { getEndpointEvent } from "@/lib/inbound/events/get-event";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string; eventId: string }>(async ({ caller, params }) => Response.json(await getEndpointEvent(caller.userId, params.id, params.eventId)));
