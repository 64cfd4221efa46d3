// GET /api/connections/{provider}/authorize — start OAuth: 302 to the provider with state (and PKCE)
// The segment is [id] because Next.js needs one name per level; here it holds a provider id.
import { withAuth } from "@/lib/api/with-auth";
import { startAuthorization } from "@/lib/connections/start-authorization";

export const dynamic = "force-dynamic";

export const GET = withAuth<{ id: string }>(async ({ caller, params }) => {
  const location = await startAuthorization(caller.userId, params.id);
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
});
