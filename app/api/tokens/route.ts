// GET /api/tokens — list the caller's API tokens (prefix only)
// POST /api/tokens — create one; the token is in this response and nowhere else
import { withAuth } from "@/lib/api/with-auth";
import { parseBody } from "@/lib/api/parse-body";
import { apiTokenCreateSchema } from "@/lib/auth/api-token-schema";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";

export const dynamic = "force-dynamic";

export const GET = withAuth(async ({ caller }) => Response.json(await listApiTokens(caller.userId)));

export const POST = withAuth(async ({ request, caller }) => {
  const input = await parseBody(request, apiTokenCreateSchema);
  return Response.json(await createApiToken(caller.userId, input), { status: 201 });
});
