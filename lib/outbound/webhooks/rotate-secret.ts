// POST /api/hooks/webhooks/{id}/rotate-secret: a new secret, returned once. For a
// day both the old and the new secret sign deliveries, so receivers can switch over.
import "server-only";
import { encryptSecret } from "../../crypto";
import { db } from "../../db";
import { ROTATION_GRACE_MS } from "../secrets";
import { generateOutboundSecret } from "../sign";
import { findOutboundWebhook } from "./find-outbound-webhook";

export async function rotateOutboundSecret(userId: string, id: string) {
  const row = await findOutboundWebhook(userId, id);
  const secret = generateOutboundSecret();
  const previousSecretExpiresAt = new Date(Date.now() + ROTATION_GRACE_MS);
  await db().outboundWebhook.update({ where: { id: row.id }, data: { secret: encryptSecret(secret), previousSecret: row.secret, previousSecretExpiresAt } });
  return { id: row.id, secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() };
}
