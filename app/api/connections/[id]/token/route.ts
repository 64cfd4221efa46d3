// POST /api/connections/{provider}/token — connect a provider without an OAuth 2.0 code flow (Trello) with the token it showed the user
import { parseBody } from "@/lib/api/parse-body";
import { withAuth } from "@/lib/api/with-auth";
import { tokenEntrySchema } from "@/lib/connections/schemas";
import { toConnectionDto } from "@/lib/connections/serialize";
import { connectWithToken } from "@/lib/connections/token-entry";

export const dynamic = "force-dynamic";

export const POST = withAuth<{ id: string }>(async ({ request, caller, params }) => {
  const connection = await connectWithToken(caller.userId, params.id, await parseBody(request, tokenEntrySchema));
  return Response.json(toConnectionDto(connection), { status: 201 });
});
