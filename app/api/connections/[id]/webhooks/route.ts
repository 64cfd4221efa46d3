// GET /api/connections/{id}/webhooks — the provider-side webhooks with their drift status
// POST /api/connections/{id}/webhooks — register them: {created, errors} (partial success is reported)
// DELETE /api/connections/{id}/webhooks — delete them on the provider
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { listRemoteWebhooks } from "@/lib/connections/remote/list-remote-webhooks";
import { registerWebhooks } from "@/lib/connections/remote/register-webhooks";
import { unregisterWebhooks } from "@/lib/connections/remote/unregister-webhooks";
import { registerWebhooksSchema } from "@/lib/connections/schemas";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withAuth<Params>(async ({ caller, params }) => Response.json(await listRemoteWebhooks(caller.userId, params.id)));

export const POST = withAuth<Params>(async ({ request, caller, params }) => Response.json(await registerWebhooks(caller.userId, params.id, await parseBody(request, registerWebhooksSchema))));

export const DELETE = withAuth<Params>(async ({ caller, params }) => Response.json(await unregisterWebhooks(caller.userId, params.id)));
