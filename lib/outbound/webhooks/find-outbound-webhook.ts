// The caller's subscription, or 404 (another user's id looks exactly like a missing one).
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";

export async function findOutboundWebhook(userId: string, id: string) {
  const row = await db().outboundWebhook.findFirst({ where: { id, userId } });
  if (!row) throw new ApiError("not_found", `No outbound webhook with id "${id}".`);
  return row;
}
