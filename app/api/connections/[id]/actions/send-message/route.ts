// POST /api/connections/{id}/actions/send-message — {channel, text} through Slack, Discord or Microsoft Teams
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { sendMessageSchema } from "@/lib/connections/schemas";
import { sendMessage } from "@/lib/connections/send-message";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async ({ request, caller, params }) => Response.json(await sendMessage(caller.userId, params.id, await parseBody(request, sendMessageSchema))));
