// InboundEvent rows as the history API shows them.
import "server-only";
import type { z } from "zod";
import type { eventDetailSchema, eventSummarySchema } from "./schemas";
import { readPayload } from "../payload-storage";

type EventRow = {
  id: string;
  endpointId: string;
  providerId: string;
  eventType: string | null;
  deliveryId: string;
  status: string;
  error: string | null;
  accountId: string | null;
  receivedAt: Date;
  processedAt: Date | null;
  durationMs: number | null;
  schemaDrift?: unknown;
};

export function toEventSummary(row: EventRow): z.infer<typeof eventSummarySchema> {
  return {
    id: row.id,
    endpoint_id: row.endpointId,
    provider_id: row.providerId,
    event_type: row.eventType,
    delivery_id: row.deliveryId,
    status: row.status as z.infer<typeof eventSummarySchema>["status"],
    error: row.error,
    schema_drift: Array.isArray(row.schemaDrift) ? (row.schemaDrift as string[]) : null,
    account_id: row.accountId,
    received_at: row.receivedAt.toISOString(),
    processed_at: row.processedAt?.toISOString() ?? null,
    duration_ms: row.durationMs,
  };
}

export function toEventDetail(
  row: EventRow & { headers: unknown; body: Uint8Array | null; payload: unknown; activities: { id: string; text: string; sourceUrl: string | null; createdAt: Date }[] },
): z.infer<typeof eventDetailSchema> {
  const bytes = row.body ? Buffer.from(row.body) : null;
  const text = bytes?.toString("utf8");
  const isText = bytes !== null && Buffer.from(text!, "utf8").equals(bytes);
  return {
    ...toEventSummary(row),
    headers: (row.headers ?? {}) as Record<string, string>,
    body: bytes === null ? null : isText ? text! : bytes.toString("base64"),
    body_encoding: bytes === null || isText ? "utf8" : "base64",
    payload: readPayload(row),
    activities: row.activities.map((a) => ({ id: a.id, text: a.text, source_url: a.sourceUrl, created_at: a.createdAt.toISOString() })),
  };
}
