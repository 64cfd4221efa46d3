// DELETE /api/connections/{id} — delete the provider-side webhooks (failures logged), then the connection and its tokens
import { withAuth } from "@/lib/api/with-auth";
import { deleteConnection } from "@/lib/connections/delete-connection";

export const dynamic = "force-dynamic";

export const DELETE = withAuth<{ id: string }>(async ({ caller, params }) => {
  await deleteConnection(caller.userId, params.id);
  return new Response(null, { status: 204 });
});
