// POST /api/integration-webhooks/{id}/test — send a trigger's sample, correctly signed, through the real receiver
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { sendTestEvent, testEventSchema } from "@/lib/inbound/send-test-event";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async ({ request, caller, params }) => Response.json(await sendTestEvent(caller.userId, params.id, await parseBody(request, testEventSchema))));
