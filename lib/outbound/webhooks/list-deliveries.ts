// GET /api/hooks/webhooks/{id}/deliveries: newest first, each with its attempts;
// keyset pagination on (createdAt, id).
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";
import type { z } from "zod";
import type { deliveryListQuerySchema } from "../schemas";
import { findOutboundWebhook } from "./find-outbound-webhook";
import { toDeliveryDto } from "./serialize";

export async function listDeliveries(userId: string, webhookId: string, query: z.infer<typeof deliveryListQuerySchema>) {
  const webhook = await findOutboundWebhook(userId, webhookId);
  const after = query.cursor ? decode(query.cursor) : undefined;
  const rows = await db().delivery.findMany({
    where: {
      webhookId: webhook.id,
      ...(query.status ? { status: query.status } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    include: { outboundEvent: { select: { id: true, type: true, createdAt: true } }, attemptRows: { orderBy: { attemptedAt: "asc" } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toDeliveryDto), nextCursor: rows.length > query.limit && last ? Buffer.from(`${last.createdAt.toISOString()}|${last.id}`).toString("base64url") : null };
}

function decode(cursor: string) {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso);
  if (!id || Number.isNaN(createdAt.getTime())) throw new ApiError("validation_error", "cursor is not one this API returned.", [{ path: ["cursor"], message: "invalid cursor" }]);
  return { createdAt, id };
}
