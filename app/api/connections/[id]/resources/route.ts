// GET /api/connections/{id}/resources — what provider-side webhooks can be registered on: [{id, name, kind}]
import { withAuth } from "@/lib/api/with-auth";
import { listResources } from "@/lib/connections/remote/list-resources";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async ({ caller, params }) => Response.json(await listResources(caller.userId, params.id)));
