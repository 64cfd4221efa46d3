// GET /api/connections/{provider}/callback — the provider's redirect: state → tokens → SETUP → Connection → webhooks → dashboard
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { completeAuthorization } from "@/lib/connections/complete-authorization";
import { callbackQuerySchema } from "@/lib/connections/schemas";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async ({ request, caller, params }) => {
  const connection = await completeAuthorization(caller.userId, params.id, parseQuery(request, callbackQuerySchema));
  // The page names the provider in its "connected" toast and lists the new connection.
  const location = `${env().publicUrl}/connections?connected=${encodeURIComponent(connection.providerId)}`;
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
});
