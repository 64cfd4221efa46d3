// DELETE /api/tokens/{id} — revoke an API token (204)
import { withAuth } from "@/lib/api/with-auth";
import { revokeApiToken } from "@/lib/auth/api-tokens";

export const dynamic = "force-dynamic";

export const DELETE = withAuth<{ id: string }>(async ({ caller, params }) => {
  await revokeApiToken(caller.userId, params.id);
  return new Response(null, { status: 204 });
});
