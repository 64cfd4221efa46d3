// Requests that are not processed are kept too, with the reason, so a person can see
// why a provider's deliveries fail (or read a handshake's token); only the first 4 KB
// of the body are kept.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { publishLive } from "../live/bus";
import { inboundMessage, INBOUND_LIVE_SELECT } from "../live/messages";
import type { InboundEndpoint } from "./endpoint-context";

const KEPT_BODY_BYTES = 4096;

export function recordRejection(endpoint: InboundEndpoint, headers: Record<string, string>, body: Buffer, reason: string): Promise<string> {
  return recordUnprocessed(endpoint, headers, body, "rejected", reason);
}

/** A provider's URL check that the user needs to see (Notion's verification token), as an ignored event. */
export function recordHandshake(endpoint: InboundEndpoint, headers: Record<string, string>, body: Buffer, note: string): Promise<string> {
  return recordUnprocessed(endpoint, headers, body, "ignored", note);
}

async function recordUnprocessed(endpoint: InboundEndpoint, headers: Record<string, string>, body: Buffer, status: "rejected" | "ignored", note: string): Promise<string> {
  // In a (one-statement) transaction: on SQLite, Prisma's one connection would otherwise
  // slip a plain write into whatever interactive transaction the worker has open, and
  // a rollback there would take this row with it.
  const [row] = await db().$transaction([
    db().inboundEvent.create({
      data: {
        endpointId: endpoint.id,
        providerId: endpoint.providerId,
        deliveryId: `${status}:${randomUUID()}`,
        headers,
        body: new Uint8Array(body.subarray(0, KEPT_BODY_BYTES)),
        status,
        error: note.slice(0, 500),
        processedAt: new Date(),
      },
      select: INBOUND_LIVE_SELECT,
    }),
  ]);
  publishLive(inboundMessage(endpoint.userId, row));
  return row.id;
}
