// POST /api/hooks/webhooks: at most MAX_WEBHOOKS_PER_USER per user; the secret is
// the caller's or a generated whsec_ secret, returned here once and stored encrypted.
import "server-only";
import { ApiError } from "../../api/errors";
import { encryptSecret } from "../../crypto";
import { db } from "../../db";
import { MAX_WEBHOOKS_PER_USER, type OutboundWebhookCreateInput } from "../schemas";
import { generateOutboundSecret } from "../sign";
import { checkTargetUrlOr422 } from "./check-target";

export async function createOutboundWebhook(userId: string, input: OutboundWebhookCreateInput) {
  checkTargetUrlOr422(input.url);
  const count = await db().outboundWebhook.count({ where: { userId } });
  if (count >= MAX_WEBHOOKS_PER_USER) throw new ApiError("unprocessable", `You already have ${MAX_WEBHOOKS_PER_USER} outbound webhooks, the most one user may have; delete one first.`);
  const secret = input.secret ?? generateOutboundSecret();
  const row = await db().outboundWebhook.create({
    data: { userId, name: input.name, url: input.url, eventTypes: [...new Set(input.eventTypes)], secret: encryptSecret(secret) },
  });
  return { id: row.id, name: row.name, url: row.url, eventTypes: row.eventTypes as string[], enabled: row.enabled, createdAt: row.createdAt.toISOString(), secret };
}
