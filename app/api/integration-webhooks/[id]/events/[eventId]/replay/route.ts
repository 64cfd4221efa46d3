// POST /api/integration-webhooks/{id}/events/{eventId}/replay — process a stored event again (202)
import { withAuth } from "@/lib/api/with-auth";
import { replayEndpointEvent } from "@/lib/inbound/events/replay-event";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string; eventId: string }>(async ({ caller, params }) => Response.json(await replayEndpointEvent(caller.userId, params.id, params.eventId), { status: 202 }));
