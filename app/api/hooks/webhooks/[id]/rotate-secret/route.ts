// POST /api/hooks/webhooks/{id}/rotate-secret — a new secret (shown once); the old one signs too for 24 h
import { withAuth } from "@/lib/api/with-auth";
import { rotateOutboundSecret } from "@/lib/outbound/webhooks/rotate-secret";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async ({ caller, params }) => Response.json(await rotateOutboundSecret(caller.userId, params.id)));
