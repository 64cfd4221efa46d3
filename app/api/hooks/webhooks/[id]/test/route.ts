// POST /api/hooks/webhooks/{id}/test — deliver a test event to this webhook (202)
import { withAuth } from "@/lib/api/with-auth";
import { sendOutboundTest } from "@/lib/outbound/webhooks/send-outbound-test";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async ({ caller, params }) => Response.json(await sendOutboundTest(caller.userId, params.id), { status: 202 }));
