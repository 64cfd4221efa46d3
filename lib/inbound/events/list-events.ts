// Execution history of one endpoint, newest first, with keyset (cursor) pagination
// on (receivedAt, id) so deep pages cost the same as the first.
import "server-only";
import { ApiError } from "../../api/errors";
import { db } from "../../db";
import { findPersistedIntegrationWebhook } from "../../integration-webhooks/find-integration-webhook";
import type { EventListQuery } from "./schemas";
import { toEventSummary } from "./serialize-event";

type Cursor = { receivedAt: Date; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.receivedAt.toISOString()}|${cursor.id}`).toString("base64url");
}

function decodeCursor(text: string): Cursor {
  const [iso, id] = Buffer.from(text, "base64url").toString("utf8").split("|");
  const receivedAt = new Date(iso);
  if (!id || Number.isNaN(receivedAt.getTime())) throw new ApiError("validation_error", "cursor is not one this API returned.", [{ path: ["cursor"], message: "invalid cursor" }]);
  return { receivedAt, id };
}

export async function listEndpointEvents(userId: string, idOrProvider: string, query: EventListQuery) {
  const { row: endpoint } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await db().inboundEvent.findMany({
    where: {
      endpointId: endpoint.id,
      ...(query.status ? { status: query.status } : {}),
      ...(after ? { OR: [{ receivedAt: { lt: after.receivedAt } }, { receivedAt: after.receivedAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    omit: { body: true, headers: true, payload: true },
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toEventSummary), next_cursor: rows.length > query.limit && last ? encodeCursor(last) : null };
}
