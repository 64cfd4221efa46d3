// GET /api/connections — the caller's connected provider accounts (never a token)
import { withAuth } from "@/lib/api/with-auth";
import { listConnections } from "@/lib/connections/list-connections";

export const dynamic = "force-dynamic";

export const GET = withAuth(async ({ caller }) => Response.json(await listConnections(caller.userId)));
